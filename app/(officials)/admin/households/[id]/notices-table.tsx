import Link from 'next/link';
import { dateLabel } from '@/components/notice-list';
import type { HouseholdNotice } from '@/lib/data/officials/households';
import { noticeState } from '@/lib/domain';
import { zhAdminHouseholds } from '@/lib/i18n/zh-admin-households';
import { zh } from '@/lib/i18n/zh';
import { ScrollTable } from '@/components/ui/table';

const t = zhAdminHouseholds.detail;

/** The notices (公示) a household is on, with each one's state now and the household's outcome. */
export function NoticesTable({ notices, now }: { notices: HouseholdNotice[]; now: Date }) {
  if (notices.length === 0) return <p>{t.noticesNone}</p>;
  const c = t.noticeColumns;
  return (
    <ScrollTable caption={t.noticesCaption} labelledBy="notices-heading" columns={[c.notice, c.state, c.period, c.outcome]}>
      {notices.map((n) => (
        <tr key={n.noticeId}>
          <th scope="row" className="font-normal">
            <Link href={`/admin/notices/${n.noticeId}`}>{n.title}</Link>
          </th>
          <td>{zh.notice.states[noticeState(n, now)]}</td>
          <td>{n.periodStartDate && n.periodEndDate ? t.period(dateLabel(n.periodStartDate), dateLabel(n.periodEndDate)) : t.noPeriod}</td>
          <td>{n.outcome ? t.outcome[n.outcome] : t.noOutcome}</td>
        </tr>
      ))}
    </ScrollTable>
  );
}
