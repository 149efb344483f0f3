// Compute: what the money buys. Each machine of the shown factories by its capacity in the common unit (H100 SXM
// equivalents, always an estimate: lib/data/h100-equivalents.ts) beside the figures its sources state, drawn by
// status; the same per country. Machines at different stages are never added together: every sum here is of one
// status group (in operation, or still to come). One model for the dashboard's section, the embed, the slide and the
// key figures; a pure function of the view, so an as-of view gets its figure by filtering first.
import type { Accelerator, ChipTable, Factory, Machine, MachineStatus, Performance } from '../data/schema';
import { isOverdue } from '../data/events';
import { h100Equivalents, type H100Estimate } from '../data/h100-equivalents';
import { message, type Message } from '../i18n/message';
import type { FilteredView } from './filtered';
import { factoryShortName } from './names';

/** Operating first, then the further along, then the planned: the order of the legend and of equal bars. */
const COMPUTE_STATUSES: readonly MachineStatus[] = ['operating', 'installed', 'contracted', 'procurement', 'planned'];

/** The two groups whose capacity may each be summed, never together. */
type ComputeGroup = 'now' | 'coming';

interface StatedCount {
  count: number;
  qualifier: Accelerator['countQualifier'];
  /** The accelerator as the source names it (English, verbatim). */
  model: string;
}

export interface ComputeRow {
  /** The machine's id. */
  key: string;
  factoryId: string;
  /** The factory's short name, as every chart calls it. */
  factory: string;
  country: string;
  /** The machine's name where it has one ("LUMI-AI"), as its sources spell it. */
  machine: string | null;
  kind: Machine['kind'];
  status: MachineStatus;
  /** The date of its entry into operation, reported or planned (and overdue when its period ended before the record
   *  was last checked, `checkedOn`); null when no source gives one. */
  operation: { date: string; status: 'reported' | 'planned'; overdue: boolean; checkedOn: string } | null;
  /** The estimate in H100 equivalents, null when no part of it has both a known chip and a count. */
  estimate: H100Estimate | null;
  /** The estimate rounded as every surface shows it (two significant figures), null with it. */
  shown: number | null;
  /** The figures the sources state, beside the estimate: accelerator counts, AI performance, HPL. */
  counts: StatedCount[];
  performance: Pick<Performance, 'value' | 'unit' | 'precision' | 'sparsity' | 'qualifier'>[];
  hpl: { rmaxPflops: number; list: string; rank: number } | null;
}

export interface GroupSum {
  /** The summed estimates, rounded as shown; 0 when none is known. */
  shown: number;
  /** Some part is a lower bound: the sum is one too. */
  atLeast: boolean;
  /** Machines in the group, and how many of them have an estimate. */
  machines: number;
  estimated: number;
  /** Factories with an estimate in the group, of all shown. */
  factories: number;
}

interface CountryCompute {
  country: string;
  now: GroupSum;
  coming: GroupSum;
}

export interface ComputeModel {
  /** Largest estimate first; machines without one after, by status, then by factory. */
  rows: ComputeRow[];
  byCountry: CountryCompute[];
  now: GroupSum;
  coming: GroupSum;
  /** Factories shown, the denominator of "from 3 of 19 factories". */
  factories: number;
  /** The statuses that occur, in legend order. */
  legend: MachineStatus[];
  takeaway: Message[];
}

/** "20,216" → 20,000; "651" → 650: an estimate says no more than two figures. */
export function roundEstimate(value: number): number {
  if (value <= 0) return 0;
  const step = 10 ** Math.max(0, Math.floor(Math.log10(value)) - 1);
  return Math.round(value / step) * step;
}

function groupOf(status: MachineStatus): ComputeGroup {
  return status === 'operating' ? 'now' : 'coming';
}

/** One machine as every compute surface reads it (the figure, the comparison). */
export function machineRow(f: Factory, m: Machine, chips: ChipTable): ComputeRow {
  const estimate = h100Equivalents(m.accelerators, chips);
  const operation = m.steps.find((s) => s.kind === 'operation');
  return {
    key: m.id,
    factoryId: f.id,
    factory: factoryShortName(f),
    country: f.country,
    machine: m.name,
    kind: m.kind,
    status: m.status,
    operation: operation ? { date: operation.date, status: operation.status, overdue: isOverdue(operation, f.checkedOn), checkedOn: f.checkedOn } : null,
    estimate,
    shown: estimate ? roundEstimate(estimate.value) : null,
    counts: m.accelerators.flatMap((a) => (a.count === null ? [] : [{ count: a.count, qualifier: a.countQualifier, model: a.model }])),
    performance: m.aiPerformance.map(({ value, unit, precision, sparsity, qualifier }) => ({ value, unit, precision, sparsity, qualifier })),
    hpl: m.hpl ? { rmaxPflops: m.hpl.rmaxPflops, list: m.hpl.list, rank: m.hpl.rank } : null,
  };
}

export function computeRows(view: Pick<FilteredView, 'factories' | 'data'>): ComputeRow[] {
  return view.factories
    .flatMap((f) => f.machines.map((m) => machineRow(f, m, view.data.chips)))
    .sort(
      (a, b) =>
        (b.estimate?.value ?? -1) - (a.estimate?.value ?? -1) ||
        COMPUTE_STATUSES.indexOf(a.status) - COMPUTE_STATUSES.indexOf(b.status) ||
        a.factory.localeCompare(b.factory, 'en') ||
        a.key.localeCompare(b.key),
    );
}

function groupSum(rows: readonly ComputeRow[], group: ComputeGroup): GroupSum {
  const inGroup = rows.filter((r) => groupOf(r.status) === group);
  const estimated = inGroup.filter((r) => r.estimate);
  const value = estimated.reduce((sum, r) => sum + r.estimate!.value, 0);
  return {
    shown: roundEstimate(value),
    atLeast: estimated.some((r) => r.estimate!.lowerBound || !r.estimate!.complete),
    machines: inGroup.length,
    estimated: estimated.length,
    factories: new Set(estimated.map((r) => r.factoryId)).size,
  };
}

function takeaway(factories: number, rows: readonly ComputeRow[], now: GroupSum, coming: GroupSum): Message[] {
  if (!factories) return [message('noMatch')];
  const sentences = [message('computeMachines', { now: now.machines, coming: coming.machines })];
  const largest = rows.find((r) => r.estimate && groupOf(r.status) === 'coming');
  if (largest) {
    const name = { text: largest.machine ? `${largest.factory} (${largest.machine})` : largest.factory };
    const operation = largest.operation;
    // A plan whose date has passed is not "to come" on that date: the sentence says it is overdue.
    sentences.push(
      !operation
        ? message('computeLargestComingUndated', { name })
        : operation.overdue
          ? message('computeLargestOverdue', { name, date: { date: operation.date }, checked: { date: operation.checkedOn } })
          : message('computeLargestComing', { name, date: { date: operation.date } }),
    );
  }
  const undisclosed = rows.filter((r) => !r.estimate).length;
  if (undisclosed) sentences.push(message('computeUndisclosed', { count: undisclosed, shown: rows.length }));
  return sentences;
}

export function computeModel(view: Pick<FilteredView, 'factories' | 'data'>): ComputeModel {
  const rows = computeRows(view);
  const now = groupSum(rows, 'now');
  const coming = groupSum(rows, 'coming');
  const countries = [...new Set(rows.map((r) => r.country))];
  const byCountry = countries
    .map((country) => {
      const of = rows.filter((r) => r.country === country);
      return { country, now: groupSum(of, 'now'), coming: groupSum(of, 'coming') };
    })
    .sort((a, b) => b.now.shown - a.now.shown || b.coming.shown - a.coming.shown || a.country.localeCompare(b.country));
  return {
    rows,
    byCountry,
    now,
    coming,
    factories: view.factories.length,
    legend: COMPUTE_STATUSES.filter((s) => rows.some((r) => r.status === s)),
    takeaway: takeaway(view.factories.length, rows, now, coming),
  };
}
