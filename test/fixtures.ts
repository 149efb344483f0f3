// Small, hand-made records for unit tests: enough variety to exercise every aggregate, nothing real.
import { eventOf } from '../lib/data/events';
import type { Antenna, Change, ChipTable, Dataset, Factory, FactoryRecord, Gigafactories, Programme, Sector, Wave } from '../lib/data/schema';
import { EMPTY_FILTERS, type Filters } from '../lib/url/filters';
import { filteredView, type FilteredView } from '../lib/views/filtered';

export const sectors: Sector[] = [
  { slug: 'health', label: 'Health' },
  { slug: 'climate', label: 'Climate' },
  { slug: 'finance', label: 'Finance' },
  { slug: 'space', label: 'Space' },
];

const source = [{ url: 'https://example.org/source', title: 'Example source' }];

/**
 * A factory as the pages get it, with one source (`s1`) that states its selection date and machine.
 * `supercomputer.operationalFrom` follows the operation event unless the override sets it.
 */
export function factory(overrides: Partial<Factory> & Pick<Factory, 'id'>): Factory {
  const record: Omit<FactoryRecord, 'supercomputer'> & { supercomputer: Partial<Factory['supercomputer']> } = {
    name: `Factory ${overrides.id}`,
    host: 'Host centre',
    city: 'City',
    country: 'IT',
    location: { lat: 45, lon: 10 },
    wave: 1,
    selectedOn: '2024-12-10',
    partnerCountries: [],
    sectors: [],
    supercomputer: { name: 'Machine', kind: 'new' },
    funding: { totalEur: null, euEur: null, nationalEur: null },
    events: [],
    machines: [],
    serving: { status: 'not-stated', systems: [], sources: [] },
    services: [],
    url: 'https://example.org',
    urlKind: 'factory',
    access: [],
    sources: [{ id: 's1', ...source[0]! }],
    cite: { selectedOn: ['s1'], supercomputer: ['s1'] },
    checkedOn: '2026-11-26',
    ...overrides,
  };
  const { name = 'Machine', kind = 'new', operationalFrom = eventOf(record, 'operation')?.date ?? null } = record.supercomputer;
  return { ...record, supercomputer: { name, kind, operationalFrom } };
}

export const waves: Wave[] = [
  { id: 1, label: 'Wave 1', selectedOn: '2024-12-10', announcedEur: 1_500_000_000, euEur: 750_000_000, sources: source },
  { id: 2, label: 'Wave 2', selectedOn: '2025-03-12', announcedEur: 485_000_000, euEur: null, sources: source },
  { id: 3, label: 'Wave 3', selectedOn: '2025-10-10', announcedEur: null, announcedMinEur: 500_000_000, euEur: null, sources: source },
];

export const factories: Factory[] = [
  factory({
    id: 'alpha',
    name: 'Alpha AI Factory',
    city: 'Bologna',
    country: 'IT',
    partnerCountries: ['AT', 'SI'],
    sectors: ['health', 'climate'],
    supercomputer: { name: 'Leonardo', kind: 'upgrade', operationalFrom: '2025-06' },
    funding: { totalEur: 430_000_000, euEur: 215_000_000, nationalEur: 215_000_000 },
    events: [{ kind: 'operation', date: '2025-06', status: 'reported', sources: ['s1'] }],
    cite: {
      selectedOn: ['s1'],
      partnerCountries: ['s1'],
      sectors: ['s1'],
      supercomputer: ['s1'],
      'funding.totalEur': ['s1'],
      'funding.euEur': ['s1'],
      'funding.nationalEur': ['s1'],
    },
  }),
  factory({
    id: 'beta',
    name: 'Beta Factory',
    city: 'Linköping',
    country: 'SE',
    partnerCountries: [],
    sectors: ['health'],
    funding: { totalEur: 100_000_000, euEur: null, nationalEur: null },
    cite: { selectedOn: ['s1'], sectors: ['s1'], supercomputer: ['s1'], 'funding.totalEur': ['s1'] },
  }),
  factory({
    id: 'gamma',
    name: 'Gamma',
    city: 'Kajaani',
    country: 'FI',
    wave: 2,
    selectedOn: '2025-03-12',
    partnerCountries: ['IT', 'NO'],
    sectors: ['space'],
    supercomputer: { name: 'LUMI-AI', kind: 'new', operationalFrom: '2026' },
    events: [{ kind: 'operation', date: '2026', status: 'planned', sources: ['s1'] }],
    cite: { selectedOn: ['s1'], partnerCountries: ['s1'], sectors: ['s1'], supercomputer: ['s1'] },
  }),
];

export const antennas: Antenna[] = [
  {
    id: 'antenna-mt',
    country: 'MT',
    name: null,
    host: null,
    city: null,
    location: null,
    factoryIds: ['alpha'],
    announcedOn: '2025-10-13',
    euEur: null,
    sources: source,
    checkedOn: '2026-11-24',
  },
  {
    id: 'antenna-is',
    country: 'IS',
    name: null,
    host: null,
    city: null,
    location: null,
    factoryIds: ['gamma'],
    announcedOn: '2025-10-13',
    euEur: null,
    sources: source,
    checkedOn: '2026-11-24',
  },
  {
    id: 'antenna-be',
    country: 'BE',
    name: null,
    host: null,
    city: null,
    location: null,
    factoryIds: [],
    announcedOn: '2025-10-13',
    euEur: null,
    sources: source,
    checkedOn: '2026-11-24',
  },
];

export const programme: Programme = {
  label: 'AI Factories and Antennas',
  committedEur: null,
  committedMinEur: 2_600_000_000,
  statedOn: '2025-10-10',
  sources: [{ url: 'https://example.org/programme', title: 'Programme source' }],
  access: [{ label: 'Access calls', url: 'https://example.org/access', sources: source }],
};

export const gigafactories: Gigafactories = {
  status: { stage: 'no-call' },
  events: [{ date: '2026-01-16', summary: 'A regulation.', source: source[0]! }],
};

export const changes: Change[] = [
  { date: '2024-12-10', summary: 'Wave 1 selected.', ids: ['wave-1', 'alpha', 'beta'], source: 'https://example.org/w1' },
  { date: '2025-03-12', summary: 'Wave 2 selected.', ids: ['wave-2', 'gamma'], source: 'https://example.org/w2' },
  { date: '2025-10-13', summary: 'Antennas selected.', ids: ['antenna-mt', 'antenna-is', 'antenna-be'], source: 'https://example.org/a' },
  { date: '2026-11-26', summary: 'Programme figure stored.', ids: ['programme'], source: 'https://example.org/p' },
];

/** A small chip table: the H100 reference, a chip with both figures and one with an 8-bit figure only. */
export const chips: ChipTable = {
  reference: 'nvidia-h100-sxm',
  method: 'Dense 16-bit performance relative to the H100 SXM, 8-bit where no 16-bit figure is stated.',
  methodSources: source,
  chips: [
    { id: 'nvidia-h100-sxm', vendor: 'NVIDIA', name: 'H100 SXM', denseTflops: { fp16: 1000, fp8: 2000 }, sources: source },
    { id: 'double', vendor: 'Vendor', name: 'Twice an H100', denseTflops: { fp16: 2000, fp8: 4000 }, sources: source },
    { id: 'eight-bit', vendor: 'Vendor', name: 'FP8 only', denseTflops: { fp16: null, fp8: 3000 }, sources: source },
  ],
};

export const dataset: Dataset = { asOf: '2026-07-02', programme, waves, factories, antennas, gigafactories, changes, sectors, chips };

/** The fixtures' dataset through the filters, as a page shows it. */
export function view(filters: Partial<Filters> = {}, data: Dataset = dataset): FilteredView {
  return filteredView(data, { ...EMPTY_FILTERS, ...filters });
}

/** A machine for the time fixtures: only what the as-of view and the plans figure read is set. */
function machine(id: string, steps: Factory['machines'][number]['steps']): Factory['machines'][number] {
  return { id, name: id.toUpperCase(), kind: 'new', vendor: null, integrator: null, accelerators: [], aiPerformance: [], hpl: null, powerMw: null, costEur: null, status: 'planned', steps, cite: {} };
}

/**
 * The fixtures with plan histories, for the network in time: `alpha`'s machine planned for 2025-03, then 2025-05,
 * reported in 2025-06; `gamma`'s planned for 2025, moved to 2026 (still planned); a wave-3 factory `delta` (ES,
 * selected 2025-10-10) whose launch was planned for 2026-02 and is overdue by the check date, and whose machine is
 * planned for 2028.
 */
const timeFactories: Factory[] = [
  {
    ...factories[0]!,
    sources: [...factories[0]!.sources, { id: 's2', url: 'https://example.org/revised', title: 'Revision' }],
    machines: [
      machine('alpha-m', [
        { kind: 'contract', date: '2024-11', status: 'reported', sources: ['s1'] },
        {
          kind: 'operation',
          date: '2025-06',
          status: 'reported',
          sources: ['s1'],
          plans: [
            { date: '2025-03', announcedOn: '2024-12-10', sources: ['s1'] },
            { date: '2025-05', announcedOn: '2025-02', sources: ['s2'] },
          ],
        },
      ]),
    ],
  },
  factories[1]!,
  {
    ...factories[2]!,
    events: [{ kind: 'operation', date: '2026', status: 'planned', sources: ['s1'], plans: [{ date: '2025', announcedOn: '2025-03-12', sources: ['s1'] }, { date: '2026', announcedOn: '2025-09', sources: ['s1'] }] }],
    machines: [
      machine('gamma-m', [
        { kind: 'operation', date: '2026', status: 'planned', sources: ['s1'], plans: [{ date: '2025', announcedOn: '2025-03-12', sources: ['s1'] }, { date: '2026', announcedOn: '2025-09', sources: ['s1'] }] },
      ]),
    ],
  },
  factory({
    id: 'delta',
    name: 'Delta',
    country: 'ES',
    wave: 3,
    selectedOn: '2025-10-10',
    sectors: ['finance'],
    funding: { totalEur: 50_000_000, euEur: null, nationalEur: null },
    events: [{ kind: 'launch', date: '2026-02', status: 'planned', sources: ['s1'], plans: [{ date: '2026-02', announcedOn: '2025-10-10', sources: ['s1'] }] }],
    machines: [machine('delta-m', [{ kind: 'operation', date: '2028', status: 'planned', sources: ['s1'], plans: [{ date: '2028', announcedOn: '2025-10-10', sources: ['s1'] }] }])],
  }),
];

export const timeDataset: Dataset = { ...dataset, factories: timeFactories };
