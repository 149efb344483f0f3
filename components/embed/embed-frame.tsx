'use client';

import { useTranslations } from 'next-intl';
import dynamic from 'next/dynamic';
import { useEffect, useRef } from 'react';
import { dashboardHref } from '@/lib/url/filters';
import { embedInfo, HEIGHT_MESSAGE, SLIDER_KEY, stateQuery, type EmbedView } from '@/lib/url/embed';
import { parseCompareIds } from '@/lib/url/compare';
import { filterCaption } from '@/lib/views/caption';
import { useFilteredView } from '@/components/state/filtered-view';
import { useFormats } from '@/components/words/use-formats';
import { useLocalePath } from '@/components/words/use-locale-path';
import { useSentences } from '@/components/words/use-sentences';
import styles from './embed-frame.module.css';

/** The time control, in an embed only when its address asks for it (`?slider=1`): its code loads then. */
const TimeControl = dynamic(() => import('@/components/site/time-control').then((m) => m.TimeControl), { ssr: false });

/** Any link followed inside the iframe opens in a new tab: the newsroom's page stays, and our other pages refuse
 *  to be framed anyway. Set on the anchor before Next's Link sees the click, so Link leaves it to the browser. */
function openOutside(event: React.MouseEvent) {
  const anchor = (event.target as Element).closest('a[href]');
  if (anchor instanceof HTMLAnchorElement && !anchor.target) {
    anchor.target = '_blank';
    anchor.rel = 'noopener';
  }
}

/** One view alone for an iframe: title, the view, where the numbers come from, the way back to the dashboard. */
export function EmbedFrame({ view, children }: { view: EmbedView; children: React.ReactNode }) {
  const {
    view: { data, filters, asOf },
    params,
  } = useFilteredView();
  const t = useTranslations('embed');
  const fmt = useFormats();
  const say = useSentences(data.sectors);
  const href = useLocalePath();
  const box = useRef<HTMLDivElement>(null);

  // The parent page learns our height on load and after every change of size (fonts, filters, its own width).
  useEffect(() => {
    const node = box.current;
    if (!node || window.parent === window) return;
    let last = 0;
    const post = () => {
      const height = Math.ceil(node.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: HEIGHT_MESSAGE, view, height }, '*');
    };
    const observer = new ResizeObserver(post);
    observer.observe(node);
    post();
    return () => observer.disconnect();
  }, [view]);

  // The comparison names its factories, not filters: its way back is the comparison's own page.
  const compare = view === 'compare';
  const caption = compare ? null : filterCaption(filters);
  const back = compare
    ? href(`/compare${stateQuery({ ids: parseCompareIds(params, data.factories.map((f) => f.id)) })}`)
    : href(dashboardHref({ ...filters, at: asOf }, embedInfo(view).section));
  return (
    <div ref={box} className={styles.embed} data-embed={view} onClickCapture={openOutside}>
      <h1 className={styles.title}>{t(`title_${view}`)}</h1>
      {caption && <p className={styles.caption}>{say(caption)}</p>}
      {!compare && params.get(SLIDER_KEY) === '1' && <TimeControl />}
      <div className={styles.view}>{children}</div>
      <p className={`source-line ${styles.source}`}>
        {t('source')} <time dateTime={data.asOf}>{fmt.date(data.asOf)}</time>
      </p>
      <p className={styles.open}>
        <a href={back} target="_blank" rel="noopener">
          {compare ? t('openCompare') : t('open')}
        </a>
      </p>
    </div>
  );
}
