'use client';

import dynamic from 'next/dynamic';

// Each recharts chart in its own lazily loaded chunk (see WhenVisible): the server could not draw them anyway.
export const CountryBars = dynamic(() => import('./country-bars').then((m) => m.CountryBars), { ssr: false });
export const SectorBars = dynamic(() => import('./sector-bars').then((m) => m.SectorBars), { ssr: false });
export const FactoryFundingBars = dynamic(() => import('./funding-charts').then((m) => m.FactoryFundingBars), { ssr: false });
export const WaveFundingBars = dynamic(() => import('./funding-charts').then((m) => m.WaveFundingBars), { ssr: false });
