import styles from './embed-frame.module.css';

/** The table behind the chart, closed by default: screen readers, print and anyone who wants the figures. */
export function EmbedTwin({ summary, children }: { summary: string; children: React.ReactNode }) {
  return (
    <details className={styles.twin}>
      <summary>{summary}</summary>
      <div className="table-scroll">{children}</div>
    </details>
  );
}
