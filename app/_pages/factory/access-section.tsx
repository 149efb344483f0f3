import type { Programme } from '@/lib/data/schema';
import type { FactoryModel } from '@/lib/views/factory';
import { SourceRefs } from './source-refs';
import styles from './factory.module.css';

type Translate = (key: string, values?: Record<string, string>) => string;

/**
 * How to get in: the factory's own routes, each with the numbers of the sources that name it (the page's list), and
 * always the programme-wide route with its source. Only links the data holds: none is made up.
 */
export function AccessSection({ access, programme, t, refLabel }: { access: FactoryModel['access']; programme: Programme; t: Translate; refLabel: (n: number) => string }) {
  return (
    <section aria-labelledby="access" className={styles.access} data-testid="access">
      <h2 id="access">{t('title')}</h2>
      {access.length ? (
        <ul>
          {access.map((a) => (
            <li key={a.url} data-access={a.kind}>
              <a href={a.url} rel="noopener noreferrer">
                {t(`kind_${a.kind}`)}
              </a>
              <SourceRefs numbers={a.numbers} label={refLabel} />
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
