'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { EventLine } from '@/components/site/event-line';
import { useFormats } from '@/components/words/use-formats';
import { useLocalePath } from '@/components/words/use-locale-path';
import { SourceTitle } from '@/components/site/source-title';
import { EstimateLink } from '@/components/charts/estimate-link';
import { useComputeWords } from '@/components/words/use-compute-words';
import type { CompareColumn, CompareModel, MoneyBar } from '@/lib/views/compare';
import styles from './compare.module.css';

interface Props {
  model: CompareModel;
  sectorLabel: (slug: string) => string;
  /** The comparison without one factory, for its "remove" link. */
  without: (id: string) => string;
}

/**
 * The comparison as a table: a column per factory, a row per question. Row labels stay in view when the table
 * scrolls inside its box on a phone; shared sectors say "shared" in words, not by colour alone.
 */
export function CompareTable({ model, sectorLabel, without }: Props) {
  const t = useTranslations('compare');
  const f = useTranslations('factory');
  const status = useTranslations('status');
  const common = useTranslations('common');
  const fmt = useFormats();
  const href = useLocalePath();
  const words = useComputeWords();

  const money = (bar: MoneyBar, series: 'total' | 'eu' | 'national') =>
    bar.eur === null ? (
      <span className="muted" data-money="undisclosed">{status('notDisclosed')}</span>
    ) : (
      <span className={styles.money} data-money={series}>
        <span title={fmt.eurFull(bar.eur)}>{fmt.eur(bar.eur)}</span>
        <span className={styles.track} aria-hidden="true">
          <span className={styles.fill} data-series={series} style={{ width: `${Math.max((bar.share ?? 0) * 100, 0.5)}%` }} />
        </span>
      </span>
    );
  // One line per machine, named when the factory has more than one; "not disclosed" where its sources give nothing.
  const perMachine = (c: CompareColumn, line: (m: CompareColumn['machines'][number]) => React.ReactNode) => {
    const lines = c.machines.map((m) => ({ m, text: line(m) }));
    if (!lines.some((l) => l.text !== null)) return <span className="muted">{fmt.notDisclosed}</span>;
    return (
      <ul className={styles.list}>
        {lines.map(({ m, text }) => (
          <li key={m.key}>
            {c.machines.length > 1 && <span lang="en">{m.machine ?? m.key}: </span>}
            {text ?? <span className="muted">{fmt.notDisclosed}</span>}
          </li>
        ))}
      </ul>
    );
  };
  const joined = (items: string[]) => (items.length ? items.join('; ') : null);
  const rows: { id: string; label: string; cell: (c: CompareColumn) => React.ReactNode; estimate?: boolean }[] = [
    { id: 'host', label: f('host'), cell: (c) => c.factory.host },
    { id: 'location', label: f('location'), cell: (c) => `${c.factory.city}, ${fmt.countryName(c.factory.country)}` },
    {
      id: 'selected',
      label: t('selected'),
      cell: (c) => (
        <>
          {common('wave', { wave: c.factory.wave })} · <time dateTime={c.factory.selectedOn}>{fmt.date(c.factory.selectedOn)}</time>
        </>
      ),
    },
    {
      id: 'sectors',
      label: f('sectors'),
      cell: (c) =>
        c.sectors.length ? (
          <ul className={styles.list}>
            {c.sectors.map((s) => (
              <li key={s.slug} data-shared={s.shared || undefined}>
                {s.shared ? <strong>{sectorLabel(s.slug)}</strong> : sectorLabel(s.slug)}
                {s.shared && <span className={styles.shared}>{t('shared')}</span>}
              </li>
            ))}
          </ul>
        ) : (
          <span className="muted">{fmt.notDisclosed}</span>
        ),
    },
    {
      id: 'partners',
      label: f('partners'),
      cell: (c) => (c.factory.partnerCountries.length ? fmt.list(c.factory.partnerCountries.map(fmt.countryName)) : <span className="muted">{f('nonePartners')}</span>),
    },
    {
      id: 'antennas',
      label: f('antennas'),
      cell: (c) =>
        c.antennas.length ? (
          <ul className={styles.list}>
            {c.antennas.map((a) => (
              <li key={a.id}>{a.name ? `${a.name}, ${fmt.countryName(a.country)}` : fmt.countryName(a.country)}</li>
            ))}
          </ul>
        ) : (
          <span className="muted">{t('noAntennas')}</span>
        ),
    },
    {
      id: 'supercomputer',
      label: f('machine'),
      cell: (c) => (
        <>
          {/* The records describe their machines in English ("New AI-optimised system at HLRS"). */}
          <span lang="en">{c.factory.supercomputer.name}</span>
          <span className={styles.sub}>{c.factory.supercomputer.kind === 'new' ? f('kindNew') : f('kindUpgrade')}</span>
        </>
      ),
    },
    // The machines, as the compute figure reads them (lib/views/compute.ts).
    { id: 'accelerators', label: t('accelerators'), cell: (c) => perMachine(c, (m) => joined(m.models) && <span lang="en">{joined(m.models)}</span>) },
    { id: 'acceleratorCount', label: t('acceleratorCount'), cell: (c) => perMachine(c, (m) => joined(words.stated({ counts: m.counts, performance: [], hpl: null }))) },
    { id: 'aiPerformance', label: t('aiPerformance'), cell: (c) => perMachine(c, (m) => joined(words.stated({ counts: [], performance: m.performance, hpl: null }))) },
    {
      id: 'estimate',
      label: t('estimate'),
      estimate: true,
      cell: (c) =>
        perMachine(
          c,
          (m) =>
            m.shown === null ? null : (
              <>
                <span data-estimate={m.shown}>{words.estimate(m.shown, m.estimate!.lowerBound || !m.estimate!.complete)}</span> (<EstimateLink words={words} />)
              </>
            ),
        ),
    },
    { id: 'machineStatus', label: t('machineStatus'), cell: (c) => perMachine(c, (m) => words.standing(m)) },
    ...(['launch', 'operation'] as const).map((kind) => ({
      id: kind,
      label: status(kind),
      cell: (c: CompareColumn) => {
        const e = c.events.find((x) => x.kind === kind);
        return e ? <EventLine event={e} t={status} fmt={fmt} /> : <span className="muted">{fmt.notDisclosed}</span>;
      },
    })),
    { id: 'total', label: f('total'), cell: (c) => money(c.funding.total, 'total') },
    { id: 'eu', label: f('eu'), cell: (c) => money(c.funding.eu, 'eu') },
    { id: 'national', label: f('national'), cell: (c) => money(c.funding.national, 'national') },
    {
      id: 'sources',
      label: f('sources'),
      cell: (c) => (
        <ol className={styles.sources}>
          {c.factory.sources.map((s) => (
            <li key={s.url}>
              <a href={s.url} rel="noopener noreferrer">
                {s.title ? <SourceTitle source={s} /> : new URL(s.url).hostname}
              </a>
            </li>
          ))}
        </ol>
      ),
    },
  ];

  return (
    <div className={styles.scroll} tabIndex={0} role="region" aria-labelledby="compare-caption">
      <table className={`data-table ${styles.table}`} data-testid="compare-table" style={{ '--columns': model.columns.length } as React.CSSProperties}>
        <caption id="compare-caption" className="visually-hidden">
          {t('caption', { count: model.columns.length })}
        </caption>
        <thead>
          <tr>
            <td className={styles.corner} />
            {model.columns.map((c) => (
              <th key={c.factory.id} scope="col" data-id={c.factory.id}>
                <Link href={href(`/factories/${c.factory.id}`)} prefetch={false}>
                  {c.factory.name}
                </Link>
                {model.columns.length > 2 && (
                  <a className={styles.remove} href={without(c.factory.id)} data-print="hide" aria-label={t('remove', { name: c.factory.name })}>
                    {t('removeShort')}
                  </a>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-row={row.id} data-estimate-scope={row.estimate ? '' : undefined}>
              <th scope="row">{row.label}</th>
              {model.columns.map((c) => (
                <td key={c.factory.id}>{row.cell(c)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
