'use client';

// The compute figure's words, apart from its drawing (components/charts/compute-bars.tsx): the key figures, the
// table's machine columns and the comparison say these too, and need none of the bars.
import { useTranslations } from 'next-intl';
import type { MachineStatus } from '@/lib/data/schema';
import type { ComputeRow, GroupSum } from '@/lib/views/compute';
import { useFormats } from './use-formats';

const COUNT_KEY = { exact: 'countExact', 'at-least': 'countAtLeast', about: 'countAbout', 'up-to': 'countUpTo' } as const;

export type ComputeWords = ReturnType<typeof useComputeWords>;

/** The compute figure's words in the page's language: estimates, stated figures, statuses. */
export function useComputeWords() {
  const t = useTranslations('compute');
  const fmt = useFormats();
  return {
    t,
    estimate: (shown: number, atLeast: boolean) => t(atLeast ? 'valueAtLeast' : 'value', { count: shown }),
    status: (status: MachineStatus) => t(status),
    /** "in operation since March 2025", "planned · operation planned: 2027". */
    standing: (row: Pick<ComputeRow, 'status' | 'operation'>) => {
      const op = row.operation;
      const date = op ? fmt.date(op.date) : '';
      const when = op && (op.status === 'reported' ? t('since', { date }) : op.overdue ? t('plannedOverdue', { date, checked: fmt.date(op.checkedOn) }) : t('plannedFor', { date }));
      return [t(row.status), when].filter(Boolean).join(' · ');
    },
    /** What the sources state, each figure as written: counts, AI performance with its precision, HPL. */
    stated: (row: Pick<ComputeRow, 'counts' | 'performance' | 'hpl'>) => [
      ...row.counts.map((c) => t(COUNT_KEY[c.qualifier], { count: fmt.number(c.count), model: c.model })),
      ...row.performance.map((p) =>
        t('performance', { value: fmt.number(p.value), unit: p.unit, precision: p.precision, sparsity: p.sparsity === null ? 'unstated' : p.sparsity ? 'sparse' : 'dense' }),
      ),
      ...(row.hpl ? [t('hpl', { value: fmt.number(row.hpl.rmaxPflops), list: row.hpl.list, rank: row.hpl.rank })] : []),
    ],
    /** A key figure: "≈ 20,000", "≥ 20,000" when some part is a lower bound, or "not disclosed". */
    total: (sum: GroupSum) => (sum.estimated ? `${sum.atLeast ? '≥' : '≈'} ${fmt.number(sum.shown)}` : fmt.notDisclosed),
    /** "from 3 of 19 factories". */
    coverage: (sum: GroupSum, factories: number) => t('kpiCoverage', { covered: sum.factories, total: factories }),
    fmt,
  };
}
