// The public print page of a notice: the board poster's layout with masked names, as the notice page
// shows them, and the same fingerprint. Nothing private, nothing audited.
import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { Breadcrumb, regionTrail } from '@/components/breadcrumb';
import { dateLabel } from '@/components/notice-list';
import { NoticePoster } from '@/components/notice-poster';
import { getNoticeCheck } from '@/lib/data/notice-print';
import { getPublicNotice } from '@/lib/data/public';
import { chinaDateString, LIST_DAYS_AFTER_CLOSING } from '@/lib/domain';
import { publicNoticeUrl } from '@/lib/http/public-url';
import { zh } from '@/lib/i18n/zh';
import { zhPoster } from '@/lib/i18n/zh-poster';

type Props = { params: Promise<{ id: string }> };

function parseId(raw: string): number {
  return /^[1-9][0-9]{0,9}$/.test(raw) ? Number(raw) : 0;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await getPublicNotice(parseId((await params).id));
  return { title: found ? zhPoster.printTitle(found.notice.title) : zh.notice.notFoundTitle, robots: { index: false, follow: false } };
}

export default async function NoticePrintPage({ params }: Props) {
  const id = parseId((await params).id);
  const [found, check] = await Promise.all([getPublicNotice(id), getNoticeCheck(id)]);
  if (!found || !check) notFound();
  const { notice, entries, listSummary, regionPath } = found;
  return (
    <>
      <Breadcrumb trail={[...regionTrail(regionPath), { href: `/notices/${notice.id}`, label: `公示 ${notice.id}` }]} current={zhPoster.printLink} />
      <NoticePoster
        notice={notice}
        villagePath={regionPath.map((r) => r.name).join(' ')}
        entries={listSummary ? null : entries}
        listHidden={listSummary?.visibility === 'withdrawn' ? zh.notice.listWithdrawn : zh.notice.listExpired(LIST_DAYS_AFTER_CLOSING)}
        incomeThreshold={check.incomeThreshold}
        fingerprint={check.fingerprint}
        publicUrl={publicNoticeUrl(await headers(), notice.id)}
        postedOn={dateLabel(chinaDateString(new Date()))}
        note={zhPoster.printNote}
      />
    </>
  );
}
