import type { Metadata } from 'next';
import Link from 'next/link';
import { dateLabel } from '@/components/notice-list';
import { NoticeStatus } from '@/components/notice-status';
import { groupNotices, listRegionNotices, villagesFor, type NoticeGroups } from '@/lib/data/officials/notices';
import { requireOfficial } from '@/lib/auth/session';
import { daysLeft } from '@/lib/domain';
import { zhAdminNotices } from '@/lib/i18n/zh-admin-notices';
import { DoneMessage } from '@/components/ui/done-message';
import { doneMessage, type SearchParams } from './route-params';
import { ScrollTable, TableSection, num } from '@/components/ui/table';

const t = zhAdminNotices.list;

export const metadata: Metadata = { title: t.title };

// The groups in the order an official works through them.
const GROUPS = ['drafts', 'open', 'ended', 'closed', 'inactive'] as const;

export default async function NoticesPage({ searchParams }: { searchParams: SearchParams }) {
  const official = await requireOfficial('/admin/notices');
  const now = new Date();
  const [rows, draftVillages] = await Promise.all([listRegionNotices(official), villagesFor(official, 'notice.draft')]);
  const groups = groupNotices(rows, now);
  return (
    <>
      <h1>{t.title}</h1>
      <DoneMessage message={doneMessage((await searchParams).done)} />
      <p>{t.intro}</p>
      {draftVillages.length > 0 ? (
        <p>
          <Link href="/admin/notices/new" className="inline-block border-2 border-open bg-open px-4 py-2 font-bold text-white no-underline">
            {t.newNotice}
          </Link>
        </p>
      ) : null}
      {rows.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        GROUPS.map((key) => <Group key={key} name={key} rows={groups[key]} now={now} />)
      )}
    </>
  );
}

function Group({ name, rows, now }: { name: (typeof GROUPS)[number]; rows: NoticeGroups[(typeof GROUPS)[number]]; now: Date }) {
  const heading = t.groups[name];
  const c = t.columns;
  return (
    <TableSection id={`group-${name}`} title={t.groupHeading(heading, rows.length)} empty={rows.length === 0 ? t.groupNone : null} mutedEmpty>
      <ScrollTable
        caption={t.caption(heading, rows.length)}
        labelledBy={`group-${name}`}
        className="min-w-[36rem]"
        columns={[c.title, c.village, c.period, num(c.households), c.objections, c.state]}
      >
        {rows.map((n) => (
          <tr key={n.id}>
            <th scope="row" className="font-normal">
              <Link href={`/admin/notices/${n.id}`}>{n.title}</Link>
            </th>
            <td>{n.villageName}</td>
            <td>{n.periodStartDate && n.periodEndDate ? t.periodRange(dateLabel(n.periodStartDate), dateLabel(n.periodEndDate)) : t.notPublished}</td>
            <td className="num">{n.entries}</td>
            <td>{n.state === 'draft' ? '—' : t.objectionCount(n.objections, n.unresolved)}</td>
            <td>
              {n.state === 'open' && n.periodEndsAt ? (
                t.daysLeft(daysLeft(n.periodEndsAt, now))
              ) : n.state === 'period_ended' ? (
                n.unresolved > 0 ? t.needsResolution : n.upheldWhole > 0 ? t.needsWithdrawal : t.readyToClose
              ) : (
                <NoticeStatus state={n.state} periodEndsAt={n.periodEndsAt} now={now} />
              )}
            </td>
          </tr>
        ))}
      </ScrollTable>
    </TableSection>
  );
}
