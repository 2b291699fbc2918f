// An officials' origin of its own (OFFICIALS_ORIGIN, e.g. https://gongshi-admin.example.cn): /admin,
// /login and next-auth's /api/auth answer only there, and the public origin sends officials there. The
// session cookie is host-only, so it is then never sent to the public host name, and a script injected
// into a public page runs on an origin that holds no session and cannot read the officials' pages
// (another origin: the browser's same-origin policy, no CORS here). For the same reason the officials'
// origin serves no public page: those go to PUBLIC_ORIGIN when it is set, and are not found otherwise.
// Host names are compared, not ports: browsers send a cookie to every port of its host name.
import { requestHost } from './same-origin';

type Env = Record<string, string | undefined>;

/** The paths that belong to the officials' origin when there is one (and that no shared cache keeps). */
export function isOfficialsPath(pathname: string): boolean {
  return /^\/(admin|login|api\/auth)(\/|$)/.test(pathname);
}

/** The origin (scheme, host, port) of an OFFICIALS_ORIGIN or PUBLIC_ORIGIN value; throws on anything else. */
export function parseOrigin(name: string, value: string | undefined): URL | null {
  const text = (value ?? '').trim();
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`gongshi: ${name} must be an origin such as https://gongshi-admin.example.cn, not "${text}".`);
  }
  if (!/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash || url.username) {
    throw new Error(`gongshi: ${name} must be an origin such as https://gongshi-admin.example.cn (no path), not "${text}".`);
  }
  return url;
}

function hostName(host: string): string {
  try {
    return new URL(`http://${host}`).hostname;
  } catch {
    return '';
  }
}

/**
 * Where a request must go instead, when OFFICIALS_ORIGIN is set: a URL to redirect to (303, same path and
 * query), 'not-found' for a public page asked on the officials' origin without PUBLIC_ORIGIN, or null
 * when it is served here.
 */
export function officialsOriginRoute(request: Request, pathname: string, search: string, env: Env = process.env): URL | 'not-found' | null {
  const officials = parseOrigin('OFFICIALS_ORIGIN', env.OFFICIALS_ORIGIN);
  if (!officials) return null;
  const onOfficialsHost = hostName(requestHost(request) ?? '') === officials.hostname;
  if (isOfficialsPath(pathname)) return onOfficialsHost ? null : new URL(pathname + search, officials);
  if (!onOfficialsHost) return null;
  const publicOrigin = parseOrigin('PUBLIC_ORIGIN', env.PUBLIC_ORIGIN);
  return publicOrigin ? new URL(pathname + search, publicOrigin) : 'not-found';
}
