// POST /display: the large-print and high-contrast switch in the header of every public page (a plain
// form, no JavaScript needed). Remembers the setting in a cookie for a year and answers 303 back to the
// page the form was on, which the root layout then renders with the setting (lib/display.ts). That page
// is the Referer (lib/http/referer.ts; the form, rendered once by the root layout, cannot name it after
// client-side navigation), or a `back` field when a form sends one; the home page without either.
import { DISPLAY_COOKIE, DISPLAY_COOKIE_MAX_AGE, cookieValue, displayFormSchema, parseDisplay, safeReturnPath, serializeDisplay } from '@/lib/display';
import { zhDisplay } from '@/lib/i18n/zh-display';
import { PRIVATE_CACHE_CONTROL } from '@/lib/http/cache-control';
import { refererPath } from '@/lib/http/referer';
import { isSameOrigin } from '@/lib/security/same-origin';

// The form has three short fields; anything much larger is not ours.
const MAX_BODY_BYTES = 4096;

function text(message: string, status: number): Response {
  return new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': PRIVATE_CACHE_CONTROL } });
}

export async function POST(request: Request) {
  // As for Server Actions: a form on another site may not change this site's settings.
  if (!isSameOrigin(request)) return text(zhDisplay.otherSite, 403);
  const type = request.headers.get('content-type') ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded') && !type.startsWith('multipart/form-data')) return text(zhDisplay.invalid, 400);
  const body = await request.arrayBuffer();
  if (body.byteLength > MAX_BODY_BYTES) return text(zhDisplay.invalid, 413);
  const form = await new Response(body, { headers: { 'Content-Type': type } }).formData().catch(() => null);
  const parsed = displayFormSchema.safeParse(form ? Object.fromEntries([...form].filter(([, v]) => typeof v === 'string')) : null);
  if (!parsed.success) return text(zhDisplay.invalid, 400);

  const current = parseDisplay(cookieValue(request.headers.get('cookie'), DISPLAY_COOKIE));
  const next = {
    large: parsed.data.large === undefined ? current.large : parsed.data.large === '1',
    contrast: parsed.data.contrast === undefined ? current.contrast : parsed.data.contrast === '1',
  };
  const value = serializeDisplay(next);
  const secure = (request.headers.get('x-forwarded-proto') ?? new URL(request.url).protocol.replace(':', '')) === 'https';
  // Both off: the cookie goes (Max-Age=0), and the pages are again the ones every visitor shares.
  const cookie = `${DISPLAY_COOKIE}=${value ?? ''}; Path=/; Max-Age=${value ? DISPLAY_COOKIE_MAX_AGE : 0}; SameSite=Lax; HttpOnly${secure ? '; Secure' : ''}`;
  // A relative Location: behind nginx the request's own URL names the instance, not the site.
  return new Response(null, {
    status: 303,
    headers: { Location: parsed.data.back === undefined ? (refererPath(request) ?? '/') : safeReturnPath(parsed.data.back), 'Set-Cookie': cookie, 'Cache-Control': PRIVATE_CACHE_CONTROL },
  });
}
