import { describe, expect, it } from 'vitest';
import { changeEntryId, changesFeed, changesNewestFirst, escapeXml } from './atom';
import { changes } from '../../test/fixtures';

const origin = 'https://example.org';
const feed = () => changesFeed({ origin, changes, factoryIds: new Set(['alpha', 'beta', 'gamma']) });

describe('changes feed', () => {
  it('escapes the five XML specials', () => expect(escapeXml(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;'));

  it('sorts newest first, same day in file order', () => {
    const sameDay = [...changes, { ...changes[3]!, ids: ['alpha'], summary: 'Later in the file.' }];
    expect(changesNewestFirst(sameDay).map((c) => c.summary)).toEqual([
      'Programme figure stored.',
      'Later in the file.',
      'Antennas selected.',
      'Wave 2 selected.',
      'Wave 1 selected.',
    ]);
  });

  it('gives each entry a tag URI from date and ids, the same whatever the order of ids or entries', () => {
    expect(changeEntryId(origin, changes[0]!)).toBe('tag:example.org,2024-12-10:changes/alpha,beta,wave-1');
    expect(changeEntryId(origin, { ...changes[0]!, ids: ['beta', 'wave-1', 'alpha'], summary: 'Reworded.' })).toBe(
      changeEntryId(origin, changes[0]!),
    );
    const reordered = changesFeed({ origin, changes: [...changes].reverse(), factoryIds: new Set(['alpha', 'beta', 'gamma']) });
    expect(reordered).toBe(feed());
  });

  it('is an Atom feed with its own id, updated date, self link and one entry per change linking to the records', () => {
    const xml = feed();
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    expect(xml).toContain('<id>https://example.org/data/changes.xml</id>');
    expect(xml).toContain('<updated>2026-11-26T00:00:00Z</updated>');
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://example.org/data/changes.xml"/>');
    expect(xml.match(/<entry>/g)).toHaveLength(changes.length);
    expect(xml).toContain('<link rel="alternate" type="text/html" href="https://example.org/factories/alpha"/>');
    expect(xml).toContain('<link rel="related" type="text/html" href="https://example.org/factories/beta"/>');
    expect(xml).toContain('<link rel="via" href="https://example.org/w1"/>');
  });
});
