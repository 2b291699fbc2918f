// The table of households a search or the first list found.
import Link from 'next/link';
import type { HouseholdListRow } from '@/lib/data/officials/households';
import { zhAdminHouseholds } from '@/lib/i18n/zh-admin-households';
import { ScrollTable, TableSection, num } from '@/components/ui/table';

const t = zhAdminHouseholds;

export function HouseholdResults({ rows, total, searched }: { rows: HouseholdListRow[]; total: number; searched: boolean }) {
  return (
    <TableSection id="results-heading" title={t.list.caption(total)} empty={rows.length > 0 ? null : searched ? t.list.none : t.list.noneAtAll}>
      <p role="status">{t.list.count(rows.length, total)}</p>
      <HouseholdTable rows={rows} total={total} />
    </TableSection>
  );
}

function HouseholdTable({ rows, total }: { rows: HouseholdListRow[]; total: number }) {
  const c = t.list.columns;
  return (
    <ScrollTable caption={t.list.caption(total)} labelledBy="results-heading" className="min-w-[32rem]" columns={[c.name, c.village, c.group, num(c.year), c.status]}>
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
    </ScrollTable>
  );
}
