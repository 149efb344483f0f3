'use client';

// Is the server there, and has a new build replaced the one this screen runs? One poll timer, one request at a time.
import { useCallback, useEffect, useRef, useState } from 'react';

export type Connection = 'online' | 'offline';

const VERSION_URL = '/present/version.json';
const TIMEOUT_MS = 10_000;
/** Remembers a version we already reloaded for, so a cache serving the old page cannot cause a reload loop. */
const RELOADED_KEY = 'present:reloaded-for';

export function usePresentConnection(version: string, pollSeconds: number) {
  const [connection, setConnection] = useState<Connection>('online');
  const newer = useRef<string | null>(null);

  useEffect(() => {
    let controller: AbortController | null = null;
    let stopped = false;
    const check = async () => {
      if (controller) return; // the previous check is still waiting (at most TIMEOUT_MS)
      const current = new AbortController();
      controller = current;
      const timeout = window.setTimeout(() => current.abort(), TIMEOUT_MS);
      try {
        const response = await fetch(`${VERSION_URL}?t=${Date.now()}`, { cache: 'no-store', signal: current.signal });
        if (!response.ok) throw new Error(`status ${response.status}`);
        const body: unknown = await response.json();
        const served = typeof body === 'object' && body !== null && 'version' in body ? String(body.version) : '';
        if (stopped) return;
        setConnection('online');
        newer.current = served && served !== version && readReloaded() !== served ? served : null;
      } catch {
        // Unreachable, restarting or mid-deploy: keep showing what is in memory and try again next time.
        if (!stopped) setConnection('offline');
      } finally {
        window.clearTimeout(timeout);
        if (controller === current) controller = null;
      }
    };
    const timer = window.setInterval(check, pollSeconds * 1000);
    return () => {
      stopped = true;
      window.clearInterval(timer);
      controller?.abort();
    };
  }, [version, pollSeconds]);

  /** True once a newer build is served; the show then reloads at its next slide change. */
  const reloadPending = useCallback(() => {
    if (!newer.current) return false;
    try {
      window.sessionStorage.setItem(RELOADED_KEY, newer.current);
    } catch {
      // Storage blocked: reload anyway.
    }
    return true;
  }, []);

  return { connection, reloadPending };
}

function readReloaded(): string | null {
  try {
    return window.sessionStorage.getItem(RELOADED_KEY);
  } catch {
    return null;
  }
}
