'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useState } from 'react';
import { preferredLocale, switchLocaleHref, type Locale } from '@/lib/i18n/locales';
import { useQueryAndHash } from '@/components/state/location';
import styles from './language-offer.module.css';

export interface OfferWords {
  offer: string;
  offerOpen: string;
  offerDismiss: string;
  offerLabel: string;
}

const KEY = 'language-offer';

function dismissed(): boolean {
  try {
    return localStorage.getItem(KEY) === 'dismissed';
  } catch {
    return false;
  }
}

/**
 * On English pages, once: the page in the reader's browser language, offered in that language, never a redirect.
 * Either answer is remembered. Fixed at the bottom, so appearing after load moves nothing on the page.
 */
export function LanguageOffer({ offers }: { offers: Partial<Record<Locale, OfferWords>> }) {
  const [target, setTarget] = useState<Locale | null>(null);
  const pathname = usePathname();
  const { search, hash } = useQueryAndHash();

  useEffect(() => {
    const wanted = preferredLocale(navigator.languages ?? [navigator.language]);
    // The browser's language is only known here, after hydration: the server drew no offer.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (wanted && offers[wanted] && !dismissed()) setTarget(wanted);
  }, [offers]);

  const words = target ? offers[target] : undefined;
  if (!target || !words) return null;
  const remember = () => {
    try {
      localStorage.setItem(KEY, 'dismissed');
    } catch {
      // Private mode: the offer comes back on the next page.
    }
  };
  return (
    <aside className={styles.offer} lang={target} aria-label={words.offerLabel} data-testid="language-offer">
      <p>{words.offer}</p>
      <a href={switchLocaleHref(target, pathname, search, hash)} hrefLang={target} className={styles.open} onClick={remember}>
        {words.offerOpen}
      </a>
      <button
        type="button"
        className={styles.dismiss}
        onClick={() => {
          remember();
          setTarget(null);
        }}
      >
        {words.offerDismiss}
      </button>
    </aside>
  );
}
