// The factory page's "The machine": first a plain answer to "can I use it now?" (serving users, on what, since when,
// and where its own machine stands), then each machine with every figure's numbered sources and the steps of its life
// (reported, planned, overdue). Pure: the record and its check date in, the page draws the rest.
import { sourceNumbers } from '../data/cited-facts';
import { eventOf, isOverdue } from '../data/events';
import { h100Equivalents } from '../data/h100-equivalents';
import { stepsInOrder } from '../data/machines';
import type { Accelerator, ChipTable, Factory, Machine, MachineStep, Performance } from '../data/schema';
import { roundEstimate } from './compute';

export interface StepFact {
  kind: MachineStep['kind'];
  date: string;
  status: 'reported' | 'planned';
  overdue: boolean;
  /** The day the record was last checked: an overdue step is "not reported as of" that day. */
  checkedOn: string;
  numbers: number[];
  note?: string;
}

export interface MachineFacts {
  id: string;
  name: string | null;
  kind: Machine['kind'];
  upgradeOf: string | null;
  status: Machine['status'];
  /** The estimate as every surface rounds it; null when no part has a known chip and a count. */
  estimate: { shown: number; atLeast: boolean } | null;
  accelerators: { model: string; count: number | null; qualifier: Accelerator['countQualifier']; numbers: number[] }[];
  performance: (Pick<Performance, 'value' | 'unit' | 'precision' | 'sparsity' | 'qualifier'> & { numbers: number[] })[];
  hpl: { rmaxPflops: number; list: string; rank: number; numbers: number[] } | null;
  /** Single-valued figures with their sources; a null value reads "not disclosed". */
  facts: { field: 'vendor' | 'integrator' | 'powerMw' | 'costEur'; value: string | number | null; numbers: number[] }[];
  steps: StepFact[];
  /** The entry into operation, reported or planned, for the answer's "planned for 2027". */
  operation: StepFact | null;
}

interface ServingAnswer {
  status: Factory['serving']['status'];
  /** The systems users are served on now, as the sources name them. */
  systems: string[];
  numbers: number[];
  /** The start of services when a source reports it. */
  since: string | null;
  /** The factory's own machine (new or upgrade) while it is not in operation; null once it is, or without one. */
  own: MachineFacts | null;
  note?: string;
}

export interface FactoryMachines {
  answer: ServingAnswer;
  machines: MachineFacts[];
}

function stepFact(f: Factory, s: MachineStep): StepFact {
  return { kind: s.kind, date: s.date, status: s.status, overdue: isOverdue(s, f.checkedOn), checkedOn: f.checkedOn, numbers: sourceNumbers(f, s.sources), ...(s.note ? { note: s.note } : {}) };
}

function machineFacts(f: Factory, m: Machine, chips: ChipTable): MachineFacts {
  const estimate = h100Equivalents(m.accelerators, chips);
  const steps = stepsInOrder(m).map((s) => stepFact(f, s));
  const cited = (field: MachineFacts['facts'][number]['field']) => ({ field, value: m[field], numbers: sourceNumbers(f, m.cite[field] ?? []) });
  return {
    id: m.id,
    name: m.name,
    kind: m.kind,
    upgradeOf: m.upgradeOf ?? null,
    status: m.status,
    estimate: estimate && { shown: roundEstimate(estimate.value), atLeast: estimate.lowerBound || !estimate.complete },
    accelerators: m.accelerators.map((a) => ({ model: a.model, count: a.count, qualifier: a.countQualifier, numbers: sourceNumbers(f, a.sources) })),
    performance: m.aiPerformance.map(({ value, unit, precision, sparsity, qualifier, sources }) => ({ value, unit, precision, sparsity, qualifier, numbers: sourceNumbers(f, sources) })),
    hpl: m.hpl && { rmaxPflops: m.hpl.rmaxPflops, list: m.hpl.list, rank: m.hpl.rank, numbers: sourceNumbers(f, m.hpl.sources) },
    facts: [cited('vendor'), cited('integrator'), cited('powerMw'), cited('costEur')],
    steps,
    operation: steps.find((s) => s.kind === 'operation') ?? null,
  };
}

export function factoryMachines(f: Factory, chips: ChipTable): FactoryMachines {
  const machines = f.machines.map((m) => machineFacts(f, m, chips));
  const launch = eventOf(f, 'launch');
  const own = machines.find((m) => m.kind !== 'existing' && m.status !== 'operating') ?? null;
  return {
    answer: {
      status: f.serving.status,
      systems: f.serving.systems.map((s) => s.name),
      numbers: sourceNumbers(f, f.serving.sources),
      since: f.serving.status === 'serving' && launch?.status === 'reported' ? launch.date : null,
      own,
      ...(f.serving.note ? { note: f.serving.note } : {}),
    },
    machines,
  };
}
