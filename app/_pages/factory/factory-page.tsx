import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PrintLine } from '@/components/site/print-line';
import { SourceList } from '@/components/site/source-list';
import { NextIntlClientProvider } from 'next-intl';
import { pickMessages } from '@/i18n/messages';
import { pageIntl } from '@/i18n/server';
import { antennasOf } from '@/lib/views/filtered';
import { loadDataset } from '@/lib/data/dataset';
import { factoryFilePath } from '@/lib/export/open-data';
import { needSlug } from '@/lib/views/finder';
import { localePath, type PageLocale } from '@/lib/i18n/locales';
import { localizeSectors } from '@/lib/data/localize';
import { eventOf } from '@/lib/data/events';
import { figureCitation } from '@/lib/data/figures';
import { isStale } from '@/lib/data/freshness';
import type { Factory, FigurePath } from '@/lib/data/schema';
import { pageMetadata } from '../page-metadata';
import { EventLine } from '@/components/site/event-line';
import { FigureRefs } from './figure-refs';
import { AccessSection } from './access-section';
import { CompareWith } from './compare-with';
import { ContextSection } from './context-section';
import { siteMap } from '../site-map';
import styles from './factory.module.css';

export function factoryParams() {
  return loadDataset().factories.map((f) => ({ id: f.id }));
}

function findFactory(id: string): Factory | undefined {
  return loadDataset().factories.find((f) => f.id === id);
}

export async function factoryMetadata(locale: PageLocale, id: string): Promise<Metadata> {
  const factory = findFactory(id);
  if (!factory) return {};
  const { t, fmt } = await pageIntl(locale, 'meta');
  return pageMetadata(locale, `/factories/${factory.id}`, {
    title: factory.name,
    description: t('factoryDescription', { name: factory.name, host: factory.host, city: factory.city, country: fmt.countryName(factory.country) }),
  });
}

/** The official link's words: the factory's own site, or what else the link is. */
const URL_LABEL = { factory: 'official', host: 'linkHost', government: 'linkGovernment', news: 'linkNews' } as const;

export async function FactoryPage({ locale, id }: { locale: PageLocale; id: string }) {
  const { t, fmt } = await pageIntl(locale, 'factory');
  const common = await pageIntl(locale, 'common');
  const services = await pageIntl(locale, 'services');
  const status = await pageIntl(locale, 'status');
  const access = await pageIntl(locale, 'access');
  const compare = await pageIntl(locale, 'compare');
  const data = loadDataset();
  const factory = findFactory(id);
  if (!factory) notFound();
  const wave = data.waves.find((w) => w.id === factory.wave);
  const waveLabel = common.t('wave', { wave: factory.wave });
  const sectorLabel = new Map(localizeSectors(data.sectors, locale).map((s) => [s.slug, s.label]));
  const service = (name: string) => (services.t.has(needSlug(name)) ? services.t(needSlug(name)) : name);
  const antennas = antennasOf(factory.id, data.antennas);
  const { totalEur, euEur, nationalEur } = factory.funding;
  const href = (path: string) => localePath(locale, path);
  const figureLabel: Partial<Record<FigurePath, string>> = {
    'funding.totalEur': t('total'),
    'funding.euEur': t('eu'),
    'funding.nationalEur': t('national'),
  };
  /** The figure's references, and for a derived one what it follows from, in the page's language. */
  const refs = (path: FigurePath) => {
    const citation = figureCitation(factory, path);
    if (!citation) return null;
    const parts = citation.derived?.of.map((p) => figureLabel[p] ?? p) ?? [];
    return (
      <>
        {citation.derived && (
          <span className={styles.derived}>
            {' '}
            ({citation.derived.kind === 'sum' ? status.t('sum', { parts: fmt.list(parts) }) : status.t('half', { whole: parts[0] ?? '' })})
          </span>
        )}
        <FigureRefs numbers={citation.numbers} label={(number) => status.t('reference', { number: String(number) })} />
      </>
    );
  };
  const event = (kind: 'launch' | 'operation') => {
    const e = eventOf(factory, kind);
    if (!e) return fmt.notDisclosed;
    const numbers = e.sources.map((id) => factory.sources.findIndex((x) => x.id === id) + 1).sort((a, b) => a - b);
    return (
      <>
        <EventLine event={e} t={status.t} fmt={fmt} />
        <FigureRefs numbers={numbers} label={(number) => status.t('reference', { number: String(number) })} />
        {e.note && (
          <span className={styles.eventNote} lang="en">
            {e.note}
          </span>
        )}
      </>
    );
  };
  const sourceNumbers = (ids: readonly string[]) =>
    ids.map((id) => factory.sources.findIndex((x) => x.id === id) + 1).filter((n) => n > 0).sort((a, b) => a - b);
  const stale = isStale(factory.checkedOn, data.asOf);
  const sourceRef = (number: number) => status.t('reference', { number: String(number) });
  const map = await siteMap(locale, data);

  return (
    <article className={`page ${styles.page}`}>
      <p className={styles.crumbs}>
        <Link href={href('/')} prefetch={false}>{t('dashboard')}</Link> /{' '}
        <Link href={href(`/?wave=${factory.wave}`)} prefetch={false}>{waveLabel}</Link>
      </p>
      <header className={styles.header}>
        <h1>{factory.name}</h1>
        {stale && (
          <p className={styles.stale} role="note" data-testid="stale">
            {status.t('stale', { date: fmt.date(factory.checkedOn), asOf: fmt.date(data.asOf) })}
          </p>
        )}
        <p className={styles.lede}>
          {factory.acronym && factory.acronym !== factory.name ? <>{factory.acronym} · </> : null}
          {t('lede', { host: factory.host, city: factory.city, country: fmt.countryName(factory.country) })}{' '}
          <time dateTime={factory.selectedOn}>{fmt.date(factory.selectedOn)}</time>
          {refs('selectedOn')}
          {wave ? ` (${waveLabel})` : ''}.
        </p>
        <p>
          <a href={factory.url} rel="noopener noreferrer" data-url-kind={factory.urlKind}>
            {t(URL_LABEL[factory.urlKind])}
          </a>
        </p>
      </header>

      <div className={styles.grid}>
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
            <dd>{waveLabel}</dd>
            <dt>{status.t('launch')}</dt>
            <dd data-figure="events.launch">{event('launch')}</dd>
            <dt>{t('partners')}</dt>
            <dd data-figure="partnerCountries">
              {factory.partnerCountries.length ? fmt.list(factory.partnerCountries.map(fmt.countryName)) : t('nonePartners')}
              {refs('partnerCountries')}
            </dd>
            <dt>{t('sectors')}</dt>
            <dd data-figure="sectors">
              {factory.sectors.length ? (
                <ul className={styles.tags}>
                  {factory.sectors.map((s) => (
                    <li key={s}>
                      <Link href={href(`/?sector=${s}`)} prefetch={false}>{sectorLabel.get(s) ?? s}</Link>
                    </li>
                  ))}
                </ul>
              ) : (
                fmt.notDisclosed
              )}
              {refs('sectors')}
            </dd>
            <dt>{t('services')}</dt>
            <dd>{factory.services.length ? fmt.list(factory.services.map(service)) : fmt.notDisclosed}</dd>
          </dl>
        </section>

        <section aria-labelledby="machine">
          <h2 id="machine">{t('machine')}</h2>
          <dl className={styles.facts}>
            <dt>{t('system')}</dt>
            <dd data-figure="supercomputer">
              {factory.supercomputer.name}
              {refs('supercomputer')}
            </dd>
            <dt>{t('kind')}</dt>
            <dd>{factory.supercomputer.kind === 'new' ? t('kindNew') : t('kindUpgrade')}</dd>
            <dt>{status.t('operation')}</dt>
            <dd data-figure="events.operation">{event('operation')}</dd>
            <dt>{t('serving')}</dt>
            <dd data-figure="serving" data-serving={factory.serving.status}>
              {factory.serving.status === 'serving'
                ? t('servingYes', { systems: fmt.list(factory.serving.systems.map((s) => s.name)) })
                : t(factory.serving.status === 'not-yet' ? 'servingNotYet' : 'servingNotStated')}
              <FigureRefs numbers={sourceNumbers(factory.serving.sources)} label={sourceRef} />
              {factory.serving.note && (
                <span className={styles.eventNote} lang="en">
                  {factory.serving.note}
                </span>
              )}
            </dd>
          </dl>

          <h2 id="funding">{t('funding')}</h2>
          <dl className={styles.facts} aria-labelledby="funding">
            <dt>{t('total')}</dt>
            <dd data-figure="funding.totalEur">
              <span title={fmt.eurFull(totalEur)}>{fmt.eur(totalEur)}</span>
              {refs('funding.totalEur')}
            </dd>
            <dt>{t('eu')}</dt>
            <dd data-figure="funding.euEur">
              <span title={fmt.eurFull(euEur)}>{fmt.eur(euEur)}</span>
              {refs('funding.euEur')}
            </dd>
            <dt>{t('national')}</dt>
            <dd data-figure="funding.nationalEur">
              <span title={fmt.eurFull(nationalEur)}>{fmt.eur(nationalEur)}</span>
              {refs('funding.nationalEur')}
            </dd>
          </dl>
        </section>
      </div>

      <AccessSection factory={factory} programme={data.programme} t={access.t} refLabel={sourceRef} />

      <section aria-labelledby="antennas">
        <h2 id="antennas">{t('antennas')}</h2>
        {antennas.length ? (
          <ul>
            {antennas.map((a) => (
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

      <ContextSection
        factory={factory}
        factories={data.factories}
        antennas={data.antennas}
        map={map}
        t={t}
        fmt={fmt}
        sectorLabel={(slug) => sectorLabel.get(slug) ?? slug}
        href={href}
      />
      <CompareWith factory={factory} factories={data.factories} t={compare.t} fmt={fmt} href={href} />

      {factory.disputes?.length ? (
        <section aria-labelledby="disputes">
          <h2 id="disputes">{status.t('disputes')}</h2>
          <ul className={styles.disputes}>
            {factory.disputes.map((d) => (
              <li key={`${d.about}-${d.note}`}>
                <span lang="en">{d.note}</span>
                <FigureRefs numbers={sourceNumbers(d.sources)} label={(number) => status.t('reference', { number: String(number) })} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="sources">
        <h2 id="sources">{t('sources')}</h2>
        <SourceList sources={factory.sources} className={styles.sources} anchor="source" />
        <p className="muted">
          {status.t('checked', { date: fmt.date(factory.checkedOn) })} {t('asOf', { date: fmt.date(data.asOf) })}
        </p>
      </section>
      <p>
        <a href={`/data/${factoryFilePath(factory.id)}`} type="application/json">
          {t('recordJson')}
        </a>
      </p>
      <NextIntlClientProvider locale={locale} messages={pickMessages(locale, ['print'])}>
        <PrintLine asOf={fmt.date(data.asOf)} />
      </NextIntlClientProvider>
    </article>
  );
}
