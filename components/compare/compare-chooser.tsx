'use client';

import { useTranslations } from 'next-intl';
import { useState, useSyncExternalStore } from 'react';
import { COMPARE_MAX, COMPARE_MIN } from '@/lib/url/compare';
import styles from './compare.module.css';

interface Props {
  factories: readonly { id: string; name: string; wave: number }[];
  chosen: readonly string[];
  /** Where the form goes without JavaScript: this page, with `ids=a&ids=b`. */
  action: string;
  onChange: (ids: string[]) => void;
}

/**
 * Two to four factories to compare, as checkboxes. Ticks stay in the form until the Compare button: the list stays
 * in place while the reader chooses, and the line beside the button says how many are ticked, and why the rest are
 * off at four.
 */
const noSubscription = () => () => {};

export function CompareChooser({ factories, chosen, action, onChange }: Props) {
  const t = useTranslations('compare');
  const common = useTranslations('common');
  const [ticked, setTicked] = useState<readonly string[]>(chosen);
  const full = ticked.length >= COMPARE_MAX;
  // True once hydrated: a tick before that is the form's own (sent without JavaScript); tests wait for this.
  const ready = useSyncExternalStore(noSubscription, () => true, () => false);
  const waves = [...new Set(factories.map((f) => f.wave))].sort((a, b) => a - b);
  return (
    <form
      method="get"
      action={action}
      className={styles.chooser}
      data-print="hide"
      data-testid="compare-chooser"
      data-ready={ready || undefined}
      onSubmit={(e) => {
        e.preventDefault();
        if (ticked.length >= COMPARE_MIN) onChange([...ticked]);
      }}
    >
      <fieldset>
        <legend>{t('choose', { min: COMPARE_MIN, max: COMPARE_MAX })}</legend>
        {waves.map((wave) => (
          <div key={wave} className={styles.wave}>
            <p className={styles.waveLabel}>{common('wave', { wave })}</p>
            <ul>
              {factories
                .filter((f) => f.wave === wave)
                .map((f) => {
                  const on = ticked.includes(f.id);
                  return (
                    <li key={f.id}>
                      <label>
                        <input
                          type="checkbox"
                          name="ids"
                          value={f.id}
                          checked={on}
                          disabled={!on && full}
                          aria-describedby={!on && full ? 'compare-ticked' : undefined}
                          onChange={(e) => setTicked(e.target.checked ? [...ticked, f.id] : ticked.filter((id) => id !== f.id))}
                        />{' '}
                        {f.name}
                      </label>
                    </li>
                  );
                })}
            </ul>
          </div>
        ))}
      </fieldset>
      <div className={styles.submitRow}>
        <button type="submit" className={`control ${styles.button}`}>
          {t('submit')}
        </button>
        <p id="compare-ticked" className={styles.ticked} role="status" data-testid="compare-ticked">
          {full ? t('full', { max: COMPARE_MAX }) : t('ticked', { count: ticked.length })}
        </p>
      </div>
    </form>
  );
}
