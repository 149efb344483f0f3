'use client';

import { useState } from 'react';
import { dashboardUrl, EMBED_INFO, embedCode, type EmbedView } from '@/lib/embed';
import { useDashboard } from './dashboard-context';
import styles from './share-control.module.css';

const VIEW_NAME: Record<EmbedView, string> = {
  kpis: 'key figures',
  map: 'map',
  countries: 'country bars',
  sectors: 'sector bars',
  funding: 'funding bars',
  timeline: 'timeline',
  table: 'table',
};

/**
 * "Share" for one dashboard section: the link to this view (filters and the section's anchor) and the embed code of
 * each chart in it, each in a field to read or select, with a button that copies it and says so in a live region.
 */
export function ShareControl({ views, label }: { views: readonly EmbedView[]; label: string }) {
  const { filters } = useDashboard();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  // Only read once open, in the browser: the prerendered HTML has no origin and no filters.
  const origin = open ? window.location.origin : '';
  const items = open
    ? [
        { id: 'link', label: 'Link to this view', text: dashboardUrl(origin, views[0]!, filters), done: 'Link copied' },
        ...views.map((view) => ({
          id: view,
          label: views.length > 1 ? `Embed code, ${VIEW_NAME[view]}` : 'Embed code',
          text: embedCode(origin, view, filters),
          done: `Embed code copied: ${EMBED_INFO[view].title}`,
        })),
      ]
    : [];

  const copy = async (text: string, done: string, field: HTMLTextAreaElement | null) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(done);
    } catch {
      field?.select();
      setStatus('Could not copy: the text is selected, press Ctrl+C (or ⌘C) to copy it');
    }
  };

  return (
    <details
      className={styles.share}
      onToggle={(e) => setOpen(e.currentTarget.open)}
      // Esc closes the panel and gives the focus back to its button, as a menu would.
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !e.currentTarget.open) return;
        e.currentTarget.open = false;
        e.currentTarget.querySelector('summary')?.focus();
      }}
      data-share={views.join(',')}
      data-print="hide"
    >
      <summary className={styles.button} aria-label={`Share ${label}`}>
        Share
      </summary>
      <div className={styles.panel}>
        {items.map((item) => {
          const id = `share-${views[0]}-${item.id}`;
          return (
            <div key={item.id} className={styles.item}>
              <label htmlFor={id}>{item.label}</label>
              <textarea id={id} readOnly value={item.text} rows={item.id === 'link' ? 2 : 4} onFocus={(e) => e.currentTarget.select()} />
              <button type="button" onClick={(e) => copy(item.text, item.done, e.currentTarget.previousElementSibling as HTMLTextAreaElement)}>
                {item.id === 'link' ? 'Copy link' : 'Copy embed code'}
              </button>
            </div>
          );
        })}
        <p role="status" className={styles.status}>
          {status}
        </p>
      </div>
    </details>
  );
}
