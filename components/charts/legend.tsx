// The one legend: a swatch in a series' colour (or a marker's shape: a timeline step's filled, hollow or broken
// ring says reported, planned or overdue) and its label. `page` in the dashboard's type
// scale, `screen` in a slide's.
import type { Series } from '@/lib/views/series';
import { seriesColor } from './series-color';
import styles from './legend.module.css';

export interface LegendItem {
  label: string;
  /** The series whose colour the swatch takes; none for a marker drawn in the text's colour. */
  series?: Series;
  shape?: 'square' | 'dot' | 'ring' | 'filled' | 'hollow' | 'broken';
}

export function Legend({ items, look = 'page' }: { items: readonly LegendItem[]; look?: 'page' | 'screen' }) {
  return (
    <ul className={styles.legend} data-look={look} data-legend>
      {items.map((item) => (
        <li key={item.label}>
          <span
            className={styles.swatch}
            data-shape={item.shape ?? 'square'}
            style={item.series ? { background: seriesColor(item.series) } : undefined}
            aria-hidden="true"
          />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
