'use client';

import dynamic from 'next/dynamic';

// The recharts drawing in a lazily loaded chunk (see WhenVisible): the server could not draw it anyway.
export const ModelBars = dynamic(() => import('./model-bars').then((m) => m.ModelBars), { ssr: false });
