import type { FactCitation } from '@/lib/data/cited-facts';
import type { FactoryWords } from './factory-words';
import { SourceRefs } from './source-refs';
import styles from './factory.module.css';

/** A cited fact's references, and for a derived one what it follows from ("sum of EU and national"). */
export function CitedRefs({ citation, words }: { citation: FactCitation | undefined; words: FactoryWords }) {
  if (!citation) return null;
  const { t, status, fmt } = words;
  const label: Record<string, string> = { 'funding.totalEur': t('total'), 'funding.euEur': t('eu'), 'funding.nationalEur': t('national') };
  const parts = citation.derived?.of.map((p) => label[p] ?? p) ?? [];
  return (
    <>
      {citation.derived && (
        <span className={styles.derived}>
          {' '}
          ({citation.derived.kind === 'sum' ? status('sum', { parts: fmt.list(parts) }) : status('half', { whole: parts[0] ?? '' })})
        </span>
      )}
      <SourceRefs numbers={citation.numbers} label={words.reference} />
    </>
  );
}
