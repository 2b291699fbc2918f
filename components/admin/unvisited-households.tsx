// 超过90天未回访: the filed households of the official's region whose last visit is more than 90 days
// old, or who were never visited. A server component: the dashboard and /admin/visits include it.
// It reads through lib/data, which confines the list to the official's region.
import Link from 'next/link';
import { dateLabel } from '@/components/notice-list';
import type { Official } from '@/lib/auth/official';
import { listUnvisitedHouseholds } from '@/lib/data/officials/visits';
import { can } from '@/lib/domain/permissions';
import { zhAdminHelp } from '@/lib/i18n/zh-admin-help';
import { ScrollTable, TableSection, num } from '@/components/ui/table';

type Props = {
  official: Official;
  /** The server's clock of this request; tests and the dashboard pass the same instant they use. */
  now: Date;
  /** At most this many rows (the dashboard shows a few; /admin/visits all). */
  limit?: number;
  /** The heading level that fits where the list is placed. */
  headingLevel?: 'h2' | 'h3';
};

export async function UnvisitedHouseholds({ official, now, limit = 200, headingLevel = 'h2' }: Props) {
  const t = zhAdminHelp.unvisited;
  const { rows, total } = await listUnvisitedHouseholds(official, now, limit);
  return (
    <TableSection id="unvisited-heading" level={headingLevel} title={t.title(total)} intro={<p>{t.intro}</p>} empty={rows.length === 0 ? t.none : null}>
      {rows.length < total ? <p>{t.more(rows.length, total)}</p> : null}
      <ScrollTable
        caption={t.caption}
        labelledBy="unvisited-heading"
        columns={[t.columns.name, t.columns.village, t.columns.lastVisit, num(t.columns.days), t.columns.action]}
      >
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row" className="font-normal">
              <Link href={`/admin/help/${row.id}`}>{row.fullName}</Link>
            </th>
            <td>{row.villageName}</td>
            <td>{row.lastVisitedOn ? dateLabel(row.lastVisitedOn) : <strong>{t.never}</strong>}</td>
            <td className="num">{row.daysSince === null ? t.neverDays : t.days(row.daysSince)}</td>
            <td>
              {can(official, 'visit.record', row.villageCode) ? (
                <Link href={`/admin/visits/new?household=${row.id}`}>{t.record(row.fullName)}</Link>
              ) : null}
            </td>
          </tr>
        ))}
      </ScrollTable>
    </TableSection>
  );
}
