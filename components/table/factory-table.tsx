'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { COMPARE_MAX } from '@/lib/url/compare';
import { isTableColumnId, TABLE_COLUMN_IDS } from '@/lib/views/table-columns';
import { useFilteredView } from '@/components/state/filtered-view';
import { useFormats } from '@/components/words/use-formats';
import { useLocalePath } from '@/components/words/use-locale-path';
import { TableGrid } from './table-grid';
import { TableToolbar } from './table-toolbar';
import { useFactoryTable } from './use-factory-table';
import styles from './factory-table.module.css';

/** Every factory of the view: search, columns, sort (in the URL), compare, downloads. */
export function FactoryTable() {
  const {
    view: { data, factories, filtered, asOf },
    params,
  } = useFilteredView();
  const t = useTranslations('table');
  const fmt = useFormats();
  const href = useLocalePath();
  const { table, sorting, labels } = useFactoryTable({ data, factories, params });

  const rows = table.getRowModel().rows;
  const visibleIds = table.getVisibleLeafColumns().map((c) => c.id).filter(isTableColumnId);
  // Absent in the server HTML, set once hydrated: tests can tell when the controls respond. Set on the element, not
  // through state: a hydration flag in state would render the whole table a second time right after hydrating.
  const wrap = useRef<HTMLDivElement>(null);
  // The factories ticked to compare, in the order ticked: the comparison's columns follow it.
  const [chosen, setChosen] = useState<string[]>([]);
  const choose = (id: string, on: boolean) => setChosen((now) => (on ? [...now, id].slice(0, COMPARE_MAX) : now.filter((x) => x !== id)));
  useEffect(() => wrap.current?.setAttribute('data-hydrated', 'true'), []);

  const viewCsv = async () => {
    // What the table shows at the click, before the writer's chunk arrives.
    const shown = table.getRowModel().rows.map((r) => r.original);
    const columns = table.getVisibleLeafColumns().map((c) => c.id).filter(isTableColumnId);
    const { csvKeysForView, factoriesCsv } = await import('@/lib/export/csv-columns');
    return factoriesCsv(shown, data.sectors, csvKeysForView(columns));
  };

  return (
    <div ref={wrap} className={styles.wrap}>
      <TableToolbar table={table} labels={labels} chosen={chosen} viewCsv={viewCsv} asOf={data.asOf} at={asOf} filtered={filtered} />

      <p className={styles.status} aria-live="polite">
        {rows.length === data.factories.length
          ? t('showingAll', { count: rows.length })
          : t('showingSome', { count: rows.length, total: data.factories.length })}
        {visibleIds.length < TABLE_COLUMN_IDS.length ? t('columnsShown', { shown: visibleIds.length, total: TABLE_COLUMN_IDS.length }) : ''}
      </p>

      <TableGrid table={table} sorting={sorting} chosen={chosen} choose={choose} labels={labels} columnCount={visibleIds.length} />

      <p className={styles.files}>
        {t('files', { date: fmt.date(data.asOf) })}{' '}
        <a href="/data/ai-factories.csv" download>ai-factories.csv</a> ·{' '}
        <a href="/data/ai-factories.json" download>ai-factories.json</a> ·{' '}
        <a href="/data/ai-factory-antennas.csv" download>ai-factory-antennas.csv</a> · <a href={href('/about#fields')}>{t('fieldDictionary')}</a>
      </p>
    </div>
  );
}
