'use client';

import { useEffectEvent, useLayoutEffect, type RefObject } from 'react';

export type FormControl = HTMLInputElement | HTMLSelectElement;

/** True when the reader has changed the control from the state the server HTML drew it in. */
function changedFromServer(control: FormControl): boolean {
  if (control instanceof HTMLSelectElement) {
    const drawn = [...control.options].findIndex((option) => option.defaultSelected);
    return control.selectedIndex !== Math.max(drawn, 0);
  }
  if (control.type === 'checkbox' || control.type === 'radio') return control.checked !== control.defaultChecked;
  return control.value !== control.defaultValue;
}

/**
 * A choice made in the server HTML before the JavaScript arrived fired its change event to no one, and hydration
 * leaves the DOM showing it. As React takes over, hands `apply` the form controls in `ref` (or `ref` itself) that the
 * reader changed, so the state can follow what the page shows. A layout effect: it reads the DOM before any
 * re-render resets a controlled value.
 */
export function useChoicesBeforeHydration(ref: RefObject<HTMLElement | null>, apply: (changed: FormControl[]) => void) {
  const applyChanged = useEffectEvent(apply);
  useLayoutEffect(() => {
    const root = ref.current;
    if (!root) return;
    const changed = [root, ...root.querySelectorAll('input, select')].filter(
      (el): el is FormControl => (el instanceof HTMLInputElement || el instanceof HTMLSelectElement) && changedFromServer(el),
    );
    if (changed.length) applyChanged(changed);
  }, [ref]);
}
