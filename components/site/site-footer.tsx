import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { formatsOf } from '@/i18n/server';
import { localePath, type PageLocale } from '@/lib/i18n/locales';

export async function SiteFooter({ locale, asOf }: { locale: PageLocale; asOf: string }) {
  const t = await getTranslations({ locale, namespace: 'site' });
  return (
    <footer className="page" style={{ padding: 'var(--space-6) var(--space-4)', color: 'var(--muted)', fontSize: 'var(--step--1)' }}>
      <p>
        {t('footerData', { date: formatsOf(locale).date(asOf) })}{' '}
        <Link href={localePath(locale, '/about')} prefetch={false}>{t('footerMethod')}</Link> ·{' '}
        <a href="/data/ai-factories.csv" download>
          CSV
        </a>{' '}
        ·{' '}
        <a href="/data/ai-factories.json" download>
          JSON
        </a>
      </p>
      <p>{t('footerIndependent')}</p>
    </footer>
  );
}
