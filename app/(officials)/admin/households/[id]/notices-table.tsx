import Link from 'next/link';
import { dateLabel } from '@/components/notice-list';
import type { HouseholdNotice } from '@/lib/data/officials/households';
import { noticeState } from '@/lib/domain';
import { zhAdminHouseholds } from '@/lib/i18n/zh-admin-households';
import { zh } from '@/lib/i18n/zh';

const t = zhAdminHouseholds.detail;

/** The notices (公示) a household is on, with each one's state now and the household's outcome. */
export function NoticesTable({ notices, now }: { notices: HouseholdNotice[]; now: Date }) {
  if (notices.length === 0) return <p>{t.noticesNone}</p>;
  const c = t.noticeColumns;
  return (
    <div className="scroll-table" role="region" aria-labelledby="notices-heading" tabIndex={0}>
      <table>
        <caption className="sr-only">{t.noticesCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{c.notice}</th>
            <th scope="col">{c.state}</th>
            <th scope="col">{c.period}</th>
            <th scope="col">{c.outcome}</th>
          </tr>
        </thead>
        <tbody>
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
        </tbody>
      </table>
    </div>
  );
}
