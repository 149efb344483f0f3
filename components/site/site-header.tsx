import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { localePath, type PageLocale } from '@/lib/i18n/locales';
import { LanguageSwitcher } from './language-switcher';
import { ThemeToggle } from './theme-toggle';
import styles from './site-header.module.css';

export async function SiteHeader({ locale }: { locale: PageLocale }) {
  const t = await getTranslations({ locale, namespace: 'site' });
  const nav = [
    { href: '/', label: t('navDashboard') },
    { href: '/find', label: t('navFind') },
    { href: '/compare', label: t('navCompare') },
    { href: '/present', label: t('navPresent') },
    { href: '/about', label: t('navAbout') },
  ];
  return (
    <header className={styles.header} data-print="hide">
      <a className={styles.skip} href="#main">
        {t('skip')}
      </a>
      <div className={`page ${styles.bar}`}>
        <Link href={localePath(locale, '/')} prefetch={false} className={styles.brand}>
          <span className={styles.mark} aria-hidden="true" />
          {t('brand')}
        </Link>
        <nav aria-label={t('navLabel')} className={styles.nav}>
          {nav.map((item) => (
            <Link key={item.href} href={localePath(locale, item.href)} prefetch={false}>
              {item.label}
            </Link>
          ))}
        </nav>
        <LanguageSwitcher />
        <ThemeToggle />
      </div>
    </header>
  );
}
