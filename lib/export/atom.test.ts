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

describe('the whole feed, as written', () => {
  // Pinned whole: every element and attribute a feed reader reads, so a changed word or a lost link fails here.
  const two = [
    { date: '2025-01-02', summary: 'Gigafactory call & "status".', ids: ['gigafactories', 'gamma', 'wave-9'], source: 'https://example.org/a?x=1&y=2' },
    { date: '2025-03-04', summary: 'Factory added.', ids: ['no-page', 'alpha'], source: 'https://example.org/b' },
  ];

  it('names the feed, its licence and each entry’s links: factory pages first, then /about', () => {
    expect(changesFeed({ origin, changes: two, factoryIds: new Set(['alpha', 'gamma']) })).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        '  <id>https://example.org/data/changes.xml</id>',
        '  <title>EU AI Factories and AI Factory Antennas: changes to the data</title>',
        '  <subtitle>Every change to the dataset, with the records it touches and its source.</subtitle>',
        '  <updated>2025-03-04T00:00:00Z</updated>',
        '  <link rel="self" type="application/atom+xml" href="https://example.org/data/changes.xml"/>',
        '  <link rel="alternate" type="text/html" href="https://example.org/about#changes"/>',
        '  <author><name>EU AI Factories dashboard</name></author>',
        '  <rights>Data: Creative Commons Attribution 4.0 International (https://creativecommons.org/licenses/by/4.0/)</rights>',
        '  <entry>',
        '    <id>tag:example.org,2025-03-04:changes/alpha,no-page</id>',
        '    <title>Factory added.</title>',
        '    <updated>2025-03-04T00:00:00Z</updated>',
        '    <link rel="alternate" type="text/html" href="https://example.org/factories/alpha"/>',
        '    <link rel="related" type="text/html" href="https://example.org/about#changes"/>',
        '    <link rel="via" href="https://example.org/b"/>',
        '    <category term="no-page"/>',
        '    <category term="alpha"/>',
        '    <content type="text">Factory added. Records: no-page, alpha. Source: https://example.org/b</content>',
        '  </entry>',
        '  <entry>',
        '    <id>tag:example.org,2025-01-02:changes/gamma,gigafactories,wave-9</id>',
        '    <title>Gigafactory call &amp; &quot;status&quot;.</title>',
        '    <updated>2025-01-02T00:00:00Z</updated>',
        '    <link rel="alternate" type="text/html" href="https://example.org/factories/gamma"/>',
        '    <link rel="related" type="text/html" href="https://example.org/about#gigafactories"/>',
        '    <link rel="related" type="text/html" href="https://example.org/about#changes"/>',
        '    <link rel="via" href="https://example.org/a?x=1&amp;y=2"/>',
        '    <category term="gigafactories"/>',
        '    <category term="gamma"/>',
        '    <category term="wave-9"/>',
        '    <content type="text">Gigafactory call &amp; &quot;status&quot;. Records: gigafactories, gamma, wave-9. Source: https://example.org/a?x=1&amp;y=2</content>',
        '  </entry>',
        '</feed>',
        '',
      ].join('\n'),
    );
  });

  it('is dated at the epoch when there is no change, and sorts the same day by file order, not reversed', () => {
    expect(changesFeed({ origin, changes: [], factoryIds: new Set() })).toContain('<updated>1970-01-01T00:00:00Z</updated>');
    const sameDay = [
      { date: '2025-01-01', summary: 'first', ids: ['a'], source: 'https://example.org/1' },
      { date: '2025-01-01', summary: 'second', ids: ['b'], source: 'https://example.org/2' },
      { date: '2025-01-01', summary: 'third', ids: ['c'], source: 'https://example.org/3' },
    ];
    expect(changesNewestFirst(sameDay).map((c) => c.summary)).toEqual(['first', 'second', 'third']);
  });
});
