import Link from 'next/link';
import type { FactoryModel } from '@/lib/views/factory';
import { CitedRefs } from './cited-refs';
import { EventFact } from './event-fact';
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
