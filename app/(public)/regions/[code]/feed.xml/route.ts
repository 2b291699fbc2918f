import { getRegion, getRegionNotices } from '@/lib/data/public';
import { noticesFeed } from '@/lib/feeds/atom';

export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const found = await getRegion(code);
  if (!found) return new Response('Not found', { status: 404 });
  const now = new Date();
  const { notices } = await getRegionNotices(code, now, 50);
  const xml = noticesFeed({ origin: new URL(request.url).origin, regionCode: code, regionName: found.region.name, notices, now });
  return new Response(xml, {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': 'public, max-age=300' },
  });
}
