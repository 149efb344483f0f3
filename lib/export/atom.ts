// The data's change log as an Atom 1.0 feed (RFC 4287), so anyone can subscribe to changes in the dataset.
import type { Change } from '../data/schema';
import { DATA_LICENCE, DATASET_TITLE } from '../site/site';
import { changeKey } from '../data/validate';

export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', "'": 'apos', '"': 'quot' }[c]};`);
}

/** Newest first; on the same day, in file order. */
export function changesNewestFirst(changes: readonly Change[]): Change[] {
  return changes
    .map((change, index) => ({ change, index }))
    .sort((a, b) => b.change.date.localeCompare(a.change.date) || a.index - b.index)
    .map(({ change }) => change);
}

/**
 * A tag URI (RFC 4151) from the site's host, the change's date and the ids it touches: it stays the same across
 * builds and when entries are added or reordered (validation keeps date + ids unique).
 */
export function changeEntryId(origin: string, change: Change): string {
  const [date, ids] = changeKey(change).split(/:(.*)/s) as [string, string];
  return `tag:${new URL(origin).hostname},${date}:changes/${ids}`;
}

/** Where a record is shown: a factory's own page, otherwise the place on /about that describes it. */
function recordUrl(origin: string, id: string, factoryIds: ReadonlySet<string>): string {
  if (factoryIds.has(id)) return `${origin}/factories/${encodeURIComponent(id)}`;
  if (id === 'gigafactories') return `${origin}/about#gigafactories`;
  return `${origin}/about#changes`;
}

export function changesFeed({
  origin,
  changes,
  factoryIds,
}: {
  origin: string;
  changes: readonly Change[];
  factoryIds: ReadonlySet<string>;
}): string {
  const sorted = changesNewestFirst(changes);
  const updated = `${sorted[0]?.date ?? '1970-01-01'}T00:00:00Z`;
  const entry = (c: Change) => {
    // A factory's page is the best place to read a change, so factory links come first.
    const ordered = [...c.ids.filter((id) => factoryIds.has(id)), ...c.ids.filter((id) => !factoryIds.has(id))];
    const links = [...new Set(ordered.map((id) => recordUrl(origin, id, factoryIds)))];
    return [
      '  <entry>',
      `    <id>${escapeXml(changeEntryId(origin, c))}</id>`,
      `    <title>${escapeXml(c.summary)}</title>`,
      `    <updated>${c.date}T00:00:00Z</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(links[0] ?? `${origin}/about#changes`)}"/>`,
      ...links.slice(1).map((href) => `    <link rel="related" type="text/html" href="${escapeXml(href)}"/>`),
      `    <link rel="via" href="${escapeXml(c.source)}"/>`,
      ...c.ids.map((id) => `    <category term="${escapeXml(id)}"/>`),
      `    <content type="text">${escapeXml(`${c.summary} Records: ${c.ids.join(', ')}. Source: ${c.source}`)}</content>`,
      '  </entry>',
    ].join('\n');
  };
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeXml(`${origin}/data/changes.xml`)}</id>`,
    `  <title>${escapeXml(`${DATASET_TITLE}: changes to the data`)}</title>`,
    `  <subtitle>Every change to the dataset, with the records it touches and its source.</subtitle>`,
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(`${origin}/data/changes.xml`)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(`${origin}/about#changes`)}"/>`,
    '  <author><name>EU AI Factories dashboard</name></author>',
    `  <rights>Data: ${escapeXml(DATA_LICENCE.title)} (${DATA_LICENCE.url})</rights>`,
    ...sorted.map(entry),
    '</feed>',
    '',
  ].join('\n');
}
