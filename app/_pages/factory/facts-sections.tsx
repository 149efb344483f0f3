import Link from 'next/link';
import type { FactPath } from '@/lib/data/fact-paths';
import type { FactoryModel } from '@/lib/views/factory';
import { CitedRefs } from './cited-refs';
import { EventFact } from './event-fact';
import { SourceRefs } from './source-refs';
import type { FactoryWords } from './factory-words';
import styles from './factory.module.css';

/** Who hosts it, where, which wave, its launch, its partner countries, its sectors (each a filtered dashboard), its services. */
export function FactsSection({ model, words }: { model: FactoryModel; words: FactoryWords }) {
  const { factory } = model;
  const { t, status, common, fmt, href } = words;
  return (
    <section aria-labelledby="facts">
      <h2 id="facts">{t('facts')}</h2>
      <dl className={styles.facts}>
        <dt>{t('host')}</dt>
        <dd>{factory.host}</dd>
        <dt>{t('location')}</dt>
        <dd>
          {factory.city}, {fmt.countryName(factory.country)}
        </dd>
        <dt>{t('wave')}</dt>
        <dd>{common('wave', { wave: factory.wave })}</dd>
        <dt>{status('launch')}</dt>
        <dd data-figure="events.launch">
          <EventFact fact={model.events.launch} words={words} />
        </dd>
        <dt>{t('partners')}</dt>
        <dd data-figure="partnerCountries">
          {factory.partnerCountries.length ? fmt.list(factory.partnerCountries.map(fmt.countryName)) : t('nonePartners')}
          <CitedRefs citation={model.cited.partnerCountries} words={words} />
        </dd>
        <dt>{t('sectors')}</dt>
        <dd data-figure="sectors">
          {model.sectorHrefs.length ? (
            <ul className={styles.tags}>
              {model.sectorHrefs.map((s) => (
                <li key={s.slug}>
                  <Link href={href(s.href)} prefetch={false}>{words.sectorLabel(s.slug)}</Link>
                </li>
              ))}
            </ul>
          ) : (
            fmt.notDisclosed
          )}
          <CitedRefs citation={model.cited.sectors} words={words} />
        </dd>
        <dt>{t('services')}</dt>
        <dd>{factory.services.length ? fmt.list(factory.services.map(words.service)) : fmt.notDisclosed}</dd>
      </dl>
    </section>
  );
}

const MONEY = [
  ['total', 'funding.totalEur', 'totalEur'],
  ['eu', 'funding.euEur', 'euEur'],
  ['national', 'funding.nationalEur', 'nationalEur'],
] as const satisfies readonly (readonly [string, FactPath, string])[];

/** The supercomputer (name, new or upgrade, when it runs) and the money announced for the factory, each with its sources. */
export function MachineSection({ model, words }: { model: FactoryModel; words: FactoryWords }) {
  const { factory } = model;
  const { t, status, fmt } = words;
  return (
    <section aria-labelledby="machine">
      <h2 id="machine">{t('machine')}</h2>
      <dl className={styles.facts}>
        <dt>{t('system')}</dt>
        <dd data-figure="supercomputer">
          {/* The records describe their machines in English ("New AI-optimised system at HLRS"). */}
          <span lang="en">{factory.supercomputer.name}</span>
          <CitedRefs citation={model.cited.supercomputer} words={words} />
        </dd>
        <dt>{t('kind')}</dt>
        <dd>{factory.supercomputer.kind === 'new' ? t('kindNew') : t('kindUpgrade')}</dd>
        <dt>{status('operation')}</dt>
        <dd data-figure="events.operation">
          <EventFact fact={model.events.operation} words={words} />
        </dd>
        <dt>{t('serving')}</dt>
        <dd data-figure="serving" data-serving={model.serving.status}>
          {model.serving.status === 'serving'
            ? t('servingYes', { systems: fmt.list(model.serving.systems.map((s) => s.name)) })
            : t(model.serving.status === 'not-yet' ? 'servingNotYet' : 'servingNotStated')}
          <SourceRefs numbers={model.serving.numbers} label={words.reference} />
          {model.serving.note && (
            <span className={styles.eventNote} lang="en">
              {model.serving.note}
            </span>
          )}
        </dd>
      </dl>

      <h2 id="funding">{t('funding')}</h2>
      <dl className={styles.facts} aria-labelledby="funding">
        {MONEY.map(([label, path, field]) => (
          <Money key={path} label={t(label)} path={path} eur={factory.funding[field]} model={model} words={words} />
        ))}
      </dl>
    </section>
  );
}

function Money({ label, path, eur, model, words }: { label: string; path: FactPath; eur: number | null; model: FactoryModel; words: FactoryWords }) {
  return (
    <>
      <dt>{label}</dt>
      <dd data-figure={path}>
        <span title={words.fmt.eurFull(eur)}>{words.fmt.eur(eur)}</span>
        <CitedRefs citation={model.cited[path]} words={words} />
      </dd>
    </>
  );
}
