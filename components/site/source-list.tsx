import type { Source } from '@/lib/data/schema';

/** Sources as a numbered list: title linked, publisher's host beside it so a reader can judge it at a glance. */
export function SourceList({ sources, className }: { sources: readonly Source[]; className?: string }) {
  return (
    <ol className={className}>
      {sources.map((s) => (
        <li key={s.url}>
          <a href={s.url} rel="noopener noreferrer">
            {s.title}
          </a>{' '}
          <span className="muted">{new URL(s.url).hostname}</span>
        </li>
      ))}
    </ol>
  );
}
