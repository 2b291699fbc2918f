// The table of households a search or the first list found.
import Link from 'next/link';
import type { HouseholdListRow } from '@/lib/data/officials/households';
import { zhAdminHouseholds } from '@/lib/i18n/zh-admin-households';

const t = zhAdminHouseholds;

export function HouseholdResults({ rows, total, searched }: { rows: HouseholdListRow[]; total: number; searched: boolean }) {
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading">{t.list.caption(total)}</h2>
      {rows.length === 0 ? (
        <p>{searched ? t.list.none : t.list.noneAtAll}</p>
      ) : (
        <>
          <p role="status">{t.list.count(rows.length, total)}</p>
          <HouseholdTable rows={rows} total={total} />
        </>
      )}
    </section>
  );
}

function HouseholdTable({ rows, total }: { rows: HouseholdListRow[]; total: number }) {
  const c = t.list.columns;
  return (
    <div className="scroll-table" role="region" aria-labelledby="results-heading" tabIndex={0}>
      <table className="min-w-[32rem]">
        <caption className="sr-only">{t.list.caption(total)}</caption>
        <thead>
          <tr>
            <th scope="col">{c.name}</th>
            <th scope="col">{c.village}</th>
            <th scope="col">{c.group}</th>
            <th scope="col" className="num">
              {c.year}
            </th>
            <th scope="col">{c.status}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row" className="font-normal">
                <Link href={`/admin/households/${r.id}`}>{r.fullName}</Link>
              </th>
              <td>{r.villageName}</td>
              <td>{r.villageGroup ?? t.list.noGroup}</td>
              <td className="num">{r.year}</td>
              <td>{t.statuses[r.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
