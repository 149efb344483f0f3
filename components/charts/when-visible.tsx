'use client';

import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Renders its children once the box nears the viewport. The charts are recharts, which draws nothing on the server
 * anyway; mounting them on sight keeps ~80 KB of chart code off the first load for readers who never scroll there.
 * The box keeps its height meanwhile, so nothing jumps when the chart appears.
 */
export function WhenVisible({ height, children, testId, className }: { height: number; children: React.ReactNode; testId?: string; className?: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [seen, setSeen] = useState(false);

  useEffect(() => {
    const node = box.current;
    if (!node || seen) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setSeen(true), {
      rootMargin: '400px 0px',
    });
    observer.observe(node);
    // Printing shows every chart, seen or not: mount now, before the browser lays out the pages.
    const print = () => flushSync(() => setSeen(true));
    window.addEventListener('beforeprint', print);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', print);
    };
  }, [seen]);

  return (
    <div ref={box} className={className} style={{ height }} data-testid={testId} data-ready={seen || undefined}>
      {seen ? children : null}
    </div>
  );
}
