import { NextIntlClientProvider } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { LanguageOffer, type OfferWords } from '@/components/site/language-offer';
import { SiteFooter } from '@/components/site/site-footer';
import { SiteHeader } from '@/components/site/site-header';
import { pickMessages, rawMessages } from '@/i18n/messages';
import { loadDataset } from '@/lib/data/dataset';
import { prefixedLocales, type Locale, type PageLocale } from '@/lib/i18n/locales';
import './print.css';

/** Header, main and footer around every page but screen mode. The header's islands get only `site` messages. */
export function SiteLayout({ locale, children }: { locale: PageLocale; children: React.ReactNode }) {
  setRequestLocale(locale);
  const { asOf } = loadDataset();
  return (
    <>
      <NextIntlClientProvider locale={locale} messages={pickMessages(locale, ['site'])}>
        <SiteHeader locale={locale} />
        {locale === 'en' ? <LanguageOffer offers={offers()} /> : null}
      </NextIntlClientProvider>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter locale={locale} asOf={asOf} />
    </>
  );
}

/** The offer's four strings in each language it can be made in: a few hundred bytes, on English pages only. */
function offers(): Partial<Record<Locale, OfferWords>> {
  return Object.fromEntries(
    prefixedLocales()
      .filter((l): l is Locale => l !== 'en-XA')
      .map((l) => {
        const { offer, offerOpen, offerDismiss, offerLabel } = rawMessages(l).site as unknown as OfferWords;
        return [l, { offer, offerOpen, offerDismiss, offerLabel }];
      }),
  );
}
