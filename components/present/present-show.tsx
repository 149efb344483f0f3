'use client';

// The slideshow: one slide mounted at a time, one advance timer, one poll timer, one idle timer;
// every listener and timer is removed on unmount so a screen can run for days.
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { getParam } from '@/lib/url/filters';
import { buildSlides, parseInterval, parsePoll, parseTheme } from '@/lib/url/present';
import type { PresentMapGeometry } from './present-slides';
import { usePresentConnection } from './present-connection';
import { PresentSlide } from './present-slides';
import { ShowControls } from './show-controls';
import { useIdle } from './use-idle';
import { useShowKeys } from './use-show-keys';
import { useSlideFit } from './use-slide-fit';
import styles from './present-show.module.css';
import { useFilteredView } from '@/components/state/filtered-view';
import { useLocalePath } from '@/components/words/use-locale-path';
import { useMediaQuery } from '@/components/site/use-media-query';

export type PresentMap = PresentMapGeometry;

const noSubscription = () => () => {};

export function PresentShow({ map, version }: { map: PresentMap; version: string }) {
  const { view, params } = useFilteredView();
  const router = useRouter();
  const t = useTranslations('present');
  const href = useLocalePath();
  const home = href('/');
  const exit = useCallback(() => router.push(home), [router, home]);
  const reduced = useMediaQuery('(prefers-reduced-motion: reduce)');
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

  useShowKeys({ go, togglePause, exit });

  const controls = useRef<HTMLElement>(null);
  const idle = useIdle(controls);

  const stage = useRef<HTMLDivElement>(null);
  useSlideFit(stage, slide, view);

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
      {/* The controls come first in the tab order: a slide may hold a link (the compute estimate's method), and Tab
          must bring the controls, not the slide's links. */}
      <ShowControls
        controls={controls}
        idle={idle}
        paused={paused}
        reduced={reduced}
        offline={connection === 'offline'}
        run={`${position}-${runs}`}
        interval={interval}
        elapsed={elapsed}
        index={index}
        count={slides.length}
        home={home}
        go={go}
        togglePause={togglePause}
      />
      {/* The landmark for the slide (axe `region`); `display: contents`, so the stage still fills the screen. */}
      <main className={styles.main}>
        <h1 className="visually-hidden">{t('heading')}</h1>
        <div ref={stage} className={styles.stage}>
          <PresentSlide key={slide} slide={slide} view={view} map={map} />
        </div>
      </main>
    </div>
  );
}
