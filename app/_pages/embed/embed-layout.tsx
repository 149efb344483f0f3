// No site header or footer: an embed is one view inside another site's page.
export function EmbedLayout({ children }: { children: React.ReactNode }) {
  return (
    <main id="main" tabIndex={-1}>
      {children}
    </main>
  );
}
