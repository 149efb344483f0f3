'use client';
// Each embed's body in a chunk of its own: /embed/[view] is one route, so bodies imported plainly would all load in
// every embed (the table's TanStack Table in the map's iframe, the key figures' compute model in all the others).
// Rendered on the server as before; the browser loads only the chunk of the body the page shows.
import dynamic from 'next/dynamic';

export const EmbedCountries = dynamic(() => import('./embed-countries').then((m) => m.EmbedCountries));
export const EmbedMap = dynamic(() => import('./embed-countries').then((m) => m.EmbedMap));
export const EmbedSectors = dynamic(() => import('./embed-sectors').then((m) => m.EmbedSectors));
export const EmbedFunding = dynamic(() => import('./embed-funding').then((m) => m.EmbedFunding));
export const EmbedCompute = dynamic(() => import('./embed-compute').then((m) => m.EmbedCompute));
export const EmbedPlans = dynamic(() => import('./embed-plans').then((m) => m.EmbedPlans));
export const EmbedTimeline = dynamic(() => import('./embed-timeline').then((m) => m.EmbedTimeline));
export const FactoryTable = dynamic(() => import('@/components/table/factory-table').then((m) => m.FactoryTable));
