// 逾期未整改: the required fixes of inspections of the official's region (or below) that are past their
// due date and not done. Shown on the dashboard only when there are any.
import Link from 'next/link';
import { dateLabel } from '@/components/notice-list';
import type { Official } from '@/lib/auth/official';
import { overdueFixes } from '@/lib/data/officials/duties';
import { zhAdminDuties } from '@/lib/i18n/zh-admin-duties';

const t = zhAdminDuties.dashboard;

export async function OverdueFixes({ official, now }: { official: Official; now: Date }) {
  const rows = await overdueFixes(official, now);
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="overdue-fixes">
      <h2 id="overdue-fixes">{t.overdueTitle}</h2>
      <div className="scroll-table" role="region" aria-label={t.overdueCaption} tabIndex={0}>
        <table>
          <caption className="sr-only">{t.overdueCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.columns.region}</th>
              <th scope="col">{t.columns.requirement}</th>
              <th scope="col">{t.columns.dueOn}</th>
              <th scope="col">{t.columns.inspection}</th>
            </tr>
          </thead>
          <tbody>
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
          </tbody>
        </table>
      </div>
    </section>
  );
}
