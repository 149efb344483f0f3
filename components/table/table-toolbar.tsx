'use client';

import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { csvFileName } from '@/lib/export/csv-file-name';
import { COMPARE_MIN, compareQuery } from '@/lib/url/compare';
import { isTableColumnId, type TableColumnId } from '@/lib/views/table-columns';
import { useLocalePath } from '@/components/words/use-locale-path';
import { ColumnPicker } from './column-picker';
import { CsvDownload } from './csv-download';
import { TableSearch } from './table-search';
import type { FactoryTableApi } from './use-factory-table';
import styles from './factory-table.module.css';

interface Props {
  table: FactoryTableApi;
  labels: Record<TableColumnId, string>;
  /** The factories ticked to compare, in the order ticked. */
  chosen: string[];
  viewCsv: () => Promise<string>;
  asOf: string;
  filtered: boolean;
  /** The month the view is as of (`?at=`), null for today: the view CSV's name says it. */
  at: string | null;
}

/** Above the table: the search, the column picker, "compare the ticked", and the two downloads. */
export function TableToolbar({ table, labels, chosen, viewCsv, asOf, at, filtered }: Props) {
  const t = useTranslations('table');
  const href = useLocalePath();
  const leafColumns = table.getAllLeafColumns();
  return (
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
        <CsvDownload className={`control ${styles.button}`} csv={viewCsv} fileName={csvFileName(asOf, { filtered, at })}>
          {t('downloadView')}
        </CsvDownload>
        {/* The file the build wrote, every column with its sources: the browser keeps none of those (browser-dataset.ts). */}
        <a className={`control ${styles.button}`} href="/data/ai-factories.csv" download={csvFileName(asOf)}>
          {t('downloadAll')}
        </a>
      </div>
    </div>

  );
}
