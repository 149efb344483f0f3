'use client';

import { useLayoutEffect, type RefObject } from 'react';

/** The smallest the fit step may shrink type to: 0.85 × the smallest size still reads ≥ 20 px at 1080p. */
const MIN_FIT = 0.85;

/** Fits the slide in `stage` to the screen again whenever `slide` or `view` changes, and on every resize. */
export function useSlideFit(stage: RefObject<HTMLDivElement | null>, slide: unknown, view: unknown) {
  // A safety net for odd aspect ratios: shrink the slide's type a little until nothing overflows.
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
  }, [stage, slide, view]);

}
