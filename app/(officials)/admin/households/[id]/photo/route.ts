// The household's photo, for officials of its region only. Anyone else (signed out, another region,
// no such household, no photo) gets the same 404, so the answer does not tell whether it exists.
import { currentOfficial } from '@/lib/auth/session';
import { getHouseholdPhoto } from '@/lib/data/officials/households';
import { parseRowId } from '@/lib/route-params';

// Private personal data: never kept by the browser or any shared cache.
const PRIVATE = { 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' };

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = parseRowId((await params).id) ?? 0;
  const official = await currentOfficial();
  const photo = official ? await getHouseholdPhoto(official, id) : null;
  if (!photo) return new Response('Not found', { status: 404, headers: { ...PRIVATE, 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(photo.bytes, {
    headers: { ...PRIVATE, 'Content-Type': photo.contentType, 'Content-Length': String(photo.bytes.byteLength) },
  });
}
