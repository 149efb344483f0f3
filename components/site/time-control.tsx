'use client';

// One control for the month every figure shows (`?at=`): a real range input (arrow keys step a month, Home and End
// jump to the ends), a play button that steps a month at a time and stops at the last, and a way back to today.
// With reduced motion nothing moves on its own: each press of the button is one month.
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslations } from 'next-intl';
import { AT_KEY, monthsOf, parseAt } from '@/lib/url/at';
import { useSearchString } from '@/components/state/location';
import { useFilteredView } from '@/components/state/filtered-view';
import { useFormats } from '@/components/words/use-formats';
import { useMediaQuery } from './use-media-query';
import styles from './time-control.module.css';

/** Milliseconds per month while it plays: the four years in about fifteen seconds. */
const PLAY_STEP_MS = 300;

export function TimeControl() {
  const { view, span, setAt } = useFilteredView();
  const t = useTranslations('time');
  const fmt = useFormats();
  const reduced = useMediaQuery('(prefers-reduced-motion: reduce)');
  const id = useId();
  const months = useMemo(() => monthsOf(span), [span]);
  const last = months.length - 1;
  const today = view.data.asOf.slice(0, 7);
  // The URL's month, not the view's: the figures follow it a moment later (a deferred render), the control at once.
  const asked = parseAt(new URLSearchParams(useSearchString()).get(AT_KEY), span);
  const month = asked ?? (today < span.first ? span.first : today > span.last ? span.last : today);
  const index = Math.max(0, months.indexOf(month));
  const [playing, setPlaying] = useState(false);
  const running = playing && !reduced && index < last;

  useEffect(() => {
    if (!running) return;
    const timer = window.setTimeout(() => setAt(months[index + 1]!, { replace: true }), PLAY_STEP_MS);
    return () => window.clearTimeout(timer);
  }, [running, index, months, setAt]);

  const press = () => {
    if (running) return setPlaying(false);
    if (reduced) return index < last ? setAt(months[index + 1]!, { replace: true }) : setAt(months[0]!, { replace: true });
    // From the end, play starts again at the first month.
    if (index >= last) setAt(months[0]!, { replace: true });
    setPlaying(true);
  };

  return (
    <div className={styles.control} role="group" aria-labelledby={`${id}-label ${id}-month`} data-time-control data-playing={running || undefined}>
      {/* The month beside the label, not inside it: a label for the slider may hold no other labelable element (HTML). */}
      <p className={styles.label}>
        <label id={`${id}-label`} htmlFor={id}>{t('label')}</label>{' '}
        <output id={`${id}-month`} htmlFor={id} className={styles.month} data-month={month}>{fmt.date(month)}</output>
      </p>
      <input
        id={id}
        className={styles.range}
        type="range"
        min={0}
        max={last}
        step={1}
        value={index}
        aria-valuetext={fmt.date(month)}
        onChange={(e) => {
          setPlaying(false);
          setAt(months[Number(e.currentTarget.value)]!, { replace: true });
        }}
      />
      <span className={styles.ends} aria-hidden="true">
        <span>{fmt.date(months[0]!)}</span>
        <span>{fmt.date(months[last]!)}</span>
      </span>
      <button type="button" className={`control ${styles.button}`} onClick={press} data-play={running ? 'pause' : reduced ? 'step' : 'play'}>
        {running ? t('pause') : reduced ? t('step') : t('play')}
      </button>
      {asked && (
        <button type="button" className={`control ${styles.button}`} onClick={() => {
            setPlaying(false);
            setAt(null);
          }}>
          {t('today')}
        </button>
      )}
    </div>
  );
}
