import Link from 'next/link';
import type { CountryRoles } from '@/lib/aggregate';

/** The map's and the country bars' table twin: every country in the view with its roles and factories. */
export function CountryTable({ rows, names }: { rows: readonly CountryRoles[]; names: ReadonlyMap<string, string> }) {
  return (
    <table className="data-table" data-testid="country-table">
      <caption>Countries by role, in the current view</caption>
      <thead>
        <tr>
          <th scope="col">Country</th>
          <th scope="col" className="right">Hosts</th>
          <th scope="col" className="right">Partner in</th>
          <th scope="col" className="right">Antennas</th>
          <th scope="col">Factories</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.country}>
            <th scope="row">{r.name}</th>
            <td className="right">{r.hosted}</td>
            <td className="right">{r.partnerIn}</td>
            <td className="right">{r.antennas}</td>
            <td>
              {r.factoryIds.map((id, i) => (
                <span key={id}>
                  {i > 0 && ', '}
                  <Link href={`/factories/${id}`} prefetch={false}>{names.get(id)}</Link>
                </span>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
