// A machine's standing from its dated steps. Browser-safe (no zod): the pages and the CSV read it too.
import type { Machine, MachineStatus, MachineStep } from './schema';

/** The status each reported step gives a machine; the newest reported step in life order wins. */
const STATUS_OF_STEP: Record<MachineStep['kind'], MachineStatus> = {
  procurement: 'procurement',
  contract: 'contracted',
  installed: 'installed',
  operation: 'operating',
};

const LIFE_ORDER: readonly MachineStep['kind'][] = ['procurement', 'contract', 'installed', 'operation'];

/** Where the steps put a machine: the status of its furthest reported step, or `planned` when none is reported. */
export function statusFromSteps(steps: readonly Pick<MachineStep, 'kind' | 'status'>[]): MachineStatus {
  const reached = steps.filter((s) => s.status === 'reported').map((s) => LIFE_ORDER.indexOf(s.kind));
  if (!reached.length) return 'planned';
  return STATUS_OF_STEP[LIFE_ORDER[Math.max(...reached)]!];
}

/** The steps in life order (procurement first), whatever order the file holds them in. */
export function stepsInOrder(m: Pick<Machine, 'steps'>): MachineStep[] {
  return [...m.steps].sort((a, b) => LIFE_ORDER.indexOf(a.kind) - LIFE_ORDER.indexOf(b.kind));
}
