// One factory's facts, as screen mode's spotlight slide shows them beside its place on the map.
import type { Antenna, Factory } from '../data/schema';
import { countryRoles, type CountryRole } from './countries';
import { eventOf } from '../data/events';
import { antennasOf } from './filtered';
import { message, type Message, type MessageValue } from '../i18n/message';

export interface SpotlightModel {
  id: string;
  name: string;
  takeaway: Message[];
  /** Term (a `sentences` key) and value, in reading order; antennas only where some link to the factory. */
  facts: { term: string; value: Message }[];
  /** For the map: the factory, its partners and its antennas' countries, and the antennas' ids. */
  roles: Record<string, CountryRole>;
  antennaIds: string[];
  map: Message;
}

function investment({ totalEur, euEur, nationalEur }: Factory['funding']): Message {
  if (totalEur === null) return message('notDisclosed');
  const total = { eur: totalEur };
  if (euEur !== null && nationalEur !== null) return message('investmentSplit', { total, eu: { eur: euEur }, national: { eur: nationalEur } });
  if (euEur !== null) return message('investmentEu', { total, eu: { eur: euEur } });
  return message('investmentTotal', { total });
}

/** The machine and where it stands: in operation as a source reports it, planned, overdue, or only its kind. */
function machine(f: Factory): Message {
  const { name, kind } = f.supercomputer;
  const operation = eventOf(f, 'operation');
  const date = operation && { date: operation.date };
  const status = !date
    ? message(kind === 'new' ? 'machineNew' : 'machineUpgrade')
    : operation.overdue
      ? message('machineOverdue', { date, checked: { date: operation.checkedOn } })
      : message(operation.status === 'reported' ? 'machineReported' : 'machinePlanned', { date });
  return message('machine', { name: { text: name }, status: { message: status } });
}

const listOr = (items: MessageValue[], none: string): Message => (items.length ? message('list', { items: { list: items } }) : message(none));

export function spotlightModel(f: Factory, antennas: readonly Antenna[]): SpotlightModel {
  const linked = antennasOf(f.id, antennas);
  const facts = [
    { term: 'factHost', value: message('text', { text: { text: f.host } }) },
    { term: 'factSelected', value: message('selectedValue', { wave: { num: f.wave }, date: { date: f.selectedOn } }) },
    { term: 'factMachine', value: machine(f) },
    { term: 'factInvestment', value: investment(f.funding) },
    { term: 'factPartners', value: listOr(f.partnerCountries.map((country) => ({ country })), 'none') },
    { term: 'factSectors', value: listOr(f.sectors.map((sector) => ({ sector })), 'sectorsNone') },
  ];
  if (linked.length) facts.push({ term: 'factAntennas', value: listOr(linked.map((a) => ({ country: a.country })), 'none') });
  return {
    id: f.id,
    name: f.name,
    takeaway: [
      message('spotlight', { city: { text: f.city }, country: { country: f.country }, partners: f.partnerCountries.length, sectors: f.sectors.length }),
    ],
    facts,
    roles: countryRoles([f], linked),
    antennaIds: linked.map((a) => a.id),
    map: message('spotlightMap', { name: { text: f.name }, city: { text: f.city }, country: { country: f.country } }),
  };
}
