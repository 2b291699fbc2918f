// The households waiting for the official's own approval step (审批建档), the longest-waiting first.
import Link from 'next/link';
import { dateLabel } from '@/components/notice-list';
import type { QueueRow } from '@/lib/data/officials/approvals';
import { zhAdminApprovals } from '@/lib/i18n/zh-admin-approvals';
import { ScrollTable } from '@/components/ui/table';

const t = zhAdminApprovals.queue;

export function ApprovalQueueTable({ rows, labelledBy }: { rows: QueueRow[]; labelledBy: string }) {
  const c = t.columns;
  return (
    <ScrollTable caption={t.waitingCaption} labelledBy={labelledBy} className="min-w-[36rem]" columns={[c.name, c.village, c.notice, c.round, c.since, c.action]}>
      {rows.map((r) => (
        <tr key={r.householdId}>
          <th scope="row" className="font-normal">
            {r.fullName}
          </th>
          <td>{`${r.townshipName} ${r.villageName}`}</td>
          <td>{r.noticeId === null ? t.sinceUnknown : <Link href={`/notices/${r.noticeId}`}>{t.noticeLabel(r.noticeId)}</Link>}</td>
          <td>{t.roundLabel(r.round)}</td>
          <td>{r.waitingSinceOn ? dateLabel(r.waitingSinceOn) : t.sinceUnknown}</td>
          <td>
            <Link href={`/admin/approvals/${r.householdId}`} aria-label={t.openLabel(r.fullName)} className="font-bold">
              {t.open}
            </Link>
          </td>
        </tr>
      ))}
    </ScrollTable>
  );
}
