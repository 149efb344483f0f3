export const metadata = { title: 'Bare Next page', description: 'The floor the dashboard is measured against.' };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
