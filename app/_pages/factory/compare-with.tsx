import Link from 'next/link';
import type { Factory } from '@/lib/data/schema';
import type { Formats } from '@/lib/i18n/format';
import { compareQuery } from '@/lib/url/compare';
import { closestFactories } from '@/lib/views/factory-context';
import styles from './factory.module.css';

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** "Compare with…": the three factories closest to this one, each a link to the pair, and one to all four. */
export function CompareWith({ factory, factories, t, fmt, href }: { factory: Factory; factories: readonly Factory[]; t: Translate; fmt: Formats; href: (path: string) => string }) {
  const closest = closestFactories(factories, factory.id);
  if (!closest.length) return null;
  const link = (ids: string[]) => href(`/compare?${compareQuery(ids)}`);
  return (
    <section aria-labelledby="compare-with" className={styles.compareWith} data-print="hide">
      <h2 id="compare-with">{t('withTitle')}</h2>
      <p className="muted">{t('withIntro')}</p>
      <ul>
        {closest.map((c) => (
          <li key={c.id}>
            <Link href={link([factory.id, c.id])} prefetch={false}>
              {t('withOne', { name: c.name })}
            </Link>{' '}
            <span className="muted">
              ({t('why', { wave: c.sameWave ? 'same' : 'other', count: c.shared.length, km: fmt.number(Math.round(c.km)) })})
            </span>
          </li>
        ))}
      </ul>
      {closest.length > 1 && (
        <p>
          <Link href={link([factory.id, ...closest.map((c) => c.id)])} prefetch={false} data-testid="compare-all">
            {t('withAll', { count: closest.length + 1 })}
          </Link>
        </p>
      )}
    </section>
  );
}
