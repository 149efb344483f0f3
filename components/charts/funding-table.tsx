import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { FactoryFunding, WaveFunding } from '@/lib/views/funding';
import { useFormats } from '@/components/words/use-formats';
import { useLocalePath } from '@/components/words/use-locale-path';

/** The funding bars' table twin: every figure in full euros, "not disclosed" where a factory gives none. */
export function FundingTable({ rows }: { rows: readonly FactoryFunding[] }) {
  const t = useTranslations('funding');
  const fmt = useFormats();
  const href = useLocalePath();
  return (
    <table className="data-table" data-testid="funding-table">
      <caption>{t('factoryCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('colFactory')}</th>
          <th scope="col" className="right">{t('colWave')}</th>
          <th scope="col" className="right">{t('colTotal')}</th>
          <th scope="col" className="right">{t('colEu')}</th>
          <th scope="col" className="right">{t('colNational')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <th scope="row">
              <Link href={href(`/factories/${r.id}`)} prefetch={false}>{r.name}</Link>
            </th>
            <td className="right">{fmt.number(r.wave)}</td>
            <td className="right">{fmt.eurFull(r.totalEur)}</td>
            <td className="right">{fmt.eurFull(r.euEur)}</td>
            <td className="right">{fmt.eurFull(r.nationalEur)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The wave bars' table twin: what each wave announced at selection, and how many of its factories are shown. */
export function WaveTable({ rows }: { rows: readonly WaveFunding[] }) {
  const t = useTranslations('funding');
  const fmt = useFormats();
  return (
    <table className="data-table" data-testid="wave-table">
      <caption>{t('perWave')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('colWave')}</th>
          <th scope="col">{t('colSelected')}</th>
          <th scope="col" className="right">{t('colShown')}</th>
          <th scope="col" className="right">{t('colAnnounced')}</th>
          <th scope="col" className="right">{t('colOfWhichEu')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((w) => (
          <tr key={w.id}>
            <th scope="row">{w.label}</th>
            <td>{fmt.month(w.selectedOn)}</td>
            <td className="right">{fmt.number(w.factories)}</td>
            <td className="right">{fmt.announced(w.announcedEur, w.announcedMinEur, true)}</td>
            <td className="right">{fmt.eurFull(w.announcedEuEur)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
