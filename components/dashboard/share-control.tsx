'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { dashboardUrl, embedCode, type EmbedView } from '@/lib/url/embed';
import { DEFAULT_LOCALE } from '@/lib/i18n/locales';
import { useFilteredView } from '@/components/site/filtered-view';
import styles from './share-control.module.css';


/**
 * "Share" for one dashboard section: the link to this view (filters and the section's anchor) and the embed code of
 * each chart in it, each in a field to read or select, with a button that copies it and says so in a live region.
 */
export function ShareControl({ views, label }: { views: readonly EmbedView[]; label: string }) {
  const { filters } = useFilteredView().view;
  const t = useTranslations('embed');
  const locale = useLocale();
  // The language's prefix: "/de" on a German page, nothing on an English one.
  const prefix = locale === DEFAULT_LOCALE ? '' : `/${locale}`;
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  // Only read once open, in the browser: the prerendered HTML has no origin and no filters.
  const origin = open ? window.location.origin : '';
  const items = open
    ? [
        { id: 'link', label: t('link'), text: dashboardUrl(origin, views[0]!, filters).replace(`${origin}/`, `${origin}${prefix || '/'}`), done: t('linkCopied') },
        ...views.map((view) => ({
          id: view,
          label: views.length > 1 ? t('embedCodeOf', { view: t(`view_${view}`) }) : t('embedCode'),
          text: embedCode(origin, view, filters, { prefix, title: t(`title_${view}`) }),
          done: t('embedCopied', { title: t(`title_${view}`) }),
        })),
      ]
    : [];

  const copy = async (text: string, done: string, field: HTMLTextAreaElement | null) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(done);
    } catch {
      field?.select();
      setStatus(t('copyFailed'));
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
      <summary className={`control ${styles.button}`} aria-label={t('shareLabel', { label })}>
        {t('share')}
      </summary>
      <div className={styles.panel}>
        {items.map((item) => {
          const id = `share-${views[0]}-${item.id}`;
          return (
            <div key={item.id} className={styles.item}>
              <label htmlFor={id}>{item.label}</label>
              <textarea id={id} readOnly value={item.text} rows={item.id === 'link' ? 2 : 4} onFocus={(e) => e.currentTarget.select()} />
              <button type="button" className="control" onClick={(e) => copy(item.text, item.done, e.currentTarget.previousElementSibling as HTMLTextAreaElement)}>
                {item.id === 'link' ? t('copyLink') : t('copyEmbed')}
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
