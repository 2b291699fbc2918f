// What the public sent in that waits for the village or township, on the dashboard: objections lodged
// online awaiting triage (accept or reject, each on its own page) and left-out reports (应列未列) awaiting
// screening. Each section appears only for roles that may act on it (the read model gives null otherwise).
import Link from 'next/link';
import { ScrollTable, TableSection } from '@/components/ui/table';
import type { LeftOutToScreenRow, TriageRow } from '@/lib/data/officials/dashboard';
import { formatChinaDateTime } from '@/lib/domain';
import { zhAdminDashboard } from '@/lib/i18n/zh-admin-dashboard';
import { zhAdminOnlineObjections } from '@/lib/i18n/zh-admin-online-objections';

const t = zhAdminDashboard.dashboard;
const c = t.columns;

export function AwaitingTriage({ rows }: { rows: TriageRow[] | null }) {
  if (rows === null) return null;
  return (
    <TableSection id="triage" title={zhAdminOnlineObjections.titleCount(rows.length)} empty={rows.length === 0 ? t.triageNone : null}>
      <ScrollTable caption={t.triageCaption} columns={[c.reference, c.notice, c.about, c.received, c.waiting]}>
        {rows.map((o) => (
          <tr key={o.id}>
            <th scope="row" className="font-normal">
              <Link href={`/admin/notices/${o.noticeId}/online/${o.id}`} className="font-mono">
                {zhAdminOnlineObjections.open(o.reference)}
              </Link>
            </th>
            <td>{t.noticeLink(o.place, o.noticeId)}</td>
            <td>{o.about ? t.aboutEntry(o.about.position, o.about.maskedName) : t.aboutWhole}</td>
            <td>{formatChinaDateTime(o.receivedAt)}</td>
            <td>{t.daysAgo(o.daysWaiting)}</td>
          </tr>
        ))}
      </ScrollTable>
    </TableSection>
  );
}

export function LeftOutToScreen({ rows }: { rows: LeftOutToScreenRow[] | null }) {
  if (rows === null) return null;
  return (
    <TableSection id="left-out" title={t.leftOutTitle(rows.length)} empty={rows.length === 0 ? t.leftOutNone : null}>
      <ScrollTable caption={t.leftOutCaption} columns={[c.reference, c.village, c.received, c.waiting]}>
        {rows.map((r) => (
          <tr key={r.id}>
            <th scope="row" className="font-normal">
              <Link href={`/admin/left-out/${r.id}`} className="font-mono">
                {t.leftOutOpen(r.reference)}
              </Link>
            </th>
            <td>{r.place}</td>
            <td>{formatChinaDateTime(r.receivedAt)}</td>
            <td>{t.daysAgo(r.daysWaiting)}</td>
          </tr>
        ))}
      </ScrollTable>
    </TableSection>
  );
}
