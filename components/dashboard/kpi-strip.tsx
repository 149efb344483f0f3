'use client';

import { kpis } from '@/lib/aggregate';
import { formatAnnounced, formatDate, formatEur, formatNumber } from '@/lib/format';
import { headlineMoney, type HeadlineMoney } from '@/lib/headline';
import { useDashboard } from './dashboard-context';
import styles from './kpi-strip.module.css';

export function KpiStrip() {
  const { factories, antennas, filters, data } = useDashboard();
  const k = kpis(factories, antennas);
  const money = headlineMoney(factories, filters, data.waves, data.programme);
  const items = [
    { label: 'AI Factories', value: formatNumber(k.factories), note: null },
    { label: 'AI Factory Antennas', value: formatNumber(k.antennas), note: null },
    { label: 'host countries', value: formatNumber(k.hostCountries), note: null },
    { label: 'participating countries', value: formatNumber(k.participatingCountries), note: 'hosts and consortium partners' },
  ];
  return (
    <dl className={styles.strip} aria-label="Key figures" data-testid="kpis" data-chart>
      {items.map((item) => (
        <div key={item.label} className={styles.item}>
          <dt className={styles.label}>{item.label}</dt>
          <dd className={styles.value} data-kpi={item.label}>
            {item.value}
          </dd>
          {item.note && <dd className={styles.note}>{item.note}</dd>}
        </div>
      ))}
      <MoneyItem money={money} statedOn={data.programme.statedOn} />
      <div className={styles.item}>
        <dt className={styles.label}>sectors covered</dt>
        <dd className={styles.value} data-kpi="sectors covered">
          {formatNumber(k.sectors)}
        </dd>
      </div>
    </dl>
  );
}

/** The headline money: the programme or wave total when it is the true total of the view, else a labelled sum. */
function MoneyItem({ money, statedOn }: { money: HeadlineMoney; statedOn: string }) {
  const value = formatAnnounced(money.exactEur, money.minEur);
  const source = money.sources[0];
  const perFactory = (
    <dd className={styles.note} data-kpi-note="per-factory">
      per-factory figures add up to {formatEur(money.disclosedEur)} for {money.disclosedFactories} of {money.factories}
    </dd>
  );
  if (money.kind === 'disclosed')
    return (
      <div className={styles.item} data-money={money.kind}>
        <dt className={styles.label}>disclosed per-factory investment</dt>
        <dd className={styles.value} data-kpi="investment">
          {money.disclosedFactories ? value : 'not disclosed'}
        </dd>
        <dd className={styles.note}>
          sum of the totals disclosed for {money.disclosedFactories} of {money.factories} factories shown; not a programme
          total
        </dd>
      </div>
    );
  return (
    <div className={`${styles.item} ${styles.money}`} data-money={money.kind}>
      <dt className={styles.label}>
        {money.kind === 'programme'
          ? 'committed to AI Factories and Antennas'
          : money.sources.length > 1
            ? 'announced for these waves'
            : 'announced for this wave'}
      </dt>
      <dd className={styles.value} data-kpi="investment">
        {value}
      </dd>
      <dd className={styles.note}>
        {money.kind === 'programme' ? (
          <>
            EU and participating states, European Commission, {formatDate(statedOn)}
            {source && (
              <>
                {' '}
                (<a href={source.url}>source</a>)
              </>
            )}
          </>
        ) : (
          <>
            EU and national, as announced at selection
            {source && (
              <>
                {' '}
                (<a href={source.url}>source</a>)
              </>
            )}
          </>
        )}
      </dd>
      {perFactory}
    </div>
  );
}
