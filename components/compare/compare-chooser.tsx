'use client';

import { useTranslations } from 'next-intl';
import { COMPARE_MAX, COMPARE_MIN } from '@/lib/url/compare';
import styles from './compare.module.css';

interface Props {
  factories: readonly { id: string; name: string; wave: number }[];
  chosen: readonly string[];
  /** Where the form goes without JavaScript: this page, with `ids=a&ids=b`. */
  action: string;
  onChange: (ids: string[]) => void;
}

/** Two to four factories to compare, as checkboxes: with JavaScript each choice updates the URL at once. */
export function CompareChooser({ factories, chosen, action, onChange }: Props) {
  const t = useTranslations('compare');
  const common = useTranslations('common');
  const full = chosen.length >= COMPARE_MAX;
  const waves = [...new Set(factories.map((f) => f.wave))].sort((a, b) => a - b);
  return (
    <form method="get" action={action} className={styles.chooser} data-print="hide" data-testid="compare-chooser">
      <fieldset>
        <legend>{t('choose', { min: COMPARE_MIN, max: COMPARE_MAX })}</legend>
        {waves.map((wave) => (
          <div key={wave} className={styles.wave}>
            <p className={styles.waveLabel}>{common('wave', { wave })}</p>
            <ul>
              {factories
                .filter((f) => f.wave === wave)
                .map((f) => {
                  const on = chosen.includes(f.id);
                  return (
                    <li key={f.id}>
                      <label>
                        <input
                          type="checkbox"
                          name="ids"
                          value={f.id}
                          checked={on}
                          disabled={!on && full}
                          onChange={(e) => onChange(e.target.checked ? [...chosen, f.id] : chosen.filter((id) => id !== f.id))}
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
      <button type="submit" className={`control ${styles.button}`}>
        {t('submit')}
      </button>
    </form>
  );
}
