import type { Metadata, Viewport } from 'next';
import { inter, interExt } from './fonts';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'EU AI Factories dashboard', template: '%s · EU AI Factories' },
  description:
    'Where the EuroHPC AI Factories are, which sectors they serve, which countries take part and how they are funded — every figure with its source.',
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#f8f7f3' },
    { media: '(prefers-color-scheme: dark)', color: '#111417' },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" className={`${inter.variable} ${interExt.variable}`} suppressHydrationWarning>
      <head>
        {/* Same-origin and blocking, so a stored theme applies before first paint without an inline script. */}
        {/* eslint-disable-next-line @next/next/no-sync-scripts */}
        <script src="/theme-init.js" />
      </head>
      <body>{children}</body>
    </html>
  );
}
