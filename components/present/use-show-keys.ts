'use client';

import { useEffect } from 'react';

/** An Esc this soon after leaving full screen was the one that left it: it does not also leave the show. */
const LEFT_FULLSCREEN_MS = 500;

/**
 * Screen mode's keys: → and ← step, Space pauses (a focused button keeps its own Space), F toggles full screen, Esc
 * leaves for the dashboard (in full screen, the first Esc leaves full screen only). Modified keys belong to the browser.
 */
export function useShowKeys({ go, togglePause, exit }: { go: (step: number) => void; togglePause: () => void; exit: () => void }) {
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
        else if (performance.now() - leftFullscreenAt > LEFT_FULLSCREEN_MS) exit();
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
  }, [go, togglePause, exit]);
}

function toggleFullscreen() {
  const request = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen?.();
  request?.catch(() => {});
}
