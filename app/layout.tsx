import type { Metadata, Viewport } from 'next';
import './globals.css';
import { themeInitScript } from './theme-init';

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
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* Inline, so a stored theme applies before first paint without a render-blocking request (issue 11). */}
        <script dangerouslySetInnerHTML={{ __html: themeInitScript }} />
      </head>
      <body>{children}</body>
    </html>
  );
}
