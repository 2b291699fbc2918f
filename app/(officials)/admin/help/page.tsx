// 帮扶措施: the filed households of the official's region and what each still lacks.
import type { Metadata } from 'next';
import Link from 'next/link';
import { dateLabel } from '@/components/notice-list';
import { requireOfficial } from '@/lib/auth/session';
import { listFiledHouseholds } from '@/lib/data/officials/help';
import { formatChinaDate } from '@/lib/domain/time';
import { zhAdminHelp } from '@/lib/i18n/zh-admin-help';
import { ScrollTable, num } from '@/components/ui/table';

const t = zhAdminHelp;
const l = t.list;

export const metadata: Metadata = { title: l.title };

export default async function HelpListPage() {
  const official = await requireOfficial('/admin/help');
  const { rows, total } = await listFiledHouseholds(official);
  return (
    <>
      <h1>{l.title}</h1>
      <p>{l.intro(official.regionName)}</p>
      {rows.length === 0 ? (
        <p>{l.none}</p>
      ) : (
        <>
          <p>{l.count(rows.length, total)}</p>
          <ScrollTable caption={l.caption(total)} showCaption columns={[l.columns.name, l.columns.village, l.columns.filedOn, num(l.columns.helpers), num(l.columns.projects), l.columns.lastVisit, l.columns.missing]}>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row" className="font-normal">
                  <Link href={`/admin/help/${row.id}`}>{row.fullName}</Link>
                </th>
                <td>{`${row.townshipName} ${row.villageName}`}</td>
                <td>{formatChinaDate(row.filedAt)}</td>
                <td className="num">{l.helpersCount(row.helpers)}</td>
                <td className="num">{l.projectsCount(row.projects)}</td>
                <td>{row.lastVisitedOn ? dateLabel(row.lastVisitedOn) : l.neverVisited}</td>
                <td className={row.gaps.length > 0 ? 'font-bold text-warn' : undefined}>
                  {row.gaps.length > 0 ? t.joinList(row.gaps.map((g) => t.gaps[g])) : l.complete}
                </td>
              </tr>
            ))}
          </ScrollTable>
        </>
      )}
    </>
  );
}
