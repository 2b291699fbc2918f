// POST /admin/roster/export with format=xlsx|csv and region=<code> (a form): the aggregated roster
// (汇总名册) as a file. Private personal data: only for an official whose region contains the requested
// one, audited by exportRoster, never cached, and sent with its size so the page can show the download's
// progress. POST, not GET: an audited export is not a link that a prefetch, a crawler or an <img> on
// another page can set off, and the same-origin check stands in for the CSRF check Server Actions have.
import { currentOfficial } from '@/lib/auth/session';
import { exportRoster, type RosterFormat } from '@/lib/data/officials/roster';
import { zhAdmin } from '@/lib/i18n/zh-admin';
import { isSameOrigin } from '@/lib/security/same-origin';

// no-transform: no compression on the way, so the size sent is the size the page counts against.
const PRIVATE = { 'Cache-Control': 'private, no-store, no-transform', 'X-Content-Type-Options': 'nosniff' };

function text(message: string, status: number): Response {
  return new Response(message, { status, headers: { ...PRIVATE, 'Content-Type': 'text/plain; charset=utf-8' } });
}

function isFormat(value: unknown): value is RosterFormat {
  return value === 'xlsx' || value === 'csv';
}

export async function POST(request: Request) {
  if (!isSameOrigin(request)) return text(zhAdmin.errors.otherSite, 403);
  const official = await currentOfficial();
  if (!official) return text(zhAdmin.errors.signedOut, 401);
  const form = await request.formData().catch(() => null);
  const format = form?.get('format');
  if (!isFormat(format)) return text(zhAdmin.errors.notFound, 404);
  const rawRegion = form?.get('region');
  const region = typeof rawRegion === 'string' && rawRegion !== '' ? rawRegion : official.regionCode;
  const result = await exportRoster(official, region, format, new Date());
  if (!result.ok) return text(result.message, result.status);

  // Next 16 drops Content-Length from a route handler's response and sends it chunked, so the size
  // also goes in X-File-Size, which the page's progress falls back on.
  const { bytes, fileName, contentType } = result.file;
  // An ASCII name for old clients, the Chinese one (RFC 5987) for everyone else.
  const asciiName = `roster-${region}.${format}`;
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      ...PRIVATE,
      'Content-Type': contentType,
      'Content-Length': String(bytes.byteLength),
      'X-File-Size': String(bytes.byteLength),
      'Content-Disposition': `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    },
  });
}
