'use client';

import { useTranslations } from 'next-intl';
import type { RefObject } from 'react';
import styles from './present-show.module.css';

interface Props {
  controls: RefObject<HTMLElement | null>;
  idle: boolean;
  paused: boolean;
  reduced: boolean;
  offline: boolean;
  /** The bar restarts when this changes (a new slide, a resume). */
  run: string;
  interval: number;
  elapsed: number;
  index: number;
  count: number;
  home: string;
  go: (step: number) => void;
  togglePause: () => void;
}

/** The progress bar, the paused and offline marks, and the control bar that shows while the reader moves. */
export function ShowControls({ controls, idle, paused, reduced, offline, run, interval, elapsed, index, count, home, go, togglePause }: Props) {
  const t = useTranslations('present');
  return (
    <>
      <div className={styles.progress} aria-hidden>
        <div
          key={run}
          className={styles.bar}
          data-reduced={reduced || undefined}
          style={
            reduced
              ? { transform: `scaleX(${elapsed / interval})` }
              : { animationDuration: `${interval}s`, animationPlayState: paused ? 'paused' : 'running' }
          }
        />
      </div>
      <div className={styles.status} aria-live="polite">
        {paused && <span className={styles.paused}>{t('paused')}</span>}
        {offline && <span className={styles.offline} title={t('offline')} />}
      </div>
      <nav ref={controls} className={styles.controls} aria-label={t('controls')} hidden={idle}>
        <button type="button" onClick={() => go(-1)}>
          {t('previous')}
        </button>
        <button type="button" onClick={togglePause}>
          {paused ? t('resume') : t('pause')}
        </button>
        <button type="button" onClick={() => go(1)}>
          {t('next')}
        </button>
        <span className={`${styles.counter} num`}>
          {index + 1} / {count}
        </span>
        <a href={home}>{t('exit')}</a>
      </nav>
    </>
  );
}
