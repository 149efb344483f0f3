'use client';

import { saveBlob } from '@/components/site/download';

interface Props {
  /** Built when clicked, so the file holds what the table shows at that moment. */
  csv: () => string;
  fileName: string;
  children: React.ReactNode;
  className?: string;
}

export function CsvDownload({ csv, fileName, children, className }: Props) {
  return (
    <button
      type="button"
      className={className}
      onClick={() => saveBlob(new Blob([csv()], { type: 'text/csv;charset=utf-8' }), fileName)}
    >
      {children}
    </button>
  );
}
