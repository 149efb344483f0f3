// The screen's legend: swatches and labels in the slide's type scale.
import styles from './present-slides.module.css';

export function Legend({ items }: { items: readonly { label: string; color: string; shape?: 'dot' | 'ring' | 'square' }[] }) {
  return (
    <ul className={styles.legend}>
      {items.map((item) => (
        <li key={item.label}>
          <span className={styles.swatch} data-shape={item.shape ?? 'square'} style={{ background: `var(--${item.color})` }} aria-hidden />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
