'use client';

import { useTranslations } from 'next-intl';
import type { Formats } from '@/lib/i18n/format';
import { filterCaption } from '@/lib/views/caption';
import { kpisModel, type HeadlineMoney, type KpisModel } from '@/lib/views/kpis';
import { EstimateLink } from '@/components/charts/estimate-link';
import { useComputeWords } from '@/components/words/use-compute-words';
import type { Message } from '@/lib/i18n/message';
import { useFigure } from '@/components/state/use-figure';
import { useFormats } from '@/components/words/use-formats';
import styles from './kpi-strip.module.css';

type Translate = ReturnType<typeof useTranslations<'kpis'>>;

/** `sayFiltered`: the dashboard's strip says when the view is filtered (an embed has its own caption for that). */
export function KpiStrip({ sayFiltered = false }: { sayFiltered?: boolean }) {
  const { model: k, say, view } = useFigure(kpisModel);
  // The key figures are the view's: a filtered view says so above them, near the top where a phone opens.
  const caption = sayFiltered ? filterCaption(view.filters) : null;
  const t = useTranslations('kpis');
  const fmt = useFormats();
  // `id` is the English label: a stable hook for tests and styles whatever the page's language.
  const items = [
    { id: 'AI Factories', label: t('factories', { count: k.factories }), value: fmt.number(k.factories), note: null },
    { id: 'AI Factory Antennas', label: t('antennas', { count: k.antennas }), value: fmt.number(k.antennas), note: null },
    { id: 'host countries', label: t('hostCountries', { count: k.hostCountries }), value: fmt.number(k.hostCountries), note: null },
    { id: 'participating countries', label: t('participating', { count: k.participatingCountries }), value: fmt.number(k.participatingCountries), note: t('participatingNote') },
  ];
  return (
    <>
      {caption && (
        <p className={styles.filtered} data-testid="kpis-filtered">
          {say(caption)}
        </p>
      )}
      <dl className={styles.strip} aria-label={t('label')} data-testid="kpis" data-chart>
        {items.map((item) => (
          <div key={item.id} className={styles.item}>
            <dt className={styles.label}>{item.label}</dt>
            <dd className={styles.value} data-kpi={item.id}>
              {item.value}
            </dd>
            {item.note && <dd className={styles.note}>{item.note}</dd>}
          </div>
        ))}
        <MoneyItem money={k.money} t={t} fmt={fmt} say={say} />
        <ComputeItems compute={k.compute} />
        <div className={styles.item}>
          <dt className={styles.label}>{t('sectors', { count: k.sectors })}</dt>
          <dd className={styles.value} data-kpi="sectors covered">
            {fmt.number(k.sectors)}
          </dd>
        </div>
      </dl>
    </>
  );
}

/** The estimated compute in operation now and still to come: two figures, never added, each marked an estimate. */
function ComputeItems({ compute }: { compute: KpisModel['compute'] }) {
  const words = useComputeWords();
  return (['now', 'coming'] as const).map((group) => (
    <div key={group} className={styles.item} data-estimate-scope="">
      <dt className={styles.label}>{words.t(group === 'now' ? 'kpiNow' : 'kpiComing')}</dt>
      <dd className={styles.value} data-kpi={`compute ${group}`} data-estimate={compute[group].shown}>
        {words.total(compute[group])}
      </dd>
      <dd className={styles.note}>
        <EstimateLink words={words} /> · {words.coverage(compute[group], compute.factories)}
      </dd>
    </div>
  ));
}

/** The headline money: the programme or wave total when it is the true total of the view, else a labelled sum. */
function MoneyItem({ money, t, fmt, say }: { money: HeadlineMoney; t: Translate; fmt: Formats; say: (m: Message) => string }) {
  const value = fmt.announced(money.exactEur, money.minEur);
  const source = money.sources[0];
  const cite = source && (
    <>
      {' '}
      (<a href={source.url}>{t('source')}</a>)
    </>
  );
  if (money.kind === 'disclosed')
    return (
      <div className={styles.item} data-money={money.kind}>
        <dt className={styles.label}>{t('moneyDisclosed')}</dt>
        <dd className={styles.value} data-kpi="investment">
          {money.disclosedFactories ? value : fmt.notDisclosed}
        </dd>
        <dd className={styles.note}>{say(money.note)}</dd>
      </div>
    );
  return (
    <div className={`${styles.item} ${styles.money}`} data-money={money.kind}>
      <dt className={styles.label}>
        {money.kind === 'programme' ? t('moneyProgramme') : money.sources.length > 1 ? t('moneyWaves') : t('moneyWave')}
      </dt>
      <dd className={styles.value} data-kpi="investment">
        {value}
      </dd>
      <dd className={styles.note}>
        {say(money.note)}
        {cite}
      </dd>
      {money.perFactory && (
        <dd className={styles.note} data-kpi-note="per-factory">
          {say(money.perFactory)}
        </dd>
      )}
    </div>
  );
}
