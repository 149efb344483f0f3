'use client';

import styles from './factory-table.module.css';

export interface PickableColumn {
  id: string;
  label: string;
  visible: boolean;
  canHide: boolean;
}

export function ColumnPicker({ columns, onToggle }: { columns: PickableColumn[]; onToggle: (id: string, visible: boolean) => void }) {
  const shown = columns.filter((c) => c.visible).length;
  return (
    <details className={styles.picker}>
      <summary className={styles.button}>
        Columns <span className="muted">({shown}/{columns.length})</span>
      </summary>
      <fieldset className={styles.pickerPanel}>
        <legend className="visually-hidden">Columns to show</legend>
        {columns.map((c) => (
          <label key={c.id} className={styles.pickerItem}>
            <input
              type="checkbox"
              checked={c.visible}
              disabled={!c.canHide}
              onChange={(event) => onToggle(c.id, event.target.checked)}
            />
            {c.label}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
