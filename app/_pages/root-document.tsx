import type { Metadata, Viewport } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { PageLocale } from '@/lib/locales';
import '../globals.css';
import { themeInitScript } from '../theme-init';

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#f8f7f3' },
    { media: '(prefers-color-scheme: dark)', color: '#111417' },
  ],
};

/** The site's title template and description in the page's language. */
export async function rootMetadata(locale: PageLocale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'meta' });
  return {
    // SITE_URL (e.g. https://ai-factories.example.eu) makes the hreflang and canonical links absolute, as search
    // engines want them; without it they stay relative to the page's own origin.
    ...(process.env.SITE_URL ? { metadataBase: new URL(process.env.SITE_URL) } : {}),
    title: { default: t('siteTitle'), template: t('titleTemplate', { title: '%s' }) },
    description: t('description'),
  };
}

/**
 * The <html> of every page. There are two root layouts (English at `(en)`, the other languages at `[locale]`)
 * because `lang` belongs on <html>, which only a root layout renders; both render this.
 */
export function RootDocument({ locale, children }: { locale: PageLocale; children: React.ReactNode }) {
  setRequestLocale(locale);
  return (
    <html lang={locale} suppressHydrationWarning>
      <head>
        {/* Inline, so a stored theme applies before first paint without a render-blocking request (issue 11). */}
        <script dangerouslySetInnerHTML={{ __html: themeInitScript }} />
      </head>
      <body>{children}</body>
    </html>
  );
}
