'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { EMBED_THEMES, type EmbedTheme } from '@/lib/url/embed';
import styles from './share-panel.module.css';

export interface ShareItem {
  id: string;
  label: string;
  text: string;
  /** What the live region says once copied. */
  done: string;
}

/**
 * "Share": a link and embed codes, each in a field to read or select, with a button that copies it and says so in a
 * live region. `items` is asked for once the panel opens, in the browser: the prerendered HTML has no origin. The
 * embed codes carry the theme chosen here: light by default, since an article's page is usually white and an embed
 * that followed the reader's dark system would be a dark box in it.
 */
export function SharePanel({ name, label, items }: { name: string; label: string; items: (theme: EmbedTheme) => ShareItem[] }) {
  const t = useTranslations('embed');
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const [theme, setTheme] = useState<EmbedTheme>('light');
  const shown = open ? items(theme) : [];
  const embeds = shown.some((item) => item.id !== 'link');
  const key = name.split(',')[0];

  const copy = async (text: string, done: string, field: HTMLTextAreaElement | null) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(done);
    } catch {
      field?.select();
      setStatus(t('copyFailed'));
    }
  };

  const field = (item: ShareItem) => {
    const id = `share-${key}-${item.id}`;
    return (
      <div key={item.id} className={styles.item}>
        <label htmlFor={id}>{item.label}</label>
        <textarea id={id} readOnly value={item.text} rows={item.id === 'link' ? 2 : 4} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" className="control" onClick={(e) => copy(item.text, item.done, e.currentTarget.previousElementSibling as HTMLTextAreaElement)}>
          {item.id === 'link' ? t('copyLink') : t('copyEmbed')}
        </button>
      </div>
    );
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
      data-share={name}
      data-print="hide"
    >
      <summary className={`control ${styles.button}`} aria-label={t('shareLabel', { label })}>
        {t('share')}
      </summary>
      <div className={styles.panel}>
        {shown.filter((item) => item.id === 'link').map(field)}
        {embeds && (
          <fieldset className={styles.themes}>
            <legend>{t('theme')}</legend>
            {EMBED_THEMES.map((value) => (
              <label key={value}>
                <input type="radio" name={`share-${key}-theme`} value={value} checked={theme === value} onChange={() => setTheme(value)} />{' '}
                {t(`theme_${value}`)}
              </label>
            ))}
          </fieldset>
        )}
        {shown.filter((item) => item.id !== 'link').map(field)}
        {/* A browser frames the embed only from a web page: `frame-ancestors` cannot name a file on disk. */}
        {embeds && <p className={styles.note}>{t('fileNote')}</p>}
        <p role="status" className={styles.status}>
          {status}
        </p>
      </div>
    </details>
  );
}
