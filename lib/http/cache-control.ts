// Who may keep a copy of a response (proxy.ts applies this to every page and to /api/auth; the other
// route handlers set their own). Public pages are the same for every visitor: a shared cache (nginx's
// micro-cache, a CDN, Vercel's CDN) may serve one copy for at most 1 s, and for 1 s more while it
// fetches the next, so that a crowd reading one notice costs about one render a second and an
// official's write shows within 2 s at worst. Browsers keep none (max-age=0): the copy carries a CSP
// nonce, which a shared cache may repeat within its second (SECURITY.md) but a browser never should.
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
 * The caching headers of one response, or null where the route handler decides (/api outside sign-in,
 * and OWN_HEADER_ROUTES).
 * `setsCookie`: the response as built so far carries a Set-Cookie; `displayCookie`: the request carries
 * the display setting's cookie.
 */
export function cacheHeaders(request: { method: string; pathname: string; setsCookie: boolean; displayCookie?: boolean }): Record<string, string> | null {
  const { method, pathname, setsCookie, displayCookie = false } = request;
  if (OWN_HEADER_ROUTES.some((route) => route.test(pathname))) return null;
  // Officials' pages and the sign-in page and endpoints: never in a shared cache.
  if (isOfficialsPath(pathname) || setsCookie) return { 'Cache-Control': PRIVATE_CACHE_CONTROL };
  if (isApiPath(pathname)) return null;
  // A Server Action's POST (and anything else that is not a read) answers one visitor, and so does a
  // page rendered in large print or high contrast.
  if ((method !== 'GET' && method !== 'HEAD') || displayCookie) return { 'Cache-Control': PRIVATE_CACHE_CONTROL };
  return { 'Cache-Control': PUBLIC_CACHE_CONTROL, 'CDN-Cache-Control': PUBLIC_CDN_CACHE_CONTROL };
}

/** Applies cacheHeaders to a response that the proxy lets through or redirects. */
export function applyCacheHeaders<R extends { headers: Headers }>(response: R, method: string, pathname: string, displayCookie = false): R {
  const setsCookie = response.headers.getSetCookie().length > 0;
  const headers = cacheHeaders({ method, pathname, setsCookie, displayCookie });
  for (const [name, value] of Object.entries(headers ?? {})) response.headers.set(name, value);
  return response;
}
