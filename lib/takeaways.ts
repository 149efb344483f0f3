// One-sentence takeaways computed from the data shown, so the words always match the charts.
import type { CountryRoles, FactoryFunding, SectorCount } from './aggregate';
import type { TimelineEvent } from './timeline';
import { formatEur, formatMonth, listJoin, plural } from './format';

export function countryTakeaway(rows: readonly CountryRoles[]): string {
  if (!rows.length) return 'No factory matches the current filters.';
  const hosts = rows.filter((r) => r.hosted > 0);
  const partners = rows.filter((r) => r.hosted === 0 && r.partnerIn > 0);
  const antennaOnly = rows.filter((r) => r.hosted === 0 && r.partnerIn === 0 && r.antennas > 0);
  const maxHosted = Math.max(0, ...hosts.map((r) => r.hosted));
  const multi = maxHosted > 1 ? hosts.filter((r) => r.hosted === maxHosted).map((r) => r.name) : [];
  const parts = [
    `${plural(hosts.length, 'country', 'countries')} host${hosts.length === 1 ? 's' : ''} a factory`,
    partners.length ? `${partners.length} more join${partners.length === 1 ? 's' : ''} as consortium partner${partners.length === 1 ? '' : 's'}` : '',
    antennaOnly.length ? `${antennaOnly.length} take${antennaOnly.length === 1 ? 's' : ''} part through an antenna` : '',
  ].filter(Boolean);
  const sentence = `${listJoin(parts)}.`;
  return multi.length ? `${sentence} ${listJoin(multi)} host ${maxHosted} each.` : sentence;
}

export function sectorTakeaway(coverage: readonly SectorCount[], factories: number): string {
  const top = coverage[0];
  if (!top) return factories ? 'No sector focus is disclosed for the factories shown.' : 'No factory matches the current filters.';
  const tied = coverage.filter((s) => s.count === top.count).map((s) => s.label);
  const subject = tied.length > 2 ? `${tied.length} sectors` : listJoin(tied);
  const lead = coverage.length > tied.length ? ', more than any other sector' : '';
  return `${subject} ${tied.length > 1 ? 'are each' : 'is'} covered by ${top.count} of ${plural(factories, 'factory', 'factories')}${lead}.`;
}

export function fundingTakeaway(rows: readonly FactoryFunding[]): string {
  if (!rows.length) return 'No factory matches the current filters.';
  const disclosed = rows.filter((r) => r.totalEur !== null);
  if (!disclosed.length) return `None of the ${plural(rows.length, 'factory', 'factories')} shown discloses its investment.`;
  const total = disclosed.reduce((n, r) => n + (r.totalEur ?? 0), 0);
  const top = disclosed[0]!;
  return `${disclosed.length} of ${plural(rows.length, 'factory', 'factories')} disclose a total investment, ${formatEur(total)} together; the largest is ${top.name} at ${formatEur(top.totalEur)}.`;
}

export function timelineTakeaway(events: readonly TimelineEvent[]): string {
  const selections = events.filter((e) => e.kind === 'selected');
  if (!selections.length) return 'No factory matches the current filters.';
  const factories = selections.reduce((n, e) => n + e.factoryIds.length, 0);
  const first = formatMonth(selections[0]!.date);
  const last = formatMonth(selections[selections.length - 1]!.date);
  const operational = events.filter((e) => e.kind === 'operational');
  const span = first === last ? `in ${first}` : `between ${first} and ${last}`;
  const opening = operational.length
    ? ` ${plural(operational.length, 'supercomputer')} ${operational.length === 1 ? 'has' : 'have'} an announced start of operation, the last in ${operational[operational.length - 1]!.date.slice(0, 4)}.`
    : ' No start of operation is announced yet.';
  return `${plural(factories, 'factory', 'factories')} selected in ${plural(selections.length, 'wave')} ${span}.${opening}`;
}
