import { describe, expect, it } from 'vitest';
import { antennas, factories, factory, view } from '../../test/fixtures';
import { say } from '../../test/i18n';
import { countriesModel, countryRoles, countryRows } from './countries';

describe('countryRows', () => {
  it('counts host, partner and antenna roles per country, most involved first', () => {
    const rows = countryRows(factories, antennas);
    expect(rows.find((r) => r.country === 'IT')).toEqual({ country: 'IT', hosted: 1, partnerIn: 1, antennas: 0, factoryIds: ['alpha', 'gamma'] });
    expect(rows.find((r) => r.country === 'MT')).toMatchObject({ hosted: 0, partnerIn: 0, antennas: 1 });
    expect(rows[0]?.country).toBe('IT');
    expect(rows).toHaveLength(9); // IT SE FI AT SI NO MT IS BE
  });
});

describe('countryRoles', () => {
  it('keeps the strongest role: host over partner over antenna', () => {
    const roles = countryRoles(factories, [...antennas, { ...antennas[0]!, id: 'x', country: 'IT' }]);
    expect(roles.IT).toBe('host');
    expect(roles.NO).toBe('partner');
    expect(roles.MT).toBe('antenna');
  });
});

describe('countriesModel', () => {
  it('counts each role once, bars hosted and joined per country, antenna-only countries without a bar', () => {
    const model = countriesModel(view());
    expect(model.roleCounts).toEqual({ host: 3, partner: 3, antenna: 3 });
    expect(model.bars.legend).toEqual(['host', 'partner']);
    expect(model.bars.rows.map((r) => r.key)).toEqual(['IT', 'FI', 'SE', 'AT', 'NO', 'SI']);
    expect(model.bars.rows[0]).toEqual({
      key: 'IT',
      label: { country: 'IT' },
      total: 2,
      segments: [
        { series: 'host', value: 1 },
        { series: 'partner', value: 1 },
      ],
    });
  });
  it('says how many countries host, join and hold antennas', () => {
    expect(say(countriesModel(view()).takeaway)).toBe(
      '3 countries host a factory, 3 more join consortia as partners and 3 more take part through AI Factory Antennas.',
    );
  });
  it('names the countries hosting the most, after a colon, with the count for each', () => {
    const two = { ...view(), factories: [...factories, factory({ id: 'delta', country: 'IT' })] };
    expect(say(countriesModel(two).takeaway)).toMatch(/ Most factories in one country: Italy \(2 factories\)\.$/);
    const tie = { ...view(), factories: [...two.factories, factory({ id: 'eps', country: 'SE' })] };
    expect(say(countriesModel(tie).takeaway)).toMatch(/ Most factories in one country: Italy and Sweden \(2 factories each\)\.$/);
  });
  it('says when nothing matches', () => {
    expect(say(countriesModel({ factories: [], antennas: [] }).takeaway)).toBe('No factory matches the current filters.');
  });
});
