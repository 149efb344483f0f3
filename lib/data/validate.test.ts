import { describe, expect, it } from 'vitest';
import { DatasetError, formatPath, validateDataset, validateSectors } from './validate';
import { antennas, changes, factories, gigafactories, programme, sectors, waves } from '../../test/fixtures';

const good = () => structuredClone({ asOf: '2025-10-13', programme, waves, factories, antennas, gigafactories, changes });

function problemsOf(raw: unknown): string[] {
  try {
    validateDataset(raw, sectors, 'fixture.json');
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
    const data = validateDataset(good(), sectors);
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
    expect(() => validateDataset(raw, sectors, 'fixture.json')).toThrow(/Invalid data in fixture\.json \(3 problems\)/);
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
    raw.factories[0]!.sources = [{ url: 'javascript:alert(1)', title: 'x' }];
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
