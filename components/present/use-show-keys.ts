'use client';

import { useEffect } from 'react';

/**
 * Screen mode's keys: → and ← step, Space pauses (a focused button keeps its own Space), F toggles full screen, Esc
 * leaves for the dashboard. Modified keys belong to the browser.
 */
export function useShowKeys({ go, togglePause, exit }: { go: (step: number) => void; togglePause: () => void; exit: () => void }) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.altKey || event.metaKey) return;
      const onButton = event.target instanceof HTMLButtonElement;
      if (event.key === 'ArrowRight') go(1);
      else if (event.key === 'ArrowLeft') go(-1);
      else if (event.key === ' ' && !onButton) togglePause();
      else if (event.key === 'f' || event.key === 'F') toggleFullscreen();
      else if (event.key === 'Escape') exit();
      else return;
      if (!(event.key === ' ' && onButton)) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, togglePause, exit]);

}

function toggleFullscreen() {
  const request = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen?.();
  request?.catch(() => {});
}
