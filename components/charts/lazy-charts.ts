'use client';

import { lazy } from 'react';

// The recharts drawing in a lazily loaded chunk (see WhenVisible): the server could not draw it anyway. React's own
// lazy, not next/dynamic, so the caller's Suspense boundary decides what shows while the chunk loads.
export const ModelBars = lazy(() => import('./model-bars').then((m) => ({ default: m.ModelBars })));
