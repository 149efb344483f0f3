import Link from 'next/link';

export default function NotFound() {
  return (
    <main id="main" className="page" style={{ padding: 'var(--space-7) var(--space-4)' }}>
      <h1>Page not found</h1>
      <p>There is no page at this address. The AI Factories are all listed on the dashboard.</p>
      <p>
        <Link href="/" prefetch={false}>Back to the dashboard</Link>
      </p>
    </main>
  );
}
