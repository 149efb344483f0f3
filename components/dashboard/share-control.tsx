'use client';

import { useLocale, useTranslations } from 'next-intl';
import { dashboardUrl, embedCode, type EmbedTheme, type EmbedView } from '@/lib/url/embed';
import { DEFAULT_LOCALE } from '@/lib/i18n/locales';
import { useFilteredView } from '@/components/state/filtered-view';
import { SharePanel } from '@/components/site/share-panel';

/** "Share" for one dashboard section: the link to this view (filters and the section's anchor) and each chart's embed code. */
export function ShareControl({ views, label }: { views: readonly EmbedView[]; label: string }) {
  const { filters: only, asOf } = useFilteredView().view;
  const filters = { ...only, at: asOf };
  const t = useTranslations('embed');
  const locale = useLocale();
  // The language's prefix: "/de" on a German page, nothing on an English one.
  const prefix = locale === DEFAULT_LOCALE ? '' : `/${locale}`;
  const items = (theme: EmbedTheme) => {
    const origin = window.location.origin;
    return [
      { id: 'link', label: t('link'), text: dashboardUrl(origin, views[0]!, filters).replace(`${origin}/`, `${origin}${prefix || '/'}`), done: t('linkCopied') },
      ...views.map((view) => ({
        id: view,
        label: views.length > 1 ? t('embedCodeOf', { view: t(`view_${view}`) }) : t('embedCode'),
        text: embedCode(origin, view, filters, { prefix, title: t(`title_${view}`) }, theme),
        done: t('embedCopied', { title: t(`title_${view}`) }),
      })),
    ];
  };
  return <SharePanel name={views.join(',')} label={label} items={items} />;
}
