import type { Metadata, Viewport } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { PageLocale } from '@/lib/i18n/locales';
import { siteOrigin } from '@/lib/site/site';
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
    // The hreflang and canonical links must be absolute (search engines and Lighthouse's SEO audit reject relative
    // ones): SITE_URL at build time names the public origin, the `npm start` default otherwise (lib/site/site.ts).
    metadataBase: new URL(`${siteOrigin()}/`),
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
        {/* Inline, so a stored theme applies before first paint without a render-blocking request. */}
        <script dangerouslySetInnerHTML={{ __html: themeInitScript }} />
      </head>
      <body>{children}</body>
    </html>
  );
}
