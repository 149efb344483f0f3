import Link from 'next/link';
import type { FactoryFunding } from '@/lib/aggregate';
import { formatEurFull } from '@/lib/format';

/** The funding bars' table twin: every figure in full euros, "not disclosed" where a factory gives none. */
export function FundingTable({ rows }: { rows: readonly FactoryFunding[] }) {
  return (
    <table className="data-table" data-testid="funding-table">
      <caption>Announced investment per factory, in euros</caption>
      <thead>
        <tr>
          <th scope="col">Factory</th>
          <th scope="col" className="right">Wave</th>
          <th scope="col" className="right">Total</th>
          <th scope="col" className="right">EU</th>
          <th scope="col" className="right">National</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <th scope="row">
              <Link href={`/factories/${r.id}`} prefetch={false}>{r.name}</Link>
            </th>
            <td className="right">{r.wave}</td>
            <td className="right">{formatEurFull(r.totalEur)}</td>
            <td className="right">{formatEurFull(r.euEur)}</td>
            <td className="right">{formatEurFull(r.nationalEur)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
