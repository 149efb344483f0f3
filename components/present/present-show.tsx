'use client';

// The slideshow: one slide mounted at a time, one advance timer, one poll timer, one idle timer;
// every listener and timer is removed on unmount so a screen can run for days.
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { getParam } from '@/lib/url/filters';
import { buildSlides, parseInterval, parsePoll, parseTheme } from '@/lib/url/present';
import type { PresentMapGeometry } from './present-slides';
import { usePresentConnection } from './present-connection';
import { PresentSlide } from './present-slides';
import styles from './present-show.module.css';
import { useFilteredView } from '@/components/site/filtered-view';
import { useLocalePath } from '@/components/site/use-locale-path';

export type PresentMap = PresentMapGeometry;

const IDLE_MS = 3000;
/** An Esc this soon after leaving full screen was the one that left it: it does not also leave the show. */
const LEFT_FULLSCREEN_MS = 500;
/** The smallest the fit step may shrink type to: 0.85 × the smallest size still reads ≥ 20 px at 1080p. */
const MIN_FIT = 0.85;

function subscribeMotion(onChange: () => void) {
  const query = window.matchMedia('(prefers-reduced-motion: reduce)');
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}
const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;
const noSubscription = () => () => {};

export function PresentShow({ map, version }: { map: PresentMap; version: string }) {
  const { view, params } = useFilteredView();
  const router = useRouter();
  const t = useTranslations('present');
  const href = useLocalePath();
  const home = href('/');
  const reduced = useSyncExternalStore(subscribeMotion, reducedMotion, () => false);
  // True once hydrated: the server render cannot see the URL, so tests wait for this before driving keys.
  const ready = useSyncExternalStore(noSubscription, () => true, () => false);
  const settings = useMemo(
    () => ({
      interval: parseInterval(getParam(params, 'interval')),
      poll: parsePoll(getParam(params, 'poll')),
      theme: parseTheme(getParam(params, 'theme')),
      slides: buildSlides(getParam(params, 'slides'), view.factories.map((f) => f.id)),
    }),
    [params, view.factories],
  );
  const { interval, poll, theme, slides } = settings;

  // `position` only grows or shrinks by one: the slide is position mod count, so a one-slide show still ticks.
  const [position, setPosition] = useState(0);
  const [paused, setPaused] = useState(false);
  const [runs, setRuns] = useState(0);
  const [elapsed, setElapsed] = useState(0);
  const [idle, setIdle] = useState(true);
  // The first slide appears without a fade (at hydration the URL may pick another slide than the server drew).
  const [moved, setMoved] = useState(false);
  const { connection, reloadPending } = usePresentConnection(version, poll);
  const index = ((position % slides.length) + slides.length) % slides.length;
  const slide = slides[index] ?? slides[0]!;

  const go = useCallback(
    (step: number) => {
      if (reloadPending()) {
        window.location.reload();
        return;
      }
      setElapsed(0);
      setMoved(true);
      setPosition((p) => p + step);
    },
    [reloadPending],
  );

  // The advance timer: a timeout per slide, or a one-second tick when motion is reduced (the bar steps).
  useEffect(() => {
    if (paused) return;
    if (!reduced) {
      const timer = window.setTimeout(() => go(1), interval * 1000);
      return () => window.clearTimeout(timer);
    }
    let seconds = 0;
    const timer = window.setInterval(() => {
      seconds += 1;
      if (seconds >= interval) go(1);
      else setElapsed(seconds);
    }, 1000);
    return () => window.clearInterval(timer);
  }, [position, paused, runs, interval, reduced, go]);

  const togglePause = useCallback(() => {
    if (paused) {
      // Resuming starts the slide's time afresh, and the bar with it.
      setRuns((r) => r + 1);
      setElapsed(0);
    }
    setPaused(!paused);
  }, [paused]);

  useEffect(() => {
    let leftFullscreenAt = -Infinity;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.altKey || event.metaKey) return;
      const onButton = event.target instanceof HTMLButtonElement;
      if (event.key === 'ArrowRight') go(1);
      else if (event.key === 'ArrowLeft') go(-1);
      else if (event.key === ' ' && !onButton) togglePause();
      else if (event.key === 'f' || event.key === 'F') toggleFullscreen();
      else if (event.key === 'Escape') {
        // In full screen the first Esc only leaves full screen (the browser may have left it already, just before).
        if (document.fullscreenElement) toggleFullscreen();
        else if (performance.now() - leftFullscreenAt > LEFT_FULLSCREEN_MS) router.push(home);
      }
      else return;
      if (!(event.key === ' ' && onButton)) event.preventDefault();
    };
    const onFullscreen = () => {
      if (!document.fullscreenElement) leftFullscreenAt = performance.now();
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, [go, togglePause, router, home]);

  // Controls and cursor: shown while the mouse moves, gone after three seconds at rest. Tab shows them too, and
  // they stay while they hold the focus: hiding a focused button would drop a keyboard user's place.
  const controls = useRef<HTMLElement>(null);
  useEffect(() => {
    let timer = 0;
    const rest = () => {
      if (controls.current?.contains(document.activeElement)) timer = window.setTimeout(rest, IDLE_MS);
      else setIdle(true);
    };
    const wake = () => {
      setIdle(false);
      window.clearTimeout(timer);
      timer = window.setTimeout(rest, IDLE_MS);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Tab') wake();
    };
    window.addEventListener('mousemove', wake);
    window.addEventListener('pointerdown', wake);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('mousemove', wake);
      window.removeEventListener('pointerdown', wake);
      window.removeEventListener('keydown', onKey);
      window.clearTimeout(timer);
    };
  }, []);

  // A safety net for odd aspect ratios: shrink the slide's type a little until nothing overflows.
  const stage = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = stage.current;
    if (!el) return;
    const fit = () => {
      const section = el.firstElementChild as HTMLElement | null;
      if (!section) return;
      let scale = 1;
      section.style.setProperty('--fit', '1');
      // The body's own overflow too: a chart taller than its row runs over the source line without growing the slide.
      const body = section.querySelector<HTMLElement>('[data-slide-body]');
      const overflows = (el: HTMLElement | null) => !!el && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1);
      while (scale > MIN_FIT && (overflows(section) || overflows(body))) {
        scale = Math.round((scale - 0.05) * 100) / 100;
        section.style.setProperty('--fit', String(scale));
      }
    };
    fit();
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, [slide, view]);

  return (
    <div
      className={styles.root}
      data-theme={theme}
      data-idle={idle || undefined}
      data-paused={paused || undefined}
      data-connection={connection}
      data-slide-id={slide}
      data-slide-index={index}
      data-slide-count={slides.length}
      data-ready={ready || undefined}
      data-moved={moved || undefined}
    >
      {/* The landmark for the slide (axe `region`); `display: contents`, so the stage still fills the screen. */}
      <main className={styles.main}>
        <h1 className="visually-hidden">{t('heading')}</h1>
        <div ref={stage} className={styles.stage}>
          <PresentSlide key={slide} slide={slide} view={view} map={map} />
        </div>
      </main>
      <div className={styles.progress} aria-hidden>
        <div
          key={`${position}-${runs}`}
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
        {connection === 'offline' && <span className={styles.offline} title={t('offline')} />}
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
          {index + 1} / {slides.length}
        </span>
        <a href={home}>{t('exit')}</a>
      </nav>
    </div>
  );
}

function toggleFullscreen() {
  const request = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen?.();
  request?.catch(() => {});
}
