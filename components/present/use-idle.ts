'use client';

import { useEffect, useState, type RefObject } from 'react';

const IDLE_MS = 3000;

/** True while the reader leaves the screen alone: the show hides its controls and cursor then. */
export function useIdle(controls: RefObject<HTMLElement | null>): boolean {
  const [idle, setIdle] = useState(true);
  // Controls and cursor: shown while the mouse moves, gone after three seconds at rest. Tab shows them too, and
  // they stay while they hold the focus: hiding a focused button would drop a keyboard user's place.
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
  }, [controls]);

  return idle;
}
