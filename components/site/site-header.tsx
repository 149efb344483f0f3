import Link from 'next/link';
import { ThemeToggle } from './theme-toggle';
import styles from './site-header.module.css';

const NAV = [
  { href: '/', label: 'Dashboard' },
  { href: '/find', label: 'Find a factory' },
  { href: '/present', label: 'Screen mode' },
  { href: '/about', label: 'About the data' },
];

export function SiteHeader() {
  return (
    <header className={styles.header} data-print="hide">
      <a className={styles.skip} href="#main">
        Skip to content
      </a>
      <div className={`page ${styles.bar}`}>
        <Link href="/" prefetch={false} className={styles.brand}>
          <span className={styles.mark} aria-hidden="true" />
          EU AI Factories
        </Link>
        <nav aria-label="Main" className={styles.nav}>
          {NAV.map((item) => (
            <Link key={item.href} href={item.href} prefetch={false}>
              {item.label}
            </Link>
          ))}
        </nav>
        <ThemeToggle />
      </div>
    </header>
  );
}
