import { SourceList } from '@/components/site/source-list';
import { factoryFilePath } from '@/lib/export/open-data';
import type { FactoryModel } from '@/lib/views/factory';
import type { FactoryWords } from './factory-words';
import { SourceRefs } from './source-refs';
import styles from './factory.module.css';

/** The antennas that work with it, each with its country and host. */
export function AntennasSection({ model, words: { t, fmt } }: { model: FactoryModel; words: FactoryWords }) {
  return (
    <section aria-labelledby="antennas">
      <h2 id="antennas">{t('antennas')}</h2>
      {model.antennas.length ? (
        <ul>
          {model.antennas.map((a) => (
            <li key={a.id}>
              {a.name ?? t('antenna')}, {fmt.countryName(a.country)}
              {a.host ? ` — ${a.host}` : ''}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('noAntenna')}</p>
      )}
    </section>
  );
}

/** Where sources disagree, in their words, with the numbers of the sources that do. */
export function DisputesSection({ model, words }: { model: FactoryModel; words: FactoryWords }) {
  if (!model.disputes.length) return null;
  return (
    <section aria-labelledby="disputes">
      <h2 id="disputes">{words.status('disputes')}</h2>
      <ul className={styles.disputes}>
        {model.disputes.map((d) => (
          <li key={d.key}>
            <span lang="en">{d.note}</span>
            <SourceRefs numbers={d.numbers} label={words.reference} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The numbered sources the references point to, when the record was checked, and the record as JSON. */
export function SourcesSection({ model, asOf, words: { t, status, fmt } }: { model: FactoryModel; asOf: string; words: FactoryWords }) {
  const { factory } = model;
  return (
    <>
      <section aria-labelledby="sources">
        <h2 id="sources">{t('sources')}</h2>
        <SourceList sources={factory.sources} className={styles.sources} anchor="source" />
        <p className="muted">
          {status('checked', { date: fmt.date(factory.checkedOn) })} {t('asOf', { date: fmt.date(asOf) })}
        </p>
      </section>
      <p>
        <a href={`/data/${factoryFilePath(factory.id)}`} type="application/json">
          {t('recordJson')}
        </a>
      </p>
    </>
  );
}
