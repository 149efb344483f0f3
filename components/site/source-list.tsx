import type { Source } from '@/lib/data/schema';
import { SourceTitle } from './source-title';

/**
 * Sources as a numbered list: title linked, publisher's host beside it so a reader can judge it at a glance. With
 * `anchor`, item N gets the id `<anchor>-N`, so a figure's reference [N] can link to it. A title is in its source's
 * language (English unless the record says otherwise), marked so a screen reader reads it in that voice.
 */
export function SourceList({ sources, className, anchor }: { sources: readonly Source[]; className?: string; anchor?: string }) {
  return (
    <ol className={className}>
      {sources.map((s, i) => (
        <li key={s.url} id={anchor ? `${anchor}-${i + 1}` : undefined}>
          <a href={s.url} rel="noopener noreferrer">
            <SourceTitle source={s} />
          </a>{' '}
          <span className="muted">{new URL(s.url).hostname}</span>
        </li>
      ))}
    </ol>
  );
}
