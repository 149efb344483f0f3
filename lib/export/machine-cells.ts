// How a factory's machines read in one CSV cell each: every figure as its source states it, bounds spelled out,
// never summed across machines (a planned machine's GPUs are not an operating machine's).
import type { Accelerator, Factory, Machine, Performance } from '../data/schema';

const BOUND: Record<Accelerator['countQualifier'], string> = { exact: '', 'at-least': 'at least ', about: 'about ', 'up-to': 'up to ' };

/** A machine as the cells name it: its name, or its id while it has none. */
function machineLabel(m: Pick<Machine, 'id' | 'name'>): string {
  return m.name ?? m.id;
}

/** "at least 8000", "about 340", "not disclosed". */
export function countText(a: Pick<Accelerator, 'count' | 'countQualifier'>): string {
  return a.count === null ? 'not disclosed' : `${BOUND[a.countQualifier]}${a.count}`;
}

/** "30 EFLOPS FP4 (sparsity not stated)", "at least 1 EFLOPS FP64 dense". */
export function performanceText(p: Pick<Performance, 'value' | 'unit' | 'precision' | 'sparsity' | 'qualifier'>): string {
  const sparsity = p.sparsity === null ? ' (sparsity not stated)' : p.sparsity ? ' with sparsity' : ' dense';
  return `${BOUND[p.qualifier]}${p.value} ${p.unit} ${p.precision}${sparsity}`;
}

type Machines = Pick<Factory, 'machines'>;

/** "Leonardo (existing, operating)", one per machine. */
export function machineCells(f: Machines): string[] {
  return f.machines.map((m) => `${machineLabel(m)} (${m.kind}, ${m.status})`);
}

/** One cell per accelerator entry, in machine order: its model, or its count. */
export function acceleratorCells(f: Machines, cell: (a: Accelerator) => string): string[] {
  return f.machines.flatMap((m) => m.accelerators.map((a) => `${machineLabel(m)}: ${cell(a)}`));
}

export function performanceCells(f: Machines): string[] {
  return f.machines.flatMap((m) => m.aiPerformance.map((p) => `${machineLabel(m)}: ${performanceText(p)}`));
}

export function hplCells(f: Machines): string[] {
  return f.machines.flatMap((m) => (m.hpl ? [`${machineLabel(m)}: ${m.hpl.rmaxPflops} PFLOPS (TOP500 ${m.hpl.list}, #${m.hpl.rank})`] : []));
}

/** `yes` when a source says the factory serves users now, `no` when one says it does not yet, empty when none says. */
export function servingNow(f: Pick<Factory, 'serving'>): string | undefined {
  return f.serving.status === 'serving' ? 'yes' : f.serving.status === 'not-yet' ? 'no' : undefined;
}
