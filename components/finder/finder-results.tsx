'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useFormats } from '@/components/words/use-formats';
import { useLocalePath } from '@/components/words/use-locale-path';
import { renderMessage } from '@/lib/i18n/render-message';
import type { FinderAntenna } from '@/lib/data/browser-dataset';
import type { Sector } from '@/lib/data/schema';
import type { Message } from '@/lib/i18n/message';
import { compareQuery } from '@/lib/url/compare';
import { rankingSummary, reasonsFor, type FinderQuery, type Need, type Suggestion } from '@/lib/views/finder';
import styles from './finder.module.css';

interface Props {
  ranked: Suggestion[];
  query: FinderQuery;
  sectors: Sector[];
  needs: Need[];
  capitals: Readonly<Record<string, string>>;
  antennas: FinderAntenna[];
  programmeAccess: string[];
}

/** How many suggestions stand out as the best matches; the rest follow in the same list, more compact. */
const TOP = 3;

export function FinderResults({ ranked, query, sectors, needs, capitals, antennas, programmeAccess }: Props) {
  const t = useTranslations('finder');
  const a = useTranslations('access');
  const fmt = useFormats();
  const href = useLocalePath();
  const labels = new Map(sectors.map((s) => [s.slug, s.label]));
  // The finder's sentences live in its own messages; sector labels are the page's.
  const say = (m: Message) => renderMessage(m, { t, fmt, sectorLabel: (slug) => labels.get(slug) ?? slug });
  // In the neutral, alphabetical order nothing is a "best match", so nothing stands out.
  const top = query.country || query.sectors.length || query.need || query.when ? TOP : 0;
  const unlinked = query.country
    ? antennas.filter((a) => a.country === query.country && a.factoryIds.length === 0)
    : [];

  return (
    <section aria-labelledby="finder-results" className={styles.results}>
      <h2 id="finder-results" className={styles.resultsTitle}>
        {t('results')}
      </h2>
      <p role="status" aria-live="polite" className={styles.status}>
        {say(rankingSummary(ranked.length, query, { needs }))}.
      </p>
      {query.country ? null : (
        <p className={styles.prompt}>
          {t('prompt')}
        </p>
      )}
      <noscript>
        <p className={styles.prompt}>{t('noscript')}</p>
      </noscript>
      {unlinked.length ? (
        <p className={styles.note}>
          {t('unlinked', { country: fmt.countryName(query.country ?? '') })}
        </p>
      ) : null}

      {top > 0 && ranked.length >= TOP ? (
        <p className={styles.compareTop}>
          <Link href={href(`/compare?${compareQuery(ranked.slice(0, TOP).map((s) => s.factory.id))}`)} prefetch={false} data-testid="compare-top">
            {t('compareTop')}
          </Link>
        </p>
      ) : null}

      <ol className={styles.list}>
        {ranked.map((s, i) => {
          const reasons = reasonsFor(s, query, { needs, capitals });
          return (
            <li key={s.factory.id} className={i < top ? styles.top : styles.item} data-involvement={s.involvement} data-readiness={s.readiness}>
              <span className={styles.rank} aria-hidden="true">
                {i + 1}
              </span>
              <div className={styles.body}>
                <h3 className={styles.name}>
                  <Link href={href(`/factories/${s.factory.id}`)} prefetch={false}>
                    {s.factory.name}
                  </Link>
                </h3>
                <p className={styles.place}>
                  {s.factory.city}, {fmt.countryName(s.factory.country)}
                </p>
                {reasons.length ? (
                  <ul className={styles.reasons} aria-label={t('why')}>
                    {reasons.map((r) => (
                      <li key={r.kind} data-kind={r.kind}>
                        {say(r.text)}
                      </li>
                    ))}
                  </ul>
                ) : null}
                <p className={styles.access} data-testid="result-access">
                  <Link href={href(`/factories/${s.factory.id}#access`)} prefetch={false}>
                    {a('title')}
                  </Link>
                  :{' '}
                  {s.factory.access.map((route) => (
                    <span key={route.url}>
                      <a href={route.url} rel="noopener noreferrer">
                        {a(`kind_${route.kind}`)}
                      </a>
                      {' · '}
                    </span>
                  ))}
                  {programmeAccess.map((url, i) => (
                    <span key={url}>
                      {i > 0 && ' · '}
                      <a href={url} rel="noopener noreferrer">
                        {a('programmeLink')}
                      </a>
                    </span>
                  ))}
                </p>
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
