import styles from './legend.module.css';

export interface LegendItem {
  label: string;
  color: string;
  shape?: 'square' | 'dot' | 'ring';
}

/** An HTML legend: readable, wraps on phones, and the same in every chart. */
export function Legend({ items }: { items: LegendItem[] }) {
  return (
    <ul className={styles.legend}>
      {items.map((item) => (
        <li key={item.label}>
          <span className={`${styles.swatch} ${styles[item.shape ?? 'square']}`} style={{ background: item.color }} aria-hidden="true" />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
