import { ChartDownload } from '@/components/charts/chart-download';
import { sectionEmbeds, type SectionId } from '@/lib/figures/registry';
import { ServerHtmlUntilQuery } from './server-html-until-query';
import { ShareControl } from './share-control';
import styles from './section-frame.module.css';

interface Props {
  /** Its anchor; the Share control offers the embeds of the figures the registry places here. */
  id: SectionId;
  title: string;
  /** One sentence on what the section shows; a section that is itself the data (the table) has none. */
  takeaway?: string;
  /** Where the numbers come from; the table's rows link their own sources. */
  source?: React.ReactNode;
  children: React.ReactNode;
}

/** A dashboard section: heading, one-sentence takeaway, the views, then where the numbers come from. */
export function SectionFrame({ id, title, takeaway, source, children }: Props) {
  const share = sectionEmbeds(id);
  return (
    <section id={id} aria-labelledby={`${id}-title`} className={styles.section}>
      <div className={styles.head}>
        <h2 id={`${id}-title`}>{title}</h2>
        {share.length > 0 && <ShareControl views={share} label={title} />}
      </div>
      {takeaway && (
        <p className={styles.takeaway} data-testid={`${id}-takeaway`}>
          {takeaway}
        </p>
      )}
      {children}
      {source && <p className="source-line">{source}</p>}
    </section>
  );
}

/**
 * The server-rendered table behind a chart: what screen readers, print and no-JS readers get. Not hydrated until
 * the filters change (it shows the server's unfiltered figures until then).
 */
export function DataTwin({ summary, children }: { summary: string; children: React.ReactNode }) {
  return (
    <details className="twin">
      <summary>{summary}</summary>
      <ServerHtmlUntilQuery className="table-scroll">{children}</ServerHtmlUntilQuery>
    </details>
  );
}

/** A chart's own title with its image downloads beside it. */
export function ChartHeading({ title, targetId, name, source }: { title: string; targetId: string; name: string; source: string }) {
  return (
    <div className={styles.chartHead}>
      <h3 className={styles.chartTitle}>{title}</h3>
      <ChartDownload targetId={targetId} name={name} title={title} source={source} />
    </div>
  );
}
