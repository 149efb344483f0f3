// What the dashboard's figures should say, computed here from the data file alone: no model, no formatter of the
// app's. The spec reads the page's figures back into numbers and holds them to these, so a model that drops a
// factory, counts a partner twice or sums the wrong money fails, however many surfaces agree with it.
import { readFileSync } from 'node:fs';

interface Money {
  totalEur: number | null;
}
interface Data {
  programme: { committedEur: number | null; committedMinEur: number | null };
  waves: { id: number; announcedEur: number | null; announcedMinEur?: number | null }[];
  factories: {
    id: string;
    name: string;
    acronym?: string;
    host: string;
    city: string;
    country: string;
    wave: number;
    selectedOn: string;
    partnerCountries: string[];
    sectors: string[];
    supercomputer: { name: string };
    funding: Money;
  }[];
}

const DATA = JSON.parse(readFileSync('data/ai-factories.json', 'utf8')) as Data;

/** An amount as the page prints it: `€485 m`, `over €2.6 bn`, or null for "not disclosed". */
export interface Amount {
  eur: number | null;
  over: boolean;
}

/** The factories a query shows, as docs/architecture.md states the filters: AND across kinds, a country as host or partner. */
export function shownFactories(query: string) {
  const params = new URLSearchParams(query);
  const list = (key: string) => params.get(key)?.split(',') ?? [];
  const words = (params.get('q') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  // ?at=YYYY-MM: the factories selected by the end of that month.
  const at = params.get('at');
  return DATA.factories.filter(
    (f) =>
      (!at || f.selectedOn.slice(0, 7) <= at) &&
      (!list('wave').length || list('wave').includes(String(f.wave))) &&
      (!list('country').length || [f.country, ...f.partnerCountries].some((c) => list('country').includes(c))) &&
      (!list('sector').length || f.sectors.some((s) => list('sector').includes(s))) &&
      words.every((w) => [f.name, f.acronym ?? '', f.host, f.city, f.supercomputer.name].join(' ').toLowerCase().includes(w)),
  );
}

const count = (keys: string[]) => {
  const counts: Record<string, number> = {};
  for (const k of keys) counts[k] = (counts[k] ?? 0) + 1;
  return counts;
};

/** Each bar chart of the dashboard, by its test id: bar key → the figure it should show. */
export function expectedBars(query: string): Record<string, Record<string, number | Amount>> {
  const shown = shownFactories(query);
  const waves = DATA.waves.filter((w) => shown.some((f) => f.wave === w.id));
  return {
    'country-bars': count(shown.flatMap((f) => [f.country, ...f.partnerCountries])),
    'sector-bars': count(shown.flatMap((f) => f.sectors)),
    'funding-bars': Object.fromEntries(shown.map((f) => [f.id, { eur: f.funding.totalEur, over: false }])),
    'wave-bars': Object.fromEntries(waves.map((w) => [w.id, { eur: w.announcedEur ?? w.announcedMinEur ?? null, over: w.announcedEur === null }])),
  };
}

/** The headline money: the programme's commitment unfiltered, the waves' announcements for a wave filter alone, else the disclosed per-factory sum. */
export function expectedInvestment(query: string): Amount {
  const params = new URLSearchParams(query);
  const keys = [...params.keys()];
  if (!keys.length) return { eur: DATA.programme.committedEur ?? DATA.programme.committedMinEur, over: DATA.programme.committedEur === null };
  if (keys.every((k) => k === 'wave')) {
    const waves = DATA.waves.filter((w) => params.get('wave')!.split(',').includes(String(w.id)));
    return { eur: waves.reduce((sum, w) => sum + (w.announcedEur ?? w.announcedMinEur ?? 0), 0), over: waves.some((w) => w.announcedEur === null) };
  }
  return perFactorySum(query);
}

/** The disclosed per-factory totals of the shown factories, summed; null when none is disclosed. */
export function perFactorySum(query: string): Amount & { disclosed: number; shown: number } {
  const shown = shownFactories(query);
  const disclosed = shown.filter((f) => f.funding.totalEur !== null);
  return { eur: disclosed.length ? disclosed.reduce((sum, f) => sum + f.funding.totalEur!, 0) : null, over: false, disclosed: disclosed.length, shown: shown.length };
}

const UNITS: Record<string, number> = { bn: 1e9, m: 1e6, k: 1e3, '': 1 };

/** Reads an English amount back: `over €2.6 bn` → 2.6e9 with `over`, with the precision the text gives. */
function readAmount(text: string): Amount & { precision: number } {
  if (/^not disclosed$/.test(text.trim())) return { eur: null, over: false, precision: 0 };
  const match = /^(over )?€([\d,]+(?:\.(\d+))?)\s?(bn|m|k|)$/.exec(text.trim());
  if (!match) throw new Error(`not an amount: ${JSON.stringify(text)}`);
  const [, over, digits, decimals = '', unit = ''] = match;
  const scale = UNITS[unit]!;
  return { eur: Number(digits!.replace(/,/g, '')) * scale, over: Boolean(over), precision: (scale / 10 ** decimals.length) / 2 };
}

/** True when the text shows the amount, to the precision it is printed with. */
export function shows(text: string, amount: Amount): boolean {
  const read = readAmount(text);
  if (read.eur === null || amount.eur === null) return read.eur === amount.eur;
  return read.over === amount.over && Math.abs(read.eur - amount.eur) <= read.precision + 1e-6;
}
