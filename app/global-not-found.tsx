import type { Metadata } from 'next';
import { NotFoundText, type NotFoundWords } from '@/components/site/not-found-text';
import { rawMessages } from '@/i18n/messages';
import { LOCALES } from '@/lib/i18n/locales';
import './globals.css';
import { themeInitScript } from './theme-init';

export const metadata: Metadata = { title: 'Page not found · EU AI Factories' };

/**
 * One 404 for every path that matches no page, so one static 404.html serves every language: it is drawn in
 * English, and the browser switches it to the language of the path's prefix (/de/…) with these few words.
 */
export default function GlobalNotFound() {
  const words = Object.fromEntries(LOCALES.map((l) => [l, rawMessages(l).notFound as unknown as NotFoundWords])) as Record<
    (typeof LOCALES)[number],
    NotFoundWords
  >;
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeInitScript }} />
      </head>
      <body>
        <main id="main" className="page" style={{ padding: 'var(--space-7) var(--space-4)' }}>
          <NotFoundText words={words} />
        </main>
      </body>
    </html>
  );
}
