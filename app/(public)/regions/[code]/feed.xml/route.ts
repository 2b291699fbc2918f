import { getRegion, getRegionNotices } from '@/lib/data/public';
import { noticesFeed } from '@/lib/feeds/atom';
import { apiError, withApiErrors } from '@/lib/http/api-error';
import { zh } from '@/lib/i18n/zh';

type Context = { params: Promise<{ code: string }> };

export const GET = withApiErrors('regions/feed.xml', async (request: Request, { params }: Context): Promise<Response> => {
  const { code } = await params;
  const found = await getRegion(code);
  if (!found) return apiError(404, 'no_region', zh.notFound.body);
  const now = new Date();
  const { notices } = await getRegionNotices(code, now, 50);
  const xml = noticesFeed({ origin: new URL(request.url).origin, regionCode: code, regionName: found.region.name, notices, now });
  return new Response(xml, {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': 'public, max-age=300' },
  });
});
