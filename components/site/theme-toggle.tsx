'use client';

import { useTranslations } from 'next-intl';
import { useSyncExternalStore } from 'react';
import { mediaMatches, onMediaChange } from './use-media-query';
import styles from './theme-toggle.module.css';

type Theme = 'light' | 'dark';
const DARK = '(prefers-color-scheme: dark)';

function currentTheme(): Theme {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return mediaMatches(DARK) ? 'dark' : 'light';
}

function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  const unsubscribe = onMediaChange(DARK, onChange);
  return () => {
    observer.disconnect();
    unsubscribe();
  };
}

/** Follows the system until the reader picks a theme; the choice is kept in localStorage. */
export function ThemeToggle() {
  const t = useTranslations('site');
  const theme = useSyncExternalStore<Theme | null>(subscribe, currentTheme, () => null);
  const next: Theme = theme === 'dark' ? 'light' : 'dark';
  return (
    <button
      type="button"
      className={styles.toggle}
      aria-label={theme ? t('themeSwitchTo', { theme: next }) : t('themeSwitch')}
      onClick={() => {
        document.documentElement.dataset.theme = next;
        try {
          localStorage.setItem('theme', next);
        } catch {
          // Private mode: the choice lasts for this page only.
        }
      }}
    >
      <span aria-hidden="true">{theme === 'dark' ? '☀' : '☾'}</span>
      <span className={styles.label}>{theme === 'dark' ? t('themeLight') : t('themeDark')}</span>
    </button>
  );
}
