import type { Factory, Programme } from '@/lib/data/schema';
import { FigureRefs } from './figure-refs';
import styles from './factory.module.css';

type Translate = (key: string, values?: Record<string, string>) => string;

/**
 * How to get in: the factory's own routes, each with the numbers of the sources that name it (the page's list), and
 * always the programme-wide route with its source. Only links the data holds: none is made up.
 */
export function AccessSection({ factory, programme, t, refLabel }: { factory: Factory; programme: Programme; t: Translate; refLabel: (n: number) => string }) {
  const numbers = (ids: readonly string[]) =>
    ids.map((id) => factory.sources.findIndex((s) => s.id === id) + 1).filter((n) => n > 0).sort((a, b) => a - b);
  return (
    <section aria-labelledby="access" className={styles.access} data-testid="access">
      <h2 id="access">{t('title')}</h2>
      {factory.access.length ? (
        <ul>
          {factory.access.map((a) => (
            <li key={a.url} data-access={a.kind}>
              <a href={a.url} rel="noopener noreferrer">
                {t(`kind_${a.kind}`)}
              </a>
              <FigureRefs numbers={numbers(a.sources)} label={refLabel} />
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('ownNone')}</p>
      )}
      <ul>
        {programme.access.map((route) => (
          <li key={route.url} data-access="programme">
            {t('programme')}{' '}
            <a href={route.url} rel="noopener noreferrer">
              {t('programmeLink')}
            </a>{' '}
            <span className={styles.accessSource}>
              ({t('source')}{' '}
              {route.sources.map((s, i) => (
                <span key={s.url}>
                  {i > 0 && ', '}
                  <a href={s.url} rel="noopener noreferrer" data-source>
                    {new URL(s.url).hostname}
                  </a>
                </span>
              ))}
              )
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
