import Link from 'next/link';
import { formatDate } from '@/lib/format';

export function SiteFooter({ asOf }: { asOf: string }) {
  return (
    <footer className="page" style={{ padding: 'var(--space-6) var(--space-4)', color: 'var(--muted)', fontSize: 'var(--step--1)' }}>
      <p>
        Data as of {formatDate(asOf)}, compiled from EuroHPC Joint Undertaking, European Commission and host-centre
        announcements. <Link href="/about" prefetch={false}>Method and sources</Link> ·{' '}
        <a href="/data/ai-factories.csv" download>
          CSV
        </a>{' '}
        ·{' '}
        <a href="/data/ai-factories.json" download>
          JSON
        </a>
      </p>
      <p>Independent open-source project; not an official EuroHPC or European Commission site.</p>
    </footer>
  );
}
