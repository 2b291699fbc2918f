// 逾期未整改: the required fixes of inspections of the official's region (or below) that are past their
// due date and not done. Shown on the dashboard only when there are any.
import Link from 'next/link';
import { dateLabel } from '@/components/notice-list';
import type { Official } from '@/lib/auth/official';
import { overdueFixes } from '@/lib/data/officials/duties';
import { zhAdminDuties } from '@/lib/i18n/zh-admin-duties';
import { ScrollTable, TableSection } from '@/components/ui/table';

const t = zhAdminDuties.dashboard;

export async function OverdueFixes({ official, now }: { official: Official; now: Date }) {
  const rows = await overdueFixes(official, now);
  if (rows.length === 0) return null;
  return (
    <TableSection id="overdue-fixes" title={t.overdueTitle} empty={null}>
      <ScrollTable caption={t.overdueCaption} columns={[t.columns.region, t.columns.requirement, t.columns.dueOn, t.columns.inspection]}>
        {rows.map((r) => (
          <tr key={r.fixId}>
            <td>{r.regionName}</td>
            <th scope="row" className="font-normal">
              {r.requirement}
            </th>
            <td className="font-bold text-brand">{dateLabel(r.dueOn)}</td>
            <td>
              <Link href={`/admin/duties/inspections/${r.inspectionId}`}>
                {t.open}
                <span className="sr-only">：{r.requirement}</span>
              </Link>
            </td>
          </tr>
        ))}
      </ScrollTable>
    </TableSection>
  );
}
