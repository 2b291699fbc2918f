import Link from 'next/link';
import type { NoticeSummary } from '@/lib/data/public';
import { noticeState, parseDateString, type NoticeState } from '@/lib/domain';
import { usePublicText } from '@/lib/i18n/public';
import { NoticeStatus } from './notice-status';

// Open notices first (villagers can still object), then the rest newest first.
const order: Record<NoticeState, number> = { open: 0, period_ended: 1, closed: 2, withdrawn: 3, superseded: 4, draft: 5 };

export function dateLabel(date: string): string {
  const d = parseDateString(date);
  return `${d.year}年${d.month}月${d.day}日`;
}

export function NoticeList({ notices, now, showPath }: { notices: (NoticeSummary & { path?: string })[]; now: Date; showPath?: boolean }) {
  const { t: zh, href, date } = usePublicText();
  const sorted = notices
    .map((n) => ({ ...n, state: noticeState(n, now) }))
    .sort((a, b) => order[a.state] - order[b.state]);
  return (
    <ul className="divide-y divide-line border-y border-line">
      {sorted.map((n) => (
        <li key={n.id} className="py-3">
          <p className="my-0">
            <NoticeStatus state={n.state} periodEndsAt={n.periodEndsAt} now={now} />
          </p>
          <p className="my-1 text-lg font-bold leading-snug">
            <Link href={href(`/notices/${n.id}`)}>{n.title}</Link>
          </p>
          <p className="my-0 text-base text-muted">
            {showPath && n.path ? `${n.path} · ` : null}
            {n.periodStartDate && n.periodEndDate
              ? zh.notice.periodLine(date.day(n.periodStartDate), date.day(n.periodEndDate))
              : null}
            {` · ${zh.notice.entriesCount(n.entries)}`}
            {n.objections > 0 ? ` · ${zh.notice.objectionsCount(n.objections)}` : null}
          </p>
        </li>
      ))}
    </ul>
  );
}
