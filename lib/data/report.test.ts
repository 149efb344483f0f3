import { describe, expect, it } from 'vitest';
import { dataReport, formatReport } from './report';
import { antennas, factory } from '../../test/fixtures';
import type { Factory } from './schema';

const factories = [
  factory({
    id: 'late',
    checkedOn: '2026-12-04',
    funding: { totalEur: 10, euEur: 5, nationalEur: 5 },
    sources: [
      { id: 's1', url: 'https://example.org/s1', title: 'One' },
      { id: 's2', url: 'https://example.org/s2', title: 'Two' },
    ],
    cite: {
      selectedOn: ['s1', 's2'],
      supercomputer: ['s1', 's2'],
      'funding.totalEur': ['s1', 's2'],
      'funding.euEur': { derived: 'half', of: ['funding.totalEur'], sources: ['s2'] },
      'funding.nationalEur': { derived: 'half', of: ['funding.totalEur'], sources: ['s1', 's2'] },
    },
    events: [
      { kind: 'launch', date: '2026-04', status: 'planned', sources: ['s2'] },
      { kind: 'operation', date: '2026', status: 'planned', sources: ['s1'] },
    ],
    disputes: [{ about: 'funding.totalEur', note: '10 against 12.', sources: ['s1', 's2'] }],
  }),
  factory({ id: 'old', checkedOn: '2026-08-01' }),
];

describe('dataReport', () => {
  const [overdue, unchecked, single, disputes] = dataReport({ factories, antennas }, '2027-01-02');

  it('lists planned dates passed by the day the report runs, and says which the page does not flag yet', () => {
    expect(overdue!.lines).toEqual([
      'late: launch planned for 2026-04, not reported as of 2026-12-04 [s2]',
      'late: operation planned for 2026, not reported as of 2026-12-04 [s1]; the page does not flag it yet: check the record again',
    ]);
  });

  it('lists records, antennas included, unchecked for more than 90 days', () => {
    expect(unchecked!.lines).toEqual(['old: last checked 2026-08-01']);
    const oldAntenna = { ...antennas[0]!, checkedOn: '2026-09-01' };
    expect(dataReport({ factories, antennas: [oldAntenna] }, '2027-01-02')[1]!.lines).toEqual([
      'old: last checked 2026-08-01',
      'antenna-mt: last checked 2026-09-01',
    ]);
    expect(dataReport({ factories, antennas }, '2026-10-15')[1]!.lines).toEqual([]);
  });

  it('lists figures resting on one source, a half on the word of one source included', () => {
    expect(single!.lines).toEqual(['late.funding.euEur: s2', 'old.selectedOn: s1', 'old.supercomputer: s1']);
  });

  it('lists the disagreements the records note', () => {
    expect(disputes!.lines).toEqual(['late.funding.totalEur: 10 against 12. [s1, s2]']);
  });

  it('prints each list with its count, and "none" for an empty one', () => {
    expect(formatReport([{ title: 'A', lines: ['x'] }, { title: 'B', lines: [] }])).toBe('A (1)\n  x\n\nB (0)\n  none');
  });
});

describe('dataReport: machines', () => {
  const machine = (over: Partial<Factory['machines'][number]>): Factory['machines'][number] => ({
    id: 'm',
    name: null,
    kind: 'new',
    vendor: null,
    integrator: null,
    accelerators: [],
    aiPerformance: [],
    hpl: null,
    powerMw: null,
    costEur: null,
    status: 'planned',
    steps: [],
    cite: {},
    ...over,
  });
  const records = [
    factory({
      id: 'counted',
      machines: [
        machine({
          id: 'counted-new',
          vendor: 'V',
          cite: { vendor: ['s1'] },
          accelerators: [{ model: 'GPU', chip: null, count: 10, countQualifier: 'exact', sources: ['s1'] }],
          steps: [
            {
              kind: 'operation',
              date: '2026',
              status: 'planned',
              sources: ['s1'],
              plans: [
                { date: '2025', announcedOn: '2024-06', sources: ['s1'] },
                { date: '2026', announcedOn: '2025-06', sources: ['s1'] },
              ],
            },
          ],
        }),
      ],
    }),
    factory({ id: 'bare', machines: [machine({ id: 'bare-new' })] }),
  ];
  const sections = dataReport({ factories: records, antennas: [] }, '2027-01-02');
  const section = (title: string) => sections.find((s) => s.title.startsWith(title))!.lines;

  it('lists factories whose machines have no count, performance or HPL', () => {
    expect(section('Factories with no capacity figure')).toEqual(['bare: 1 machine(s), no count, performance or HPL']);
  });

  it('lists machine steps planned for a passed date, with the plan they were first announced with', () => {
    expect(section('Machine steps planned')).toEqual([
      'counted-new: operation planned for 2026 (first planned for 2025, announced 2024-06), not reported as of 2026-11-26 [s1]',
    ]);
  });

  it('lists machine figures resting on one source', () => {
    expect(section('Figures with one source only')).toEqual(
      expect.arrayContaining(['counted-new.vendor: s1', 'counted-new.accelerators[0]: s1']),
    );
  });
});
