// What is wrong with a record's machines, its serving statement and the plan histories of its dated steps:
// validation's side of machines.ts (server and scripts only). Each problem is prefixed by the path of the field.
import { MACHINE_FACT_PATHS } from './fact-paths';
import { statusFromSteps } from './machines';
import type { ChipTable, FactoryRecord, Machine } from './schema';

type Dated = FactoryRecord['events'][number] | Machine['steps'][number];

/** The ids a record's sources go by, and a reporter of unknown ones. */
function sourceIdCheck(f: FactoryRecord, problems: string[]) {
  const ids = new Set(f.sources.map((s) => s.id));
  return (list: readonly string[], where: string) =>
    list.forEach((id, k) => {
      if (!ids.has(id)) problems.push(`${where}[${k}]: no source with id "${id}"`);
    });
}

/**
 * A dated step against the record's check day, and its plan history: plans in the order they were announced, none
 * announced after the check, and a planned step dated as its newest plan.
 */
export function stepProblems(step: Dated, at: string, f: FactoryRecord, problems: string[]): void {
  const known = sourceIdCheck(f, problems);
  if (step.status === 'reported' && step.date > f.checkedOn)
    problems.push(`${at}.date: reported for ${step.date}, after the record was checked (${f.checkedOn})`);
  known(step.sources, `${at}.sources`);
  const plans = step.plans ?? [];
  plans.forEach((p, k) => {
    known(p.sources, `${at}.plans[${k}].sources`);
    if (p.announcedOn > f.checkedOn)
      problems.push(`${at}.plans[${k}].announcedOn: ${p.announcedOn} is after the record was checked (${f.checkedOn})`);
    const previous = plans[k - 1];
    if (previous && p.announcedOn < previous.announcedOn)
      problems.push(`${at}.plans[${k}].announcedOn: ${p.announcedOn} is before the plan above it (${previous.announcedOn}); list plans oldest first`);
  });
  const newest = plans[plans.length - 1];
  if (step.status === 'planned' && newest && newest.date !== step.date)
    problems.push(`${at}.date: planned for ${step.date}, but the newest plan says ${newest.date}`);
}

/** One machine's problems: unsourced figures, citations of unstated ones, unknown chips, steps out of line. */
function machineProblems(m: Machine, at: string, f: FactoryRecord, chips: ChipTable, problems: string[]): void {
  const known = sourceIdCheck(f, problems);
  const chipIds = new Set(chips.chips.map((c) => c.id));
  for (const path of MACHINE_FACT_PATHS) {
    const value = m[path];
    const stated = value !== null && value !== undefined;
    const citation = m.cite[path];
    if (stated && !citation) problems.push(`${at}.${path}: no source`);
    else if (!stated && citation) problems.push(`${at}.cite.${path}: cites a figure the machine does not state; remove it`);
    else if (citation) known(citation, `${at}.cite.${path}`);
  }
  if (m.kind === 'upgrade' && !m.upgradeOf) problems.push(`${at}.upgradeOf: an upgrade names the system it upgrades`);
  if (m.kind !== 'upgrade' && m.upgradeOf) problems.push(`${at}.upgradeOf: only an upgrade names a system it upgrades`);
  m.accelerators.forEach((a, k) => {
    known(a.sources, `${at}.accelerators[${k}].sources`);
    if (a.chip !== null && !chipIds.has(a.chip))
      problems.push(
        `${at}.accelerators[${k}].chip: "${a.chip}" is not in the chip table (data/chips.json); an H100-equivalent estimate needs its datasheet figures`,
      );
  });
  m.aiPerformance.forEach((p, k) => known(p.sources, `${at}.aiPerformance[${k}].sources`));
  if (m.hpl) known(m.hpl.sources, `${at}.hpl.sources`);
  m.steps.forEach((s, k) => {
    if (m.steps.findIndex((o) => o.kind === s.kind) !== k)
      problems.push(`${at}.steps[${k}].kind: a second "${s.kind}" step; keep one and its plan history`);
    stepProblems(s, `${at}.steps[${k}]`, f, problems);
  });
  const derived = statusFromSteps(m.steps);
  if (m.status !== derived)
    problems.push(`${at}.status: "${m.status}", but its reported steps make it "${derived}"`);
}

/** Every machine of a record, and its serving statement; `seenMachineIds` spans the dataset (ids are unique in it). */
export function machineRecordProblems(
  f: FactoryRecord,
  at: string,
  chips: ChipTable,
  seenMachineIds: Set<string>,
): string[] {
  const problems: string[] = [];
  f.machines.forEach((m, j) => {
    if (seenMachineIds.has(m.id)) problems.push(`${at}.machines[${j}].id: duplicate machine id "${m.id}"`);
    seenMachineIds.add(m.id);
    machineProblems(m, `${at}.machines[${j}]`, f, chips, problems);
  });
  const s = f.serving;
  const where = `${at}.serving`;
  sourceIdCheck(f, problems)(s.sources, `${where}.sources`);
  if (s.status === 'not-stated') {
    if (s.systems.length) problems.push(`${where}.systems: "not-stated" names no system`);
    if (s.sources.length) problems.push(`${where}.sources: "not-stated" cites no source; say what a source states instead`);
  } else if (!s.sources.length) problems.push(`${where}.sources: "${s.status}" needs the source that says so`);
  if (s.status === 'serving' && !s.systems.length) problems.push(`${where}.systems: name the system users are served on`);
  if (s.status === 'not-yet' && s.systems.length) problems.push(`${where}.systems: "not-yet" names no system`);
  s.systems.forEach((sys, k) => {
    if (sys.machineId === undefined) return;
    const m = f.machines.find((o) => o.id === sys.machineId);
    if (!m) problems.push(`${where}.systems[${k}].machineId: no machine "${sys.machineId}" in this record`);
    else if (m.status !== 'operating')
      problems.push(`${where}.systems[${k}].machineId: "${m.id}" is ${m.status}, not operating`);
  });
  return problems;
}

/** The chip table's own rules: unique ids, and a reference chip with both figures. */
export function chipTableProblems(chips: ChipTable): string[] {
  const problems: string[] = [];
  chips.chips.forEach((c, i) => {
    if (chips.chips.findIndex((o) => o.id === c.id) !== i) problems.push(`chips[${i}].id: duplicate chip id "${c.id}"`);
    if (c.denseTflops.fp16 === null && c.denseTflops.fp8 === null)
      problems.push(`chips[${i}].denseTflops: a chip in the table needs its dense FP16 or FP8 figure`);
  });
  const reference = chips.chips.find((c) => c.id === chips.reference);
  if (!reference) problems.push(`reference: no chip with id "${chips.reference}"`);
  else if (reference.denseTflops.fp16 === null || reference.denseTflops.fp8 === null)
    problems.push(`reference: the reference chip needs both its dense FP16 and FP8 figures`);
  return problems;
}
