// 工作台: what needs doing in the official's region (open notices, objections waiting, notices to close),
// then counts of households and notices. Read through lib/data, which checks the permission itself.
import { ScreeningSummary } from './screening/screening-summary';
import type { Metadata } from 'next';
import Link from 'next/link';
import { AwaitingTriage, LeftOutToScreen } from '@/components/admin/dashboard-intake';
import { OverdueFixes } from '@/components/admin/overdue-fixes';
import { FigureTiles } from '@/components/ui/figure-tiles';
import { ScrollTable, TableSection, num } from '@/components/ui/table';
import { UnvisitedHouseholds } from '@/components/admin/unvisited-households';
import { zhAdminHelp } from '@/lib/i18n/zh-admin-help';
import { dateLabel } from '@/components/notice-list';
import { requireOfficial } from '@/lib/auth/session';
import {
  getDashboard,
  type Dashboard,
  type EndedNoticeRow,
  type HouseholdStatus,
  type OpenNoticeRow,
  type PendingObjectionRow,
} from '@/lib/data/officials/dashboard';
import { formatChinaDateTime, type NoticeState } from '@/lib/domain';
import { zhAdminDashboard } from '@/lib/i18n/zh-admin-dashboard';

const t = zhAdminDashboard.dashboard;
const c = t.columns;

export const metadata: Metadata = { title: t.title };

export default async function DashboardPage() {
  const official = await requireOfficial('/admin');
  const now = new Date();
  const dashboard = await getDashboard(official, now);
  if (!dashboard) {
    return (
      <>
        <h1>{t.adminTitle}</h1>
        <p>{t.adminBody}</p>
      </>
    );
  }
  const figures = [
    { href: '#open', label: t.figures.open, value: dashboard.openNotices.length, unit: t.figures.unitNotices },
    { href: '#objections', label: t.figures.objections, value: dashboard.pendingObjections.length, unit: t.figures.unitObjections },
    { href: '#ended', label: t.figures.ended, value: dashboard.endedNotices.length, unit: t.figures.unitNotices },
    ...(dashboard.awaitingTriage ? [{ href: '#triage', label: t.figures.triage, value: dashboard.awaitingTriage.length, unit: t.figures.unitObjections }] : []),
    ...(dashboard.leftOutToScreen ? [{ href: '#left-out', label: t.figures.leftOut, value: dashboard.leftOutToScreen.length, unit: t.figures.unitObjections }] : []),
  ];
  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.region(official.regionName)}</p>
      <p className="text-base text-muted">{t.asOf(formatChinaDateTime(now))}</p>

      <h2>{t.todoTitle}</h2>
      <FigureTiles figures={figures} layout="grid grid-cols-1 gap-2 sm:grid-cols-3" highlightNonZero />

      <OpenNotices rows={dashboard.openNotices} />
      <PendingObjections rows={dashboard.pendingObjections} />
      <AwaitingTriage rows={dashboard.awaitingTriage} />
      <LeftOutToScreen rows={dashboard.leftOutToScreen} />
      <EndedNotices rows={dashboard.endedNotices} />
      <OverdueFixes official={official} now={now} />
      <UnvisitedHouseholds official={official} now={now} limit={10} />
      <p>
        <Link href="/admin/visits">{zhAdminHelp.nav.visits}</Link>
      </p>
      <Counts dashboard={dashboard} />
      <ScreeningSummary official={official} />
    </>
  );
}

function NoticeLink({ id, place }: { id: number; place: string }) {
  return <Link href={`/admin/notices/${id}`}>{t.noticeLink(place, id)}</Link>;
}

/** The first two cells of the open and the ended notices' rows: the notice (the row's header) and its period's end. */
function NoticeAndPeriodEnd({ notice }: { notice: Pick<OpenNoticeRow, 'id' | 'place' | 'periodEndDate'> }) {
  return (
    <>
      <th scope="row">
        <NoticeLink id={notice.id} place={notice.place} />
      </th>
      <td>{dateLabel(notice.periodEndDate)}</td>
    </>
  );
}

function OpenNotices({ rows }: { rows: OpenNoticeRow[] }) {
  return (
    <TableSection id="open" title={t.openTitle(rows.length)} empty={rows.length === 0 ? t.openNone : null}>
      <ScrollTable caption={t.openCaption} columns={[c.notice, c.periodEnd, c.daysLeft, num(c.entries), num(c.pending)]}>
        {rows.map((n) => (
          <tr key={n.id}>
            <NoticeAndPeriodEnd notice={n} />
            <td className={n.daysLeft <= 1 ? 'font-bold' : undefined}>{t.daysLeft(n.daysLeft)}</td>
            <td className="num">{n.entries}</td>
            <td className="num">{n.unresolvedObjections}</td>
          </tr>
        ))}
      </ScrollTable>
    </TableSection>
  );
}

function PendingObjections({ rows }: { rows: PendingObjectionRow[] }) {
  return (
    <TableSection id="objections" title={t.objectionsTitle(rows.length)} empty={rows.length === 0 ? t.objectionsNone : null}>
      <ScrollTable caption={t.objectionsCaption} columns={[c.notice, c.about, c.status, c.received, c.waiting]}>
        {rows.map((o) => (
          <tr key={o.id}>
            <th scope="row">
              <NoticeLink id={o.noticeId} place={o.place} />
            </th>
            <td>{o.about ? t.aboutEntry(o.about.position, o.about.maskedName) : t.aboutWhole}</td>
            <td>{t.objectionStatuses[o.status]}</td>
            <td>{formatChinaDateTime(o.receivedAt)}</td>
            <td>{t.daysAgo(o.daysWaiting)}</td>
          </tr>
        ))}
      </ScrollTable>
    </TableSection>
  );
}

function closableText(closable: EndedNoticeRow['closable']): string {
  if (closable.ok) return t.closable.ready;
  if (closable.reason === 'upheld_whole_notice') return t.closable.upheldWhole;
  return t.closable.unresolved(closable.count ?? 0);
}

function EndedNotices({ rows }: { rows: EndedNoticeRow[] }) {
  return (
    <TableSection id="ended" title={t.endedTitle(rows.length)} empty={rows.length === 0 ? t.endedNone : null}>
      <ScrollTable caption={t.endedCaption} columns={[c.notice, c.periodEnd, c.closable]}>
        {rows.map((n) => (
          <tr key={n.id}>
            <NoticeAndPeriodEnd notice={n} />
            {/* The words carry the meaning; the colour only repeats it. */}
            <td className={n.closable.ok ? 'font-bold text-open' : 'font-bold text-warn'}>{closableText(n.closable)}</td>
          </tr>
        ))}
      </ScrollTable>
    </TableSection>
  );
}

const householdOrder: HouseholdStatus[] = ['registered', 'listed', 'passed', 'removed'];
const noticeOrder: NoticeState[] = ['draft', 'open', 'period_ended', 'closed', 'withdrawn', 'superseded'];

function Counts({ dashboard }: { dashboard: Dashboard }) {
  return (
    <>
      <h2>{t.householdsTitle}</h2>
      <CountTable
        caption={t.householdsCaption}
        rows={householdOrder.map((s) => [t.householdStatuses[s], dashboard.householdsByStatus[s]] as const)}
      />
      <h2>{t.noticesTitle}</h2>
      <CountTable
        caption={t.noticesCaption}
        rows={noticeOrder.map((s) => [t.noticeStates[s], dashboard.noticesByState[s]] as const)}
      />
    </>
  );
}

function CountTable({ caption, rows }: { caption: string; rows: readonly (readonly [string, number])[] }) {
  const total = rows.reduce((sum, [, n]) => sum + n, 0);
  return (
    <table className="max-w-md">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{c.state}</th>
          <th scope="col" className="num">
            {c.count}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, n]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td className="num">{n}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t.total}</th>
          <td className="num font-bold">{total}</td>
        </tr>
      </tfoot>
    </table>
  );
}
