import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useFormats } from '@/components/words/use-formats';
import { useLocalePath } from '@/components/words/use-locale-path';
import type { Factory } from '@/lib/data/schema';
import type { CountryRow } from '@/lib/views/countries';

/** The map's and the country bars' table twin: every country in the view with its roles and factories. */
export function CountryTable({ rows, factories }: { rows: readonly CountryRow[]; factories: readonly Pick<Factory, 'id' | 'name'>[] }) {
  const names = new Map(factories.map((f) => [f.id, f.name]));
  const t = useTranslations('countrySpread');
  const fmt = useFormats();
  const href = useLocalePath();
  return (
    <table className="data-table" data-testid="country-table">
      <caption>{t('caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('country')}</th>
          <th scope="col" className="right">{t('colHosts')}</th>
          <th scope="col" className="right">{t('colPartner')}</th>
          <th scope="col" className="right">{t('colAntennas')}</th>
          <th scope="col">{t('colFactories')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.country}>
            <th scope="row">{fmt.countryName(r.country)}</th>
            <td className="right">{fmt.number(r.hosted)}</td>
            <td className="right">{fmt.number(r.partnerIn)}</td>
            <td className="right">{fmt.number(r.antennas)}</td>
            <td>
              {r.factoryIds.map((id, i) => (
                <span key={id}>
                  {i > 0 && ', '}
                  <Link href={href(`/factories/${id}`)} prefetch={false}>{names.get(id)}</Link>
                </span>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
