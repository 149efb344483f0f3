'use client';

import { useTranslations } from 'next-intl';
import { functionalUpdate, useTable, type SortingState, type Updater } from '@tanstack/react-table';
import { useEffect, useMemo, useRef, useState } from 'react';
import Link from 'next/link';
import { COMPARE_MAX, COMPARE_MIN, compareQuery } from '@/lib/url/compare';
import { csvFileName, csvKeysForView, factoriesCsv } from '@/lib/export/csv-columns';
import { MAX_SORT_KEYS, parseSort, withSort } from '@/lib/url/sort';
import { isTableColumnId, TABLE_COLUMN_IDS, type TableColumnId } from '@/lib/views/table-columns';
import { useFormats } from '@/components/site/use-formats';
import { useLocalePath } from '@/components/site/use-locale-path';
import { ColumnPicker } from './column-picker';
import { CsvDownload } from './csv-download';
import { useFilteredView } from '@/components/site/filtered-view';
import { factoryColumns, features } from './factory-columns';
import { TableSearch } from './table-search';
import { setSearch } from '@/components/site/url-state';
import styles from './factory-table.module.css';

const NUMERIC = new Set(['wave', 'funding', 'eu', 'national']);

export function FactoryTable() {
  const {
    view: { data, factories, filtered },
    params,
  } = useFilteredView();
  const t = useTranslations('table');
  const fmt = useFormats();
  const href = useLocalePath();
  const labels = useMemo(
    () => Object.fromEntries(TABLE_COLUMN_IDS.map((id) => [id, t(id)])) as Record<TableColumnId, string>,
    [t],
  );
  const none = t('none');
  const columns = useMemo(() => {
    const sectorLabels = new Map(data.sectors.map((s) => [s.slug, s.label]));
    return factoryColumns((slug) => sectorLabels.get(slug) ?? slug, { labels, none, fmt, href });
    // `href` and `fmt` follow the page's locale, which never changes on a page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data.sectors, labels, none]);
  // The sort lives in the URL; the table only reads it and asks for changes.
  const sorting = useMemo<SortingState>(() => parseSort(params.get('sort'), TABLE_COLUMN_IDS), [params]);

  const table = useTable({
    features,
    columns,
    data: factories,
    getRowId: (f) => f.id,
    state: { sorting },
    onSortingChange: (updater: Updater<SortingState>) =>
      setSearch(withSort(window.location.search, functionalUpdate(updater, sorting))),
    enableMultiSort: true,
    // Ascending first unless a column says otherwise (money and counts start with the largest).
    sortDescFirst: false,
    maxMultiSortColCount: MAX_SORT_KEYS,
  });

  const rows = table.getRowModel().rows;
  const leafColumns = table.getAllLeafColumns();
  const visibleIds = table.getVisibleLeafColumns().map((c) => c.id).filter(isTableColumnId);
  const primary = sorting[0];
  // Absent in the server HTML, set once hydrated: tests can tell when the controls respond. Set on the element, not
  // through state: a hydration flag in state would render the whole table a second time right after hydrating.
  const wrap = useRef<HTMLDivElement>(null);
  // The factories ticked to compare, in the order ticked: the comparison's columns follow it.
  const [chosen, setChosen] = useState<string[]>([]);
  const choose = (id: string, on: boolean) => setChosen((now) => (on ? [...now, id].slice(0, COMPARE_MAX) : now.filter((x) => x !== id)));
  useEffect(() => wrap.current?.setAttribute('data-hydrated', 'true'), []);

  const viewCsv = () =>
    factoriesCsv(
      table.getRowModel().rows.map((r) => r.original),
      data.sectors,
      csvKeysForView(table.getVisibleLeafColumns().map((c) => c.id).filter(isTableColumnId)),
    );

  return (
    <div ref={wrap} className={styles.wrap}>
      <div className={styles.toolbar} data-print="hide">
        <TableSearch />
        <ColumnPicker
          columns={leafColumns.map((c) => ({
            id: c.id,
            label: isTableColumnId(c.id) ? labels[c.id] : c.id,
            visible: c.getIsVisible(),
            canHide: c.getCanHide(),
          }))}
          onToggle={(id, visible) => table.getColumn(id)?.toggleVisibility(visible)}
          words={{ columns: t('columns'), columnsToShow: t('columnsToShow') }}
        />
        <div className={styles.downloads}>
          {chosen.length >= COMPARE_MIN ? (
            <Link className={`control ${styles.button}`} href={href(`/compare?${compareQuery(chosen)}`)} prefetch={false} data-testid="compare-chosen">
              {t('compareChosen', { count: chosen.length })}
            </Link>
          ) : (
            <button type="button" className={`control ${styles.button}`} disabled title={t('compareHint')} data-testid="compare-chosen">
              {t('compareChosen', { count: chosen.length })}
            </button>
          )}
          <CsvDownload className={`control ${styles.button}`} csv={viewCsv} fileName={csvFileName(data.asOf, { filtered })}>
            {t('downloadView')}
          </CsvDownload>
          {/* The file the build wrote, every column with its sources: the browser keeps none of those (browser-dataset.ts). */}
          <a className={`control ${styles.button}`} href="/data/ai-factories.csv" download={csvFileName(data.asOf)}>
            {t('downloadAll')}
          </a>
        </div>
      </div>

      <p className={styles.status} aria-live="polite">
        {rows.length === data.factories.length
          ? t('showingAll', { count: rows.length })
          : t('showingSome', { count: rows.length, total: data.factories.length })}
        {visibleIds.length < TABLE_COLUMN_IDS.length ? t('columnsShown', { shown: visibleIds.length, total: TABLE_COLUMN_IDS.length }) : ''}
      </p>

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
                <td colSpan={visibleIds.length} className={styles.empty}>
                  {t('empty')}
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>

      <p className={styles.files}>
        {t('files', { date: fmt.date(data.asOf) })}{' '}
        <a href="/data/ai-factories.csv" download>ai-factories.csv</a> ·{' '}
        <a href="/data/ai-factories.json" download>ai-factories.json</a> ·{' '}
        <a href="/data/ai-factory-antennas.csv" download>ai-factory-antennas.csv</a> · <a href={href('/about#fields')}>{t('fieldDictionary')}</a>
      </p>
    </div>
  );
}
