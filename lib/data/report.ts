// What the data's maintainer should look at next: the data report (`npm run data:report`). Nothing here fails a
// build; a figure without a source already did, in validation.
import { factoryEvents, periodEnd } from './events';
import { isStale, STALE_AFTER_DAYS } from './freshness';
import { factoriesWithoutCapacity, overdueMachineSteps, singleSourceMachineFacts } from './machine-report';
import { FACT_PATHS, type Dataset } from './schema';

export interface ReportSection {
  title: string;
  lines: string[];
}

/** The lists, each against `today` (the day the report runs), not the data's own date. */
export function dataReport(data: Pick<Dataset, 'factories' | 'antennas'>, today: string): ReportSection[] {
  const overdue = data.factories.flatMap((f) =>
    factoryEvents(f)
      .filter((e) => e.status === 'planned' && periodEnd(e.date) < today)
      .map(
        (e) =>
          `${f.id}: ${e.kind} planned for ${e.date}, not reported as of ${f.checkedOn} [${e.sources.join(', ')}]` +
          (e.overdue ? '' : `; the page does not flag it yet: check the record again`),
      ),
  );
  const unchecked = [...data.factories, ...data.antennas]
    .filter((r) => isStale(r.checkedOn, today))
    .map((r) => `${r.id}: last checked ${r.checkedOn}`);
  const single = data.factories.flatMap((f) =>
    FACT_PATHS.flatMap((path) => {
      const citation = f.cite[path];
      const ids = Array.isArray(citation) ? citation : citation?.derived === 'half' ? citation.sources : [];
      return ids.length === 1 ? [`${f.id}.${path}: ${ids[0]}`] : [];
    }),
  ).concat(singleSourceMachineFacts(data.factories));
  const disputes = data.factories.flatMap((f) => (f.disputes ?? []).map((d) => `${f.id}.${d.about}: ${d.note} [${d.sources.join(', ')}]`));
  return [
    { title: 'Planned events whose date has passed without a report', lines: overdue },
    { title: `Records unchecked for more than ${STALE_AFTER_DAYS} days`, lines: unchecked },
    { title: 'Figures with one source only', lines: single },
    { title: 'Sources that disagree', lines: disputes },
    { title: 'Factories with no capacity figure (accelerator count, performance or HPL)', lines: factoriesWithoutCapacity(data.factories) },
    { title: 'Machine steps planned for a date that has passed', lines: overdueMachineSteps(data.factories, today) },
  ];
}

export function formatReport(sections: readonly ReportSection[]): string {
  return sections
    .map((s) => [`${s.title} (${s.lines.length})`, ...(s.lines.length ? s.lines.map((l) => `  ${l}`) : ['  none'])].join('\n'))
    .join('\n\n');
}
