import type { FactCitation } from '@/lib/data/cited-facts';
import type { FactoryWords } from './factory-words';
import { SourceRefs } from './source-refs';
import styles from './factory.module.css';

/** A cited fact's references, and for a derived one what it follows from ("sum of EU and national"). */
export function CitedRefs({ citation, words }: { citation: FactCitation | undefined; words: FactoryWords }) {
  if (!citation) return null;
  const { status, fmt } = words;
  // A figure inside a sentence ("half of the total investment"), not its field label: each language words the case.
  const field: Record<string, string> = { 'funding.totalEur': 'total', 'funding.euEur': 'eu', 'funding.nationalEur': 'national' };
  const of = citation.derived?.of.map((p) => field[p] ?? 'other') ?? [];
  return (
    <>
      {citation.derived && (
        <span className={styles.derived}>
          {' '}
          ({citation.derived.kind === 'sum'
            ? status('sum', { parts: fmt.list(of.map((f) => status('field', { field: f }))) })
            : status('half', { whole: of[0] ?? 'other' })})
        </span>
      )}
      <SourceRefs numbers={citation.numbers} label={words.reference} />
    </>
  );
}
