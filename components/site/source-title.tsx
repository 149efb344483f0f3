import type { Source } from '@/lib/data/schema';
import { titleParts } from '@/lib/data/source-title';

/** A source's title in its language, and the editor's bracketed note in English, each marked for screen readers. */
export function SourceTitle({ source }: { source: Pick<Source, 'title' | 'lang'> }) {
  const lang = source.lang ?? 'en';
  if (lang === 'en') return <span lang="en">{source.title}</span>;
  const { title, note } = titleParts(source.title);
  return (
    <>
      <span lang={lang}>{title}</span>
      {note && (
        <>
          {' '}
          <span lang="en">{note}</span>
        </>
      )}
    </>
  );
}
