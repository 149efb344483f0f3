import { describe, expect, it } from 'vitest';
import { dataset, factory } from '../../test/fixtures';
import type { Dataset } from '../data/schema';
import { factoryModel } from './factory';

const s = (id: string) => ({ id, url: `https://example.org/${id}`, title: id, accessed: '2026-01-01' });

/** A record with three sources, cited out of order, a derived total, two events, an access route and a dispute. */
const cited = factory({
  id: 'cited',
  wave: 2,
  sectors: ['health', 'space'],
  funding: { totalEur: 200, euEur: 100, nationalEur: 100 },
  sources: [s('a'), s('b'), s('c')],
  cite: {
    selectedOn: ['c', 'a'],
    supercomputer: ['b'],
    'funding.euEur': ['c'],
    'funding.nationalEur': { derived: 'half', of: ['funding.euEur'], sources: ['a'] },
    'funding.totalEur': { derived: 'sum', of: ['funding.euEur', 'funding.nationalEur'] },
  },
  events: [
    { kind: 'operation', date: '2025', status: 'planned', sources: ['c', 'b'] },
    { kind: 'launch', date: '2025-03', status: 'reported', sources: ['a'], note: 'inaugurated' },
  ],
  access: [{ kind: 'apply', url: 'https://example.org/apply', sources: ['b', 'a'] }],
  serving: { status: 'serving', systems: [{ name: 'LUMI' }], sources: ['c', 'b'] },
  disputes: [{ about: 'funding.totalEur', note: 'Two totals', sources: ['c', 'a'] }],
  checkedOn: '2026-01-01',
});
const data: Dataset = { ...dataset, factories: [...dataset.factories, cited] };

describe('factoryModel', () => {
  const model = factoryModel(data, 'cited')!;

  it('is null for an id the dataset does not hold', () => {
    expect(factoryModel(data, 'nowhere')).toBeNull();
  });

  it('numbers each cited fact’s sources by their place in the record, and says what a derived one follows from', () => {
    expect(model.cited.selectedOn).toEqual({ numbers: [1, 3] });
    expect(model.cited.supercomputer).toEqual({ numbers: [2] });
    expect(model.cited['funding.nationalEur']).toEqual({ numbers: [1, 3], derived: { kind: 'half', of: ['funding.euEur'] } });
    expect(model.cited['funding.totalEur']).toEqual({ numbers: [1, 3], derived: { kind: 'sum', of: ['funding.euEur', 'funding.nationalEur'] } });
    expect(model.cited.partnerCountries).toBeUndefined();
  });

  it('gives each dated step its status, its overdue flag and its sources’ numbers', () => {
    expect(model.events.launch).toMatchObject({ event: { status: 'reported', note: 'inaugurated', overdue: false }, numbers: [1] });
    expect(model.events.operation).toMatchObject({ event: { status: 'planned', overdue: true }, numbers: [2, 3] });
    expect(factoryModel(data, 'beta')!.events).toEqual({ launch: null, operation: null });
  });

  it('says whether it serves users now, with its sources’ numbers', () => {
    expect(model.serving).toMatchObject({ status: 'serving', systems: [{ name: 'LUMI' }], numbers: [2, 3] });
    expect(factoryModel(data, 'beta')!.serving).toMatchObject({ status: 'not-stated', numbers: [] });
  });

  it('numbers the sources of access routes and disputes the same way', () => {
    expect(model.access).toEqual([{ kind: 'apply', url: 'https://example.org/apply', numbers: [1, 2] }]);
    expect(model.disputes).toEqual([{ key: 'funding.totalEur-Two totals', note: 'Two totals', numbers: [1, 3] }]);
  });

  it('links to the dashboard filtered to its wave and to each sector', () => {
    expect(model.waveHref).toBe('/?wave=2');
    expect(model.sectorHrefs).toEqual([
      { slug: 'health', href: '/?sector=health' },
      { slug: 'space', href: '/?sector=space' },
    ]);
    expect(model.waveKnown).toBe(true);
    expect(factoryModel({ ...data, waves: [] }, 'cited')!.waveKnown).toBe(false);
  });

  it('is stale when checked more than 90 days before the dataset’s date', () => {
    expect(model.stale).toBe(true);
    expect(factoryModel({ ...data, asOf: '2026-02-01' }, 'cited')!.stale).toBe(false);
  });

  it('places it among the others: antennas, rank on money, sector neighbours', () => {
    const alpha = factoryModel(data, 'alpha')!;
    expect(alpha.context.rank).toEqual({ disclosed: true, rank: 1, of: 3, tied: 1 });
    expect(alpha.context.neighbours.map((n) => n.id)).toEqual(['beta', 'cited']);
    expect(alpha.antennas.map((a) => a.id)).toEqual(alpha.context.antennaIds);
    expect(alpha.context.roles.IT).toBe('host');
  });
});
