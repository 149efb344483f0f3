'use client';

import { usePathname } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { MENU_ORDER, switchLocaleHref } from '@/lib/i18n/locales';
import { LOCALE_NAMES } from '@/lib/i18n/locale-names';
import { useQueryAndHash } from '@/components/state/location';
import styles from './language-switcher.module.css';

/**
 * A real link to this page in every language. The server draws the path; once in the browser the links also
 * carry the filters (query) and section (hash), which a prerendered page cannot know before.
 */
export function LanguageSwitcher() {
  const t = useTranslations('site');
  const locale = useLocale();
  const pathname = usePathname();
  const { search, hash } = useQueryAndHash();
  return (
    <details className={styles.switcher} data-testid="language-switcher">
      <summary className={styles.summary} aria-label={`${t('languages')}: ${LOCALE_NAMES[locale as keyof typeof LOCALE_NAMES] ?? locale}`}>
        <span aria-hidden="true">{locale.slice(0, 2).toUpperCase()}</span>
      </summary>
      <ul className={styles.list}>
        {MENU_ORDER.map((l) => (
          <li key={l}>
            <a
              href={switchLocaleHref(l, pathname, search, hash)}
              hrefLang={l}
              lang={l}
              aria-current={l === locale ? 'true' : undefined}
              data-locale={l}
            >
              {LOCALE_NAMES[l]}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
