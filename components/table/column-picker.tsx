'use client';

import styles from './factory-table.module.css';

interface PickableColumn {
  id: string;
  label: string;
  visible: boolean;
  canHide: boolean;
}

interface Props {
  columns: PickableColumn[];
  onToggle: (id: string, visible: boolean) => void;
  words: { columns: string; columnsToShow: string };
}

export function ColumnPicker({ columns, onToggle, words }: Props) {
  const shown = columns.filter((c) => c.visible).length;
  return (
    <details className={styles.picker}>
      <summary className={`control ${styles.button}`}>
        {words.columns} <span className="muted">({shown}/{columns.length})</span>
      </summary>
      <fieldset className={styles.pickerPanel}>
        <legend className="visually-hidden">{words.columnsToShow}</legend>
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
