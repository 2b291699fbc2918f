// The board photo of a posting (张贴记录), for officials of the notice's village or above only: it
// shows the households' full names. Anyone else (signed out, another region, no such posting or
// photo) gets the same 404, so the answer does not tell whether it exists. Each read is audited.
import { currentOfficial } from '@/lib/auth/session';
import { getPostingPhoto } from '@/lib/data/officials/participation';
import { parseRowId } from '@/lib/route-params';

const PRIVATE = { 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' };

export async function GET(_request: Request, { params }: { params: Promise<{ id: string; postingId: string }> }) {
  const { id: noticeId, postingId } = await params;
  const official = await currentOfficial();
  const photo = official ? await getPostingPhoto(official, parseRowId(noticeId) ?? 0, parseRowId(postingId) ?? 0) : null;
  if (!photo) return new Response('Not found', { status: 404, headers: { ...PRIVATE, 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(photo.bytes, {
    headers: { ...PRIVATE, 'Content-Type': photo.contentType, 'Content-Length': String(photo.bytes.byteLength) },
  });
}
