import { describe, expect, it } from 'vitest';
import { DatasetError, formatPath, validateChips, validateDataset, validateSectors } from './validate';
import type { Factory } from './schema';
import { antennas, changes, chips, factories, gigafactories, programme, sectors, waves } from '../../test/fixtures';

const good = () => structuredClone({ asOf: '2026-11-26', programme, waves, factories, antennas, gigafactories, changes });

function problemsOf(raw: unknown): string[] {
  try {
    validateDataset(raw, { sectors, chips }, 'fixture.json');
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    return (error as DatasetError).problems;
  }
  throw new Error('expected the dataset to be rejected');
}

describe('validateDataset: changes and programme', () => {
  it('names a change without a date or summary by its path', () => {
    const raw = good();
    delete (raw.changes[2] as Partial<(typeof raw.changes)[number]>).date;
    raw.changes[1]!.summary = ' ';
    expect(problemsOf(raw)).toEqual([
      'changes[1].summary: expected a non-empty string',
      'changes[2].date: expected string, received undefined',
    ]);
  });

  it('rejects a change whose id names no record', () => {
    const raw = good();
    raw.changes[0]!.ids = ['wave-1', 'alpah', 'wave-9'];
    expect(problemsOf(raw)).toEqual([
      'changes[0].ids[1]: no factory, antenna, wave or programme entry with id "alpah"',
      'changes[0].ids[2]: no factory, antenna, wave or programme entry with id "wave-9"',
    ]);
  });

  it('rejects two changes with the same date and ids (their feed entries would share an id)', () => {
    const raw = good();
    raw.changes.push({ ...raw.changes[3]!, summary: 'Again.' });
    expect(problemsOf(raw)).toEqual(['changes[4]: another change has the same date and ids (2026-11-26:programme); merge them']);
  });

  it('requires the programme figure, exact or as a lower bound, and its source', () => {
    const raw = good();
    delete raw.programme.committedMinEur;
    raw.programme.sources = [];
    expect(problemsOf(raw)).toEqual(['programme.sources: expected at least one source']);
    raw.programme.sources = programme.sources;
    expect(problemsOf(raw)).toEqual(['programme: expected committedEur or committedMinEur']);
  });
});

describe('validateDataset', () => {
  it('accepts a good dataset and attaches the sectors', () => {
    const data = validateDataset(good(), { sectors, chips });
    expect(data.factories).toHaveLength(3);
    expect(data.sectors).toEqual(sectors);
  });

  it('names the record and field of a wrong type', () => {
    const raw = good();
    (raw.factories[2]!.funding as Record<string, unknown>).euEur = '1,2';
    expect(problemsOf(raw)).toEqual(['factories[2].funding.euEur: expected number, received string']);
  });

  it('lists every problem at once, and the message names the file', () => {
    const raw = good() as Record<string, unknown> & ReturnType<typeof good>;
    (raw.factories[0] as Record<string, unknown>).name = '';
    (raw.factories[1] as Record<string, unknown>).selectedOn = '2024-13-45';
    delete (raw.factories[2] as Record<string, unknown>).sources;
    const problems = problemsOf(raw);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^factories\[0\]\.name: /);
    expect(problems[1]).toMatch(/^factories\[1\]\.selectedOn: /);
    expect(problems[2]).toMatch(/^factories\[2\]\.sources: /);
    expect(() => validateDataset(raw, { sectors, chips }, 'fixture.json')).toThrow(/Invalid data in fixture\.json \(3 problems\)/);
  });

  it('rejects duplicate ids', () => {
    const raw = good();
    raw.factories[1]!.id = 'alpha';
    raw.changes[0]!.ids = ['wave-1', 'alpha'];
    expect(problemsOf(raw)).toEqual(['factories[1].id: duplicate id "alpha"']);
  });

  it('rejects unknown country codes', () => {
    const raw = good();
    raw.factories[1]!.partnerCountries = ['XX'];
    raw.factories[0]!.country = 'EU';
    const problems = problemsOf(raw);
    expect(problems).toContain('factories[0].country: unknown country code "EU"');
    expect(problems).toContain('factories[1].partnerCountries[0]: unknown country code "XX"');
  });

  it('rejects unknown sector slugs', () => {
    const raw = good();
    raw.factories[1]!.sectors = ['health', 'cooking'];
    expect(problemsOf(raw)).toEqual(['factories[1].sectors[1]: unknown sector slug "cooking"']);
  });

  it('rejects a host listed among its own partners', () => {
    const raw = good();
    raw.factories[0]!.partnerCountries = ['AT', 'IT'];
    expect(problemsOf(raw)).toEqual(['factories[0].partnerCountries[1]: host country IT listed as its own partner']);
  });

  it('rejects EU plus national money above the total', () => {
    const raw = good();
    raw.factories[0]!.funding = { totalEur: 100, euEur: 60, nationalEur: 50 };
    expect(problemsOf(raw)).toEqual(['factories[0].funding: euEur + nationalEur (110) exceeds totalEur (100)']);
  });

  it('rejects a lower bound beside an exact wave total', () => {
    const raw = good();
    raw.waves[0]!.announcedMinEur = 1;
    expect(problemsOf(raw)).toEqual(['waves[0].announcedMinEur: only for a wave whose announcedEur is null (an exact total was given)']);
  });

  it('rejects a fractional or negative amount', () => {
    const raw = good();
    raw.factories[0]!.funding = { totalEur: 1.5, euEur: -1, nationalEur: null };
    const problems = problemsOf(raw);
    expect(problems.some((p) => p.startsWith('factories[0].funding.totalEur: '))).toBe(true);
    expect(problems.some((p) => p.startsWith('factories[0].funding.euEur: '))).toBe(true);
  });

  it('rejects a wave that does not exist and an antenna linked to no known factory', () => {
    const raw = good();
    raw.factories[0]!.wave = 9;
    raw.antennas[0]!.factoryIds = ['nope'];
    expect(problemsOf(raw)).toEqual([
      'factories[0].wave: no wave with id 9',
      'antennas[0].factoryIds[0]: no factory with id "nope"',
    ]);
  });

  it('rejects a source that is not an http(s) URL', () => {
    const raw = good();
    raw.factories[0]!.sources = [{ id: 's1', url: 'javascript:alert(1)', title: 'x' }];
    expect(problemsOf(raw)[0]).toMatch(/^factories\[0\]\.sources\[0\]\.url: /);
  });

  it('rejects a file that is not an object', () => {
    expect(problemsOf([1, 2])[0]).toMatch(/^\(root\): expected object/);
  });
});

describe('validateSectors', () => {
  it('rejects duplicate and malformed slugs', () => {
    expect(() => validateSectors([{ slug: 'a', label: 'A' }, { slug: 'a', label: 'B' }])).toThrow(
      'sectors[1].slug: duplicate slug "a"',
    );
    expect(() => validateSectors([{ slug: 'Not A Slug', label: 'A' }])).toThrow(/sectors\[0\]\.slug: expected a kebab-case slug/);
  });
});

describe('formatPath', () => {
  it('joins keys and indices', () => {
    expect(formatPath(['factories', 2, 'funding', 'euEur'])).toBe('factories[2].funding.euEur');
    expect(formatPath([])).toBe('');
  });
});

describe('validateDataset: per-figure sources, events and the check date', () => {
  /** The fixtures with a fourth factory, so a problem can sit at factories[3]. */
  const four = () => {
    const raw = good();
    raw.factories.push({ ...structuredClone(raw.factories[0]!), id: 'delta' });
    return raw;
  };

  it('fails a figure without a source, naming the record and field', () => {
    const raw = four();
    delete raw.factories[3]!.cite['funding.euEur'];
    expect(problemsOf(raw)).toEqual(['factories[3].funding.euEur: no source']);
  });

  it('gives the views the operation date as supercomputer.operationalFrom', () => {
    const data = validateDataset(good(), { sectors, chips });
    expect(data.factories.map((f) => f.supercomputer.operationalFrom)).toEqual(['2025-06', null, '2026']);
  });

  it('rejects two events of a kind, a report dated after the check, and an event source the record lacks', () => {
    const raw = good();
    raw.factories[2]!.events = [
      { kind: 'operation', date: '2026', status: 'planned', sources: ['s1'] },
      { kind: 'operation', date: '2027', status: 'planned', sources: ['s1'] },
      { kind: 'launch', date: '2026-12', status: 'reported', sources: ['nope'] },
    ];
    expect(problemsOf(raw)).toEqual([
      'factories[2].events[1].kind: a second "operation" event; keep only the newest claim',
      'factories[2].events[2].date: reported for 2026-12, after the record was checked (2026-11-26)',
      'factories[2].events[2].sources[0]: no source with id "nope"',
    ]);
  });

  it('keeps asOf the day of the last check: no record checked and no change made after it', () => {
    const raw = good();
    raw.asOf = '2026-11-25';
    expect(problemsOf(raw)).toEqual([
      'factories[0].checkedOn: 2026-11-26 is after asOf (2026-11-25)',
      'factories[1].checkedOn: 2026-11-26 is after asOf (2026-11-25)',
      'factories[2].checkedOn: 2026-11-26 is after asOf (2026-11-25)',
      'changes[3].date: 2026-11-26 is after asOf (2026-11-25); asOf is the day the data was last checked',
    ]);
  });

  it('requires the date a gigafactory call opened', () => {
    const raw = good() as unknown as { gigafactories: { status: Record<string, unknown> } };
    raw.gigafactories.status = { stage: 'call-launched' };
    expect(problemsOf(raw)).toEqual(['gigafactories.status.on: expected string, received undefined']);
  });
});

describe('validateDataset: machines, their steps, serving and the chip table', () => {
  /** A contracted machine at factories[1] (beta), every figure cited, with an estimate-ready accelerator. */
  const withMachine = () => {
    const raw = good();
    const beta = raw.factories[1]!;
    beta.machines = [
      {
        id: 'beta-one',
        name: 'One',
        kind: 'upgrade',
        upgradeOf: 'Zero',
        vendor: 'Vendor',
        integrator: null,
        accelerators: [{ model: 'Double GPU', chip: 'double', count: 100, countQualifier: 'at-least', sources: ['s1'] }],
        aiPerformance: [{ value: 1, unit: 'EFLOPS', precision: 'FP8', sparsity: null, qualifier: 'exact', sources: ['s1'] }],
        hpl: null,
        powerMw: 2,
        costEur: 1_000_000,
        status: 'contracted',
        steps: [
          { kind: 'contract', date: '2026-04-21', status: 'reported', sources: ['s1'] },
          {
            kind: 'operation',
            date: '2027',
            status: 'planned',
            sources: ['s1'],
            plans: [
              { date: '2026', announcedOn: '2025-03', sources: ['s1'] },
              { date: '2027', announcedOn: '2026-04-21', sources: ['s1'] },
            ],
          },
        ],
        cite: { name: ['s1'], kind: ['s1'], upgradeOf: ['s1'], vendor: ['s1'], powerMw: ['s1'], costEur: ['s1'] },
      },
    ];
    beta.serving = { status: 'serving', systems: [{ name: 'Zero' }], sources: ['s1'] };
    return raw;
  };

  it('accepts a sourced machine, its plan history and a serving statement, and attaches the chip table', () => {
    const data = validateDataset(withMachine(), { sectors, chips });
    expect(data.factories[1]!.machines[0]!.steps[1]!.plans).toHaveLength(2);
    expect(data.chips.reference).toBe('nvidia-h100-sxm');
  });

  it('fails a machine figure without a source, naming the record and field', () => {
    const raw = withMachine();
    delete raw.factories[1]!.machines[0]!.cite.vendor;
    raw.factories[1]!.machines[0]!.accelerators[0]!.sources = [];
    expect(problemsOf(raw)).toEqual([
      'factories[1].machines[0].accelerators[0].sources: expected at least one source id',
    ]);
    raw.factories[1]!.machines[0]!.accelerators[0]!.sources = ['s1'];
    expect(problemsOf(raw)).toEqual(['factories[1].machines[0].vendor: no source']);
  });

  it('fails a performance figure without its precision', () => {
    const raw = withMachine();
    delete (raw.factories[1]!.machines[0]!.aiPerformance[0] as Partial<Factory['machines'][number]['aiPerformance'][number]>).precision;
    expect(problemsOf(raw)).toEqual([
      'factories[1].machines[0].aiPerformance[0].precision: a performance figure needs its precision, as the source states it: FP4, FP6, FP8, INT8, FP16, BF16, TF32, FP32, FP64',
    ]);
  });

  it('fails an H100-equivalent estimate for a chip not in the chip table', () => {
    const raw = withMachine();
    raw.factories[1]!.machines[0]!.accelerators[0]!.chip = 'nvidia-gb900';
    expect(problemsOf(raw)).toEqual([
      'factories[1].machines[0].accelerators[0].chip: "nvidia-gb900" is not in the chip table (data/chips.json); an H100-equivalent estimate needs its datasheet figures',
    ]);
  });

  it('fails a status its steps contradict, a second step of a kind, and a planned date that is not the newest plan', () => {
    const raw = withMachine();
    const m = raw.factories[1]!.machines[0]!;
    m.status = 'operating';
    m.steps[1]!.date = '2026';
    m.steps.push({ kind: 'contract', date: '2026-05', status: 'planned', sources: ['s1'] });
    expect(problemsOf(raw)).toEqual([
      'factories[1].machines[0].steps[1].date: planned for 2026, but the newest plan says 2027',
      'factories[1].machines[0].steps[2].kind: a second "contract" step; keep one and its plan history',
      'factories[1].machines[0].status: "operating", but its reported steps make it "contracted"',
    ]);
  });

  it('fails plans out of order or announced after the check, on factory events too', () => {
    const raw = withMachine();
    raw.factories[1]!.events = [
      {
        kind: 'launch',
        date: '2026-03',
        status: 'planned',
        sources: ['s1'],
        plans: [
          { date: '2025-12', announcedOn: '2025-06', sources: ['s1'] },
          { date: '2026-03', announcedOn: '2025-01', sources: ['s1'] },
          { date: '2026-03', announcedOn: '2026-12-01', sources: ['nope'] },
        ],
      },
    ];
    expect(problemsOf(raw)).toEqual([
      'factories[1].events[0].plans[1].announcedOn: 2025-01 is before the plan above it (2025-06); list plans oldest first',
      'factories[1].events[0].plans[2].sources[0]: no source with id "nope"',
      'factories[1].events[0].plans[2].announcedOn: 2026-12-01 is after the record was checked (2026-11-26)',
    ]);
  });

  it('requires an upgrade to name what it upgrades, and unique machine ids across records', () => {
    const raw = withMachine();
    const copy = structuredClone(raw.factories[1]!.machines[0]!);
    delete copy.upgradeOf;
    delete copy.cite.upgradeOf;
    raw.factories[2]!.machines = [copy];
    expect(problemsOf(raw)).toEqual([
      'factories[2].machines[0].id: duplicate machine id "beta-one"',
      'factories[2].machines[0].upgradeOf: an upgrade names the system it upgrades',
    ]);
  });

  it('requires a source for serving and not-yet, a system for serving, and an operating machine to serve on', () => {
    const raw = withMachine();
    raw.factories[1]!.serving = { status: 'serving', systems: [{ name: 'One', machineId: 'beta-one' }], sources: [] };
    raw.factories[2]!.serving = { status: 'not-stated', systems: [{ name: 'X' }], sources: ['s1'] };
    expect(problemsOf(raw)).toEqual([
      'factories[1].serving.sources: "serving" needs the source that says so',
      'factories[1].serving.systems[0].machineId: "beta-one" is contracted, not operating',
      'factories[2].serving.systems: "not-stated" names no system',
      'factories[2].serving.sources: "not-stated" cites no source; say what a source states instead',
    ]);
  });
});

describe('validateChips', () => {
  it('accepts the table, and rejects a duplicate id, a chip without figures and a missing reference', () => {
    expect(validateChips(structuredClone(chips)).chips).toHaveLength(3);
    const raw = structuredClone(chips);
    raw.reference = 'nvidia-a100';
    raw.chips.push({ ...raw.chips[1]!, denseTflops: { fp16: null, fp8: null } });
    expect(() => validateChips(raw)).toThrow(
      /chips\[3\]\.id: duplicate chip id "double"\n.*chips\[3\]\.denseTflops: a chip in the table needs its dense FP16 or FP8 figure\n.*reference: no chip with id "nvidia-a100"/,
    );
  });
});
