import styles from './embed-frame.module.css';

/** The view's one-sentence takeaway, the same sentence the dashboard's section and the slide show. */
export function EmbedTakeaway({ text }: { text: string }) {
  return (
    <p className={styles.takeaway} data-testid="embed-takeaway">
      {text}
    </p>
  );
}

/** The table behind the chart, closed by default: screen readers, print and anyone who wants the figures. */
export function EmbedTwin({ summary, children }: { summary: string; children: React.ReactNode }) {
  return (
    <details className="twin">
      <summary>{summary}</summary>
      <div className="table-scroll">{children}</div>
    </details>
  );
}
