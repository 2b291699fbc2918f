// Who may keep a copy of a response (proxy.ts applies this to every page and to /api/auth; the other
// route handlers set their own). Public pages are the same for every visitor: a shared cache (nginx's
// micro-cache, a CDN, Vercel's CDN) may serve one copy for at most 1 s, and for 1 s more while it
// fetches the next, so that a crowd reading one notice costs about one render a second. nginx keeps
// its copy until the end of the second in which the render began (X-Accel-Expires, nginxExpiry), so an
// official's write shows through nginx within 1 s and one render. Browsers keep none (max-age=0): the
// copy carries a CSP nonce, which a shared cache may repeat within its second (SECURITY.md) but a
// browser never should.
// Officials' pages, sign-in, anything but GET/HEAD and any response that sets a cookie: no copy at all.
// Nor a page asked for with the large-print / high-contrast cookie (lib/display.ts): it is rendered for
// that visitor's setting, and must never answer someone else (nginx bypasses its cache for it too).
import { isApiPath } from '@/lib/security/csp';
import { isOfficialsPath } from '@/lib/security/officials-origin';

/** The public pages' Cache-Control: shared caches honour it for at most 1 s, with stale-while-revalidate. */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=0, s-maxage=1, stale-while-revalidate=1';
/**
 * The same for CDNs that read their own header before Cache-Control (RFC 9213: Cloudflare, Vercel's CDN,
 * which otherwise consumes s-maxage); browsers ignore it.
 */
export const PUBLIC_CDN_CACHE_CONTROL = 'public, max-age=1, stale-while-revalidate=1';
export const PRIVATE_CACHE_CONTROL = 'private, no-store';

/**
 * nginx's expiry of its copy (deploy/nginx/gongshi-locations.conf): the end of the second in which the
 * request reached the app. nginx counts whole seconds, so `proxy_cache_valid 1s` alone keeps a copy 1 to
 * 2 s; an absolute expiry ends every copy within 1 s of the start of its render, and a render that
 * starts after a write reads it. nginx hides X-Accel-* from visitors; the app and nginx must share a
 * clock (one host, or NTP: deploy/README.md).
 */
export function nginxExpiry(nowMs: number): string {
  return `@${Math.floor(nowMs / 1000)}`;
}

/**
 * The officials' route handlers (roster export, household photo, posting's board photo), which send
 * their own, stricter header (`private, no-store`, and for the roster export `no-transform`, so that no
 * compression changes the size its progress counts), and the language switch (/language), whose answer
 * depends on the visitor's Referer (`private, no-store`).
 * A header the proxy sets would replace theirs.
 */
export const OWN_HEADER_ROUTES = [
  /^\/admin\/roster\/export$/,
  /^\/admin\/households\/[^/]+\/photo$/,
  /^\/admin\/notices\/[^/]+\/postings\/[^/]+\/photo$/,
  /^\/language$/,
];

/**
 * The caching headers of one response, or null where the route handler decides (OWN_HEADER_ROUTES; /api
 * outside sign-in, which gets only nginx's expiry on a read).
 * `setsCookie`: the response as built so far carries a Set-Cookie; `displayCookie`: the request carries
 * the display setting's cookie; `nowMs`: the server's clock.
 */
export function cacheHeaders(request: { method: string; pathname: string; setsCookie: boolean; displayCookie?: boolean; nowMs?: number }): Record<string, string> | null {
  const { method, pathname, setsCookie, displayCookie = false, nowMs = Date.now() } = request;
  const read = method === 'GET' || method === 'HEAD';
  if (OWN_HEADER_ROUTES.some((route) => route.test(pathname))) return null;
  // Officials' pages and the sign-in page and endpoints: never in a shared cache.
  if (isOfficialsPath(pathname) || setsCookie) return { 'Cache-Control': PRIVATE_CACHE_CONTROL };
  if (isApiPath(pathname)) return read ? { 'X-Accel-Expires': nginxExpiry(nowMs) } : null;
  // A Server Action's POST (and anything else that is not a read) answers one visitor, and so does a
  // page rendered in large print or high contrast.
  if (!read || displayCookie) return { 'Cache-Control': PRIVATE_CACHE_CONTROL };
  return { 'Cache-Control': PUBLIC_CACHE_CONTROL, 'CDN-Cache-Control': PUBLIC_CDN_CACHE_CONTROL, 'X-Accel-Expires': nginxExpiry(nowMs) };
}

/** Applies cacheHeaders to a response that the proxy lets through or redirects. */
export function applyCacheHeaders<R extends { headers: Headers }>(response: R, method: string, pathname: string, displayCookie = false): R {
  const setsCookie = response.headers.getSetCookie().length > 0;
  const headers = cacheHeaders({ method, pathname, setsCookie, displayCookie });
  for (const [name, value] of Object.entries(headers ?? {})) response.headers.set(name, value);
  return response;
}
