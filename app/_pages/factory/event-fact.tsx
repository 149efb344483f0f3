import { EventLine } from '@/components/site/event-line';
import type { EventFact as Fact } from '@/lib/views/factory';
import type { FactoryWords } from './factory-words';
import { SourceRefs } from './source-refs';
import styles from './factory.module.css';

/** A dated step with its status, its references and the source's own wording; "not disclosed" when undated. */
export function EventFact({ fact, words }: { fact: Fact | null; words: FactoryWords }) {
  if (!fact) return words.fmt.notDisclosed;
  const { event, numbers } = fact;
  return (
    <>
      <EventLine event={event} t={words.status} fmt={words.fmt} />
      <SourceRefs numbers={numbers} label={words.reference} />
      {event.note && (
        <span className={styles.eventNote} lang="en">
          {event.note}
        </span>
      )}
    </>
  );
}
