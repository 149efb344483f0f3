'use client';

import { useTranslations } from 'next-intl';
import type { SortingState } from '@tanstack/react-table';
import { COMPARE_MAX } from '@/lib/url/compare';
import { isTableColumnId, type TableColumnId } from '@/lib/views/table-columns';
import type { FactoryTableApi } from './use-factory-table';
import styles from './factory-table.module.css';

const NUMERIC = new Set(['wave', 'funding', 'eu', 'national']);

interface Props {
  table: FactoryTableApi;
  sorting: SortingState;
  /** The factories ticked to compare, and how to tick one. */
  chosen: string[];
  choose: (id: string, on: boolean) => void;
  /** Each column's heading: a phone's card labels each value with it. */
  labels: Record<TableColumnId, string>;
  /** How many columns show: the empty row spans them. */
  columnCount: number;
}

/** The table itself: sort buttons in the headers, a tick box to compare in each row's name, an empty row when none match. */
export function TableGrid({ table, sorting, chosen, choose, labels, columnCount }: Props) {
  const t = useTranslations('table');
  const rows = table.getRowModel().rows;
  const primary = sorting[0];
  return (
    <div className={styles.scroll} tabIndex={0} role="region" aria-labelledby="factory-table-caption">
      <table className={`data-table ${styles.table}`} data-testid="factory-table">
        <caption id="factory-table-caption" className="visually-hidden">
          {t('caption')}
        </caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const column = header.column;
                const sorted = column.getIsSorted();
                const index = column.getSortIndex();
                const ariaSort = primary?.id === column.id ? (sorted === 'desc' ? 'descending' : 'ascending') : undefined;
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={ariaSort}
                    data-column={column.id}
                    className={NUMERIC.has(column.id) ? 'right' : undefined}
                  >
                    <button
                      type="button"
                      className={styles.sort}
                      onClick={column.getToggleSortingHandler()}
                      title={t('sortHint')}
                    >
                      <table.FlexRender header={header} />
                      <span className={styles.arrow} aria-hidden="true" data-sorted={sorted || undefined}>
                        {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                        {sorted && sorting.length > 1 ? <sup>{index + 1}</sup> : null}
                      </span>
                      {sorted && index > 0 ? (
                        <span className="visually-hidden">
                          {t('sortKey', { index: index + 1, direction: sorted })}
                        </span>
                      ) : null}
                    </button>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-id={row.id}>
              {row.getVisibleCells().map((cell) =>
                cell.column.id === 'name' ? (
                  <th key={cell.id} scope="row" data-column="name">
                    <input
                      type="checkbox"
                      className={styles.pick}
                      data-print="hide"
                      checked={chosen.includes(row.id)}
                      disabled={!chosen.includes(row.id) && chosen.length >= COMPARE_MAX}
                      onChange={(e) => choose(row.id, e.target.checked)}
                      aria-label={t('compareRow', { name: row.original.name })}
                    />
                    <table.FlexRender cell={cell} />
                  </th>
                ) : (
                  <td
                    key={cell.id}
                    data-column={cell.column.id}
                    data-label={isTableColumnId(cell.column.id) ? labels[cell.column.id] : undefined}
                    data-sorted={primary?.id === cell.column.id || undefined}
                    className={NUMERIC.has(cell.column.id) ? 'right' : undefined}
                  >
                    <table.FlexRender cell={cell} />
                  </td>
                ),
              )}
            </tr>
          ))}
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columnCount} className={styles.empty}>
                {t('empty')}
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>

  );
}
