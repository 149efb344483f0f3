// Sector coverage: how many of the shown factories serve each sector. One model for the sector bars, the
// factory × sector matrix, the sectors slide and the sectors embed.
import type { Factory, Sector } from '../data/schema';
import type { FilteredView } from './filtered';
import { dated } from './dated';
import { message, type Message } from '../i18n/message';
import type { BarChart } from './series';

export interface SectorRow {
  slug: string;
  label: string;
  count: number;
  factoryIds: string[];
}

interface SectorMatrix {
  sectors: Pick<Sector, 'slug' | 'label'>[];
  rows: { id: string; name: string; covers: boolean[] }[];
}

export interface SectorsModel {
  /** Sectors by how many factories cover them, largest first (ties by label); sectors nobody covers are left out. */
  rows: SectorRow[];
  bars: BarChart;
  /** Factory × sector grid; columns in coverage order so the dense side reads first. */
  matrix: SectorMatrix;
  /** The factories that disclose no sector focus, named; null when every one does. */
  undisclosed: Message | null;
  takeaway: Message[];
}

export function sectorRows(factories: readonly Factory[], sectors: readonly Sector[]): SectorRow[] {
  return sectors
    .map((s) => {
      const ids = factories.filter((f) => f.sectors.includes(s.slug)).map((f) => f.id);
      return { slug: s.slug, label: s.label, count: ids.length, factoryIds: ids };
    })
    .filter((s) => s.count > 0)
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

function takeaway(rows: readonly SectorRow[], factories: number): Message[] {
  if (!factories) return [message('noMatch')];
  const top = rows[0];
  if (!top) return [message('sectorsNotDisclosed', { count: factories })];
  const tied = rows.filter((s) => s.count === top.count);
  const values = { tied: tied.length, covered: top.count, factories, lead: { text: rows.length > tied.length ? 'yes' : 'no' } };
  // More than two tied sectors read better counted than listed.
  if (tied.length > 2) return [message('sectorsTopMany', values)];
  return [message('sectorsTop', { ...values, sectors: { list: tied.map((s) => ({ sector: s.slug })) } })];
}

function undisclosedNote(factories: readonly Factory[]): Message | null {
  const names = factories.filter((f) => f.sectors.length === 0).map((f) => ({ text: f.name }));
  return names.length ? message('sectorsUndisclosed', { names: { list: names } }) : null;
}

export function sectorsModel(view: Pick<FilteredView, 'factories' | 'data'> & Partial<Pick<FilteredView, 'asOf'>>): SectorsModel {
  const { factories } = view;
  const rows = sectorRows(factories, view.data.sectors);
  return {
    rows,
    bars: {
      unit: 'count',
      legend: ['sector'],
      rows: rows.map((s) => ({ key: s.slug, label: { text: s.label }, total: s.count, segments: [{ series: 'sector', value: s.count }] })),
    },
    matrix: {
      sectors: rows.map(({ slug, label }) => ({ slug, label })),
      rows: factories.map((f) => ({ id: f.id, name: f.name, covers: rows.map((s) => f.sectors.includes(s.slug)) })),
    },
    undisclosed: undisclosedNote(factories),
    takeaway: dated(view, takeaway(rows, factories.length)),
  };
}
