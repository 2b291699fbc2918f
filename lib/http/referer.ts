// The page a request came from, for the header's switches (POST /display, GET /language): the browser's
// Referer, which the site's Referrer-Policy (strict-origin-when-cross-origin, next.config.js) sends in full,
// path and query, to this origin only. The address bar is what the browser sends, so it stays right
// after client-side navigation, which the root layout that renders the switches never sees.
import { safeReturnPath } from '@/lib/display';
import { requestHost } from '@/lib/security/same-origin';

/**
 * The path and query of the page of this site the request came from; null when there is no Referer, or
 * it names another site (or another scheme than http and https). Never another origin: the path goes
 * through safeReturnPath.
 */
export function refererPath(request: Request): string | null {
  const referer = request.headers.get('referer');
  const host = requestHost(request);
  if (!referer || !host) return null;
  let url: URL;
  try {
    url = new URL(referer);
  } catch {
    return null;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.host !== host.toLowerCase()) return null;
  return safeReturnPath(url.pathname + url.search);
}
