// The public print page of a notice: the board poster's layout with masked names, as the notice page
// shows them, and the same fingerprint. Nothing private, nothing audited.
import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { Breadcrumb, regionTrail } from '@/components/breadcrumb';
import { NoticePoster } from '@/components/notice-poster';
import { getNoticeCheck } from '@/lib/data/notice-print';
import { getPublicNotice } from '@/lib/data/public';
import { chinaDateString, LIST_DAYS_AFTER_CLOSING } from '@/lib/domain';
import { publicNoticeUrl } from '@/lib/http/public-url';
import { getPublicText } from '@/lib/i18n/public';
import { parseRowId } from '@/lib/route-params';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await getPublicNotice(parseRowId((await params).id) ?? 0);
  const { t: zh, poster: zhPoster } = await getPublicText();
  return { title: found ? zhPoster.printTitle(found.notice.title) : zh.notice.notFoundTitle, robots: { index: false, follow: false } };
}

export default async function NoticePrintPage({ params }: Props) {
  const id = parseRowId((await params).id) ?? 0;
  const [found, check] = await Promise.all([getPublicNotice(id), getNoticeCheck(id)]);
  if (!found || !check) notFound();
  const { notice, entries, listSummary, regionPath } = found;
  const text = await getPublicText();
  const { t: zh, poster: zhPoster, href } = text;
  const dateLabel = text.date.day;
  return (
    <>
      <Breadcrumb trail={[...regionTrail(regionPath, text), { href: href(`/notices/${notice.id}`), label: zh.notice.number(notice.id) }]} current={zhPoster.printLink} />
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
