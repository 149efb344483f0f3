'use client';

import { useEffect, useState } from 'react';
import { DEFAULT_LOCALE, isLocale, localePath, splitLocalePath, type Locale } from '@/lib/i18n/locales';

export interface NotFoundWords {
  title: string;
  text: string;
  back: string;
}

/** The 404's words in the language of the path asked for; English on the server and for unprefixed paths. */
export function NotFoundText({ words }: { words: Record<Locale, NotFoundWords> }) {
  const [locale, setLocale] = useState<Locale>(DEFAULT_LOCALE);
  useEffect(() => {
    const asked = splitLocalePath(window.location.pathname).locale;
    if (isLocale(asked) && asked !== DEFAULT_LOCALE) {
      document.documentElement.lang = asked;
      // The path is only known in the browser: one static 404 page serves every language.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setLocale(asked);
    }
  }, []);
  const w = words[locale];
  return (
    <>
      <h1>{w.title}</h1>
      <p>{w.text}</p>
      <p>
        <a href={localePath(locale, '/')}>{w.back}</a>
      </p>
    </>
  );
}
