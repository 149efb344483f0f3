import styles from './factory.module.css';

/**
 * A fact's numbered references, [1][3], each a link to its source in the page's list (`#source-N`). The label
 * names the source for a screen reader, where "[1]" alone says nothing.
 */
export function SourceRefs({ numbers, label }: { numbers: readonly number[]; label: (n: number) => string }) {
  if (!numbers.length) return null;
  return (
    <sup className={styles.refs} data-refs={numbers.join(' ')}>
      {numbers.map((n) => (
        <a key={n} href={`#source-${n}`} aria-label={label(n)}>
          [{n}]
        </a>
      ))}
    </sup>
  );
}
