'use client';

// The network's growth on a screen: the map and the counts month by month, from the first selection to the view's
// month, then held there. With reduced motion it shows the last month only.
import { useEffect, useMemo, useState } from 'react';
import { useTranslations } from 'next-intl';
import { monthsOf } from '@/lib/url/at';
import { countriesModel } from '@/lib/views/countries';
import { filteredView } from '@/lib/views/filtered';
import { kpisModel } from '@/lib/views/kpis';
import { useFilteredView } from '@/components/state/filtered-view';
import { useFormats } from '@/components/words/use-formats';
import { useMediaQuery } from '@/components/site/use-media-query';
import { Frame, ScreenMap, type SlideProps } from './slide-frame';
import styles from './present-slides.module.css';

/** Milliseconds per month: the four years of the programme in about fifteen seconds, inside a slide's 20. */
const STEP_MS = 300;

export function GrowthSlide({ view, map }: SlideProps) {
  const { source, span } = useFilteredView();
  const t = useTranslations('present');
  const fmt = useFormats();
  const reduced = useMediaQuery('(prefers-reduced-motion: reduce)');
  const months = useMemo(() => monthsOf({ first: span.first, last: view.asOf ?? view.data.asOf.slice(0, 7) }), [span.first, view.asOf, view.data.asOf]);
  const [step, setStep] = useState(0);
  const index = reduced ? months.length - 1 : Math.min(step, months.length - 1);
  useEffect(() => {
    if (reduced || index >= months.length - 1) return;
    const timer = window.setTimeout(() => setStep(index + 1), STEP_MS);
    return () => window.clearTimeout(timer);
  }, [reduced, index, months.length]);

  const month = months[index]!;
  const shown = useMemo(() => filteredView(source, view.filters, month), [source, view.filters, month]);
  const kpis = kpisModel(shown);
  const countries = countriesModel(shown);
  return (
    <Frame
      id="growth"
      title={t('growthTitle')}
      takeaway={kpis.takeaway}
      layout="side"
      view={view}
      aside={
        <p className={styles.growthMonth} data-growth-month={month}>
          {fmt.date(month)}
        </p>
      }
    >
      <ScreenMap
        map={map}
        roles={countries.roles}
        factoryIds={shown.factories.map((f) => f.id)}
        antennaIds={shown.antennas.map((a) => a.id)}
        label={t('mapLabel', { factories: shown.factories.length, antennas: shown.antennas.length })}
      />
    </Frame>
  );
}
