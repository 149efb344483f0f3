// The data report's lists about machines (`npm run data:report`): what no source measures yet, what is late, and
// which machine figures rest on one source.
import { periodEnd } from './events';
import { MACHINE_FACT_PATHS } from './fact-paths';
import type { Factory } from './schema';

type Records = readonly Pick<Factory, 'id' | 'machines' | 'checkedOn'>[];

/** A capacity figure: an accelerator count, a performance figure or a measured HPL result. */
function hasCapacityFigure(f: Records[number]): boolean {
  return f.machines.some((m) => m.accelerators.some((a) => a.count !== null) || m.aiPerformance.length > 0 || m.hpl !== null);
}

export function factoriesWithoutCapacity(factories: Records): string[] {
  return factories.filter((f) => !hasCapacityFigure(f)).map((f) => `${f.id}: ${f.machines.length} machine(s), no count, performance or HPL`);
}

/** Machine steps still planned for a period that ended before `today`. */
export function overdueMachineSteps(factories: Records, today: string): string[] {
  return factories.flatMap((f) =>
    f.machines.flatMap((m) =>
      m.steps
        .filter((s) => s.status === 'planned' && periodEnd(s.date) < today)
        .map((s) => {
          const first = s.plans?.[0];
          const moved = first && first.date !== s.date ? ` (first planned for ${first.date}, announced ${first.announcedOn})` : '';
          return `${m.id}: ${s.kind} planned for ${s.date}${moved}, not reported as of ${f.checkedOn} [${s.sources.join(', ')}]`;
        }),
    ),
  );
}

/** Machine figures, accelerators, performance figures and HPL results that name one source. */
export function singleSourceMachineFacts(factories: Records): string[] {
  return factories.flatMap((f) =>
    f.machines.flatMap((m) => [
      ...MACHINE_FACT_PATHS.flatMap((path) => {
        const ids = m.cite[path];
        return ids?.length === 1 ? [`${m.id}.${path}: ${ids[0]}`] : [];
      }),
      ...m.accelerators.flatMap((a, i) => (a.sources.length === 1 ? [`${m.id}.accelerators[${i}]: ${a.sources[0]}`] : [])),
      ...m.aiPerformance.flatMap((p, i) => (p.sources.length === 1 ? [`${m.id}.aiPerformance[${i}]: ${p.sources[0]}`] : [])),
      ...(m.hpl?.sources.length === 1 ? [`${m.id}.hpl: ${m.hpl.sources[0]}`] : []),
    ]),
  );
}
