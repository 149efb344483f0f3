import Link from 'next/link';
import type { FactoryFunding } from '@/lib/views/aggregate';
import { useTranslations } from 'next-intl';
import { useFormats } from '@/components/site/use-formats';
import { useLocalePath } from '@/components/site/use-locale-path';

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
