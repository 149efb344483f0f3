'use client';

import { saveBlob } from '@/components/site/download';

interface Props {
  /**
   * Built when clicked, so the file holds what the table shows at that moment. A promise: the CSV writer and its
   * columns (lib/export/csv-columns.ts) load on the first click, not with the page, since most readers never ask.
   */
  csv: () => Promise<string>;
  fileName: string;
  children: React.ReactNode;
  className?: string;
}

export function CsvDownload({ csv, fileName, children, className }: Props) {
  return (
    <button
      type="button"
      className={className}
      onClick={async () => saveBlob(new Blob([await csv()], { type: 'text/csv;charset=utf-8' }), fileName)}
    >
      {children}
    </button>
  );
}
