import { describe, expect, it } from 'vitest';
import { dataset } from '../../test/fixtures';
import { wordsFor } from '../../test/i18n';
import { countryAnchor, projectPoint } from '../geo/europe';
import { mapMarkers } from './map-markers';

const markers = mapMarkers(dataset, wordsFor('map'));
const byId = (id: string) => markers.find((m) => m.id === id)!;

describe('mapMarkers', () => {
  it('places each factory at its projected site, named with its city and country', () => {
    const alpha = dataset.factories.find((f) => f.id === 'alpha')!;
    expect([byId('alpha').x, byId('alpha').y]).toEqual(projectPoint(alpha.location.lon, alpha.location.lat));
    expect(byId('alpha')).toMatchObject({ kind: 'factory', label: 'Alpha AI Factory, Bologna, Italy', country: 'IT', approximate: false });
  });

  it('puts an antenna without a published site at its country’s anchor, marked approximate', () => {
    expect([byId('antenna-mt').x, byId('antenna-mt').y]).toEqual(countryAnchor('MT'));
    expect(byId('antenna-mt')).toMatchObject({ kind: 'antenna', approximate: true });
  });

  it('gives every marker a place inside the map, none at the origin', () => {
    expect(markers.length).toBe(dataset.factories.length + dataset.antennas.length);
    expect(markers.every((m) => m.x > 0 && m.y > 0)).toBe(true);
  });
});
