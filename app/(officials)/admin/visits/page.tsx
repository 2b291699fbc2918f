// 定期回访: the latest visits in the official's region and the households waiting for one.
import type { Metadata } from 'next';
import Link from 'next/link';
import { UnvisitedHouseholds } from '@/components/admin/unvisited-households';
import { dateLabel } from '@/components/notice-list';
import { requireOfficial } from '@/lib/auth/session';
import { listRecentVisits } from '@/lib/data/officials/visits';
import { zhAdminHelp } from '@/lib/i18n/zh-admin-help';
import { ScrollTable, TableSection } from '@/components/ui/table';

const t = zhAdminHelp.visits;

export const metadata: Metadata = { title: t.title };

export default async function VisitsPage() {
  const official = await requireOfficial('/admin/visits');
  const now = new Date();
  const recent = await listRecentVisits(official);
  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.intro(official.regionName)}</p>

      <UnvisitedHouseholds official={official} now={now} />

      <TableSection id="recent-heading" title={t.recentTitle} empty={recent.length === 0 ? t.recentNone : null}>
        <ScrollTable caption={t.recentCaption(recent.length)} columns={[t.columns.visitedOn, t.columns.household, t.columns.village, t.columns.visitor, t.columns.findings]}>
          {recent.map((v) => (
            <tr key={v.id}>
              <td>{dateLabel(v.visitedOn)}</td>
              <th scope="row" className="font-normal">
                <Link href={`/admin/help/${v.householdId}#visits-heading`}>{v.fullName}</Link>
              </th>
              <td>{v.villageName}</td>
              <td>{v.visitor}</td>
              <td>{v.findings}</td>
            </tr>
          ))}
        </ScrollTable>
      </TableSection>
    </>
  );
}
