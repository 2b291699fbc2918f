// 张贴用公示: the A4 poster for the village board, with full names (lib/data/officials/poster.ts audits
// each view). Printed from the browser; the site's header, navigation and this page's notes do not print.
import type { Metadata } from 'next';
import Link from 'next/link';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { Breadcrumb } from '@/components/breadcrumb';
import { dateLabel } from '@/components/notice-list';
import { NoticePoster } from '@/components/notice-poster';
import { requireOfficial } from '@/lib/auth/session';
import { getNoticePoster } from '@/lib/data/officials/poster';
import { chinaDateString } from '@/lib/domain';
import { publicNoticeUrl } from '@/lib/http/public-url';
import { zhPoster } from '@/lib/i18n/zh-poster';
import { parseRowId } from '@/lib/route-params';
import { noticeTrail } from '../../route-params';

export const metadata: Metadata = { title: '张贴用公示' };

export default async function PosterPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: rawId } = await params;
  const official = await requireOfficial(`/admin/notices/${encodeURIComponent(rawId)}/poster`);
  const now = new Date();
  const poster = await getNoticePoster(official, parseRowId(rawId) ?? 0, now);
  if (!poster) notFound();
  const trail = (
    <Breadcrumb
      trail={noticeTrail(poster.notice.id)}
      current={zhPoster.posterTitle(poster.notice.id)}
    />
  );
  if (!poster.postable) {
    return (
      <>
        {trail}
        <h1>{zhPoster.notPostableTitle}</h1>
        <p>{zhPoster.notPostable}</p>
        <p>
          <Link href={`/admin/notices/${poster.notice.id}`}>{zhPoster.backToNotice}</Link>
        </p>
      </>
    );
  }
  return (
    <>
      {trail}
      <NoticePoster
        notice={poster.notice}
        villagePath={poster.regionPath.map((r) => r.name).join(' ')}
        entries={poster.entries}
        fullNames={new Map(poster.entries.map((e) => [e.id, e.fullName]))}
        incomeThreshold={poster.incomeThreshold}
        fingerprint={poster.fingerprint}
        publicUrl={publicNoticeUrl(await headers(), poster.notice.id)}
        postedOn={dateLabel(chinaDateString(now))}
        note={zhPoster.posterNote}
      />
    </>
  );
}
