// One-sentence takeaways computed from the data shown, so the words always match the charts.
// `t` reads the `takeaways` messages of the page's language; `fmt` formats for it.
import type { CountryRoles, FactoryFunding, SectorCount } from './aggregate';
import type { Formats } from '../i18n/format';
import type { TimelineEvent } from './timeline';
import type { Translate } from '../i18n/translate';

export interface Words {
  t: Translate;
  fmt: Formats;
}

export function countryTakeaway(rows: readonly CountryRoles[], { t, fmt }: Words): string {
  if (!rows.length) return t('noMatch');
  const hosts = rows.filter((r) => r.hosted > 0);
  const partners = rows.filter((r) => r.hosted === 0 && r.partnerIn > 0);
  const antennaOnly = rows.filter((r) => r.hosted === 0 && r.partnerIn === 0 && r.antennas > 0);
  const maxHosted = Math.max(0, ...hosts.map((r) => r.hosted));
  const multi = maxHosted > 1 ? hosts.filter((r) => r.hosted === maxHosted).map((r) => r.name) : [];
  const parts = [
    t('hosts', { count: hosts.length }),
    partners.length ? t('partners', { count: partners.length }) : '',
    antennaOnly.length ? t('antennaOnly', { count: antennaOnly.length }) : '',
  ].filter(Boolean);
  const sentence = `${fmt.list(parts)}.`;
  return multi.length ? `${sentence} ${t('multiHost', { names: fmt.list(multi), count: maxHosted })}` : sentence;
}

export function sectorTakeaway(coverage: readonly SectorCount[], factories: number, { t, fmt }: Words): string {
  const top = coverage[0];
  if (!top) return factories ? t('noSector') : t('noMatch');
  const tied = coverage.filter((s) => s.count === top.count).map((s) => s.label);
  const subject = tied.length > 2 ? t('sectorCount', { count: tied.length }) : fmt.list(tied);
  return t('sectorTop', {
    tied: tied.length,
    subject,
    count: top.count,
    factories,
    lead: coverage.length > tied.length ? 'yes' : 'no',
  });
}

export function fundingTakeaway(rows: readonly FactoryFunding[], { t, fmt }: Words): string {
  if (!rows.length) return t('noMatch');
  const disclosed = rows.filter((r) => r.totalEur !== null);
  if (!disclosed.length) return t('noFunding', { count: rows.length });
  const total = disclosed.reduce((n, r) => n + (r.totalEur ?? 0), 0);
  const top = disclosed[0]!;
  return t('funding', { disclosed: disclosed.length, count: rows.length, total: fmt.eur(total), top: top.name, topTotal: fmt.eur(top.totalEur) });
}

export function timelineTakeaway(events: readonly TimelineEvent[], { t, fmt }: Words): string {
  const selections = events.filter((e) => e.kind === 'selected');
  if (!selections.length) return t('noMatch');
  const factories = selections.reduce((n, e) => n + e.factoryIds.length, 0);
  const first = fmt.month(selections[0]!.date);
  const last = fmt.month(selections[selections.length - 1]!.date);
  const operational = events.filter((e) => e.kind === 'operational');
  const span = first === last ? t('timelineIn', { month: first }) : t('timelineBetween', { first, last });
  const opening = operational.length
    ? t('operational', { count: operational.length, year: operational[operational.length - 1]!.date.slice(0, 4) })
    : t('noOperational');
  return `${t('timeline', { factories, waves: selections.length, span })} ${opening}`;
}
