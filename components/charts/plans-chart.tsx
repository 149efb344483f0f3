// Plans against delivery, one row per machine or launch: on a track of years, a hollow ring at the first plan, a
// hollow ring at the current plan, a filled dot at the delivery (a broken end where the plan passed unreported),
// and in words the slip and every announcement with its sources. Pure: the dashboard, an embed, a slide and the
// factory page pass their own words, so the server can draw it too.
import { periodEnd } from '@/lib/data/events';
import { SourceTitle } from '@/components/site/source-title';
import type { Formats } from '@/lib/i18n/format';
import { monthIndex } from '@/lib/url/at';
import type { PlanRow, PlansModel } from '@/lib/views/plans';
import { slipText, type PlansWords } from '@/components/words/slip-text';
import styles from './plans-chart.module.css';

interface Props {
  model: Pick<PlansModel, 'rows' | 'years'>;
  /** The `plans` messages. */
  t: PlansWords;
  fmt: Formats;
  /** The rows' heading level under the surface's own heading. */
  rowHeading?: 'h2' | 'h3' | 'h4';
  /** Hides the factory's name in each row (the factory page is about one). */
  oneFactory?: boolean;
}

function host(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

function Track({ row, years }: { row: PlanRow; years: NonNullable<PlansModel['years']> }) {
  const start = years.first * 12;
  const span = (years.last + 1) * 12 - start;
  const x = (date: string) => `${(((monthIndex(periodEnd(date).slice(0, 7)) - start + 0.5) / span) * 100).toFixed(2)}%`;
  const first = row.plans[0]!.date;
  const current = row.plans.at(-1)!.date;
  const end = row.delivered ?? row.overdueAsOf ?? current;
  const [from, to] = [first, end].sort((a, b) => monthIndex(periodEnd(a).slice(0, 7)) - monthIndex(periodEnd(b).slice(0, 7)));
  return (
    <div className={styles.track} aria-hidden="true">
      {Array.from({ length: years.last - years.first + 1 }, (_, i) => (
        <span key={i} className={styles.year} style={{ left: `${((i * 12) / span) * 100}%` }}>
          {years.first + i}
        </span>
      ))}
      <span className={styles.span} data-late={row.slipMonths > 0 || undefined} style={{ left: x(from!), width: `calc(${x(to!)} - ${x(from!)})` }} />
      <span className={styles.mark} data-mark="first" style={{ left: x(first) }} />
      {current !== first && <span className={styles.mark} data-mark="current" style={{ left: x(current) }} />}
      {row.delivered && <span className={styles.mark} data-mark="delivered" style={{ left: x(row.delivered) }} />}
      {row.overdueAsOf && <span className={styles.mark} data-mark="overdue" style={{ left: x(row.overdueAsOf) }} />}
    </div>
  );
}

export function PlansChart({ model, t, fmt, rowHeading: Heading = 'h3', oneFactory = false }: Props) {
  const { rows, years } = model;
  if (!rows.length || !years) return null;
  return (
    <div className={styles.plans}>
      <ul className={styles.legend} aria-hidden="true">
        <li data-mark="first">{t('first')}</li>
        <li data-mark="current">{t('current')}</li>
        <li data-mark="delivered">{t('delivered')}</li>
      </ul>
      <ol className={styles.rows}>
        {rows.map((row) => (
          <li key={row.id} className={styles.row} data-plan-row={row.id} data-slip={row.slipMonths}>
            <Heading className={styles.name}>
              {!oneFactory && <span>{row.factory}</span>} {row.machine && <span className={styles.machine}>{row.machine}</span>}{' '}
              <span className={styles.kind}>{t(row.kind)}</span>
            </Heading>
            <p className={styles.slip} data-late={row.slipMonths > 0 || undefined}>
              {slipText(row, t)}
            </p>
            <Track row={row} years={years} />
            <ol className={styles.history}>
              {row.plans.map((plan, i) => (
                <li key={i} data-plan={i === 0 ? 'first' : i === row.plans.length - 1 ? 'current' : 'revision'}>
                  <span className={styles.what}>{i === 0 ? t('first') : i === row.plans.length - 1 ? t('current') : '→'}</span>{' '}
                  {t('announced', { date: fmt.date(plan.date), announced: fmt.date(plan.announcedOn) })}
                  {plan.sources.length > 0 && ' · '}
                  {plan.sources.map((s, j) => (
                    <span key={s.id}>
                      {j > 0 && ', '}
                      <a href={s.url} rel="noopener" data-source={s.id}>
                        {s.title ? <SourceTitle source={s} /> : host(s.url)}
                      </a>
                    </span>
                  ))}
                </li>
              ))}
              {row.delivered && (
                <li data-plan="delivered">
                  <span className={styles.what}>{t('delivered')}</span> {fmt.date(row.delivered)}
                </li>
              )}
              {row.overdueAsOf && <li data-plan="overdue">{t('notReported', { date: fmt.date(row.overdueAsOf) })}</li>}
            </ol>
          </li>
        ))}
      </ol>
    </div>
  );
}
