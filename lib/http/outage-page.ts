// The proxy's answer to a page while this process knows the database is down (lib/http/outage.ts):
// without nginx, a page that fails in its render reaches a visitor without JavaScript as an empty
// document with status 500 (Next's error boundaries need the script). This answers instead, without a
// render and without the database: 503, Retry-After, no-store, and the error pages' text as plain HTML.
import { en } from '@/lib/i18n/en';
import { enOutage } from '@/lib/i18n/en-outage';
import { localeOfPath, type Locale } from '@/lib/i18n/locale';
import { zh } from '@/lib/i18n/zh';
import { zhOutage } from '@/lib/i18n/zh-outage';
import { isApiPath } from '@/lib/security/csp';
import { databaseOutageMarked, probeDatabase, RETRY_AFTER_SECONDS } from './outage';

/** A page with no script and no outside file; only its inline style is allowed. */
const OUTAGE_PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const isAdmin = (pathname: string) => /^\/admin(\/|$)/.test(pathname);

/**
 * The outage answer for this request, or null to let it through: only for reads of a page (not /api,
 * which answers its own JSON, nor a file such as feed.xml), only while the mark is fresh, and only if
 * the database still fails one probe; a probe that succeeds clears the mark, so recovery is immediate.
 * Not probing every request: `select 1` measured 0.6 ms (pg, loopback) and 1.3 ms (PGlite) here, and
 * under load it would queue for the pool with the pages' own queries. So the first page to fail after
 * an outage begins is still Next's empty 500, unless the pool saw an idle connection drop first
 * (db/client.ts); nginx's recipe covers that one (deploy/nginx).
 */
export async function outageAnswer(method: string, pathname: string): Promise<Response | null> {
  if (method !== 'GET' && method !== 'HEAD') return null;
  if (isApiPath(pathname) || /\.[a-z0-9]+$/i.test(pathname)) return null;
  if (!databaseOutageMarked()) return null;
  // Only a probe that failed answers 503: a process without one (no server start) lets pages through.
  if ((await probeDatabase()) !== false) return null;
  return outagePage(pathname, method === 'HEAD');
}

export function outagePage(pathname: string, head = false): Response {
  return new Response(head ? null : outageHtml(isAdmin(pathname), localeOfPath(pathname)), {
    status: 503,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Retry-After': String(RETRY_AFTER_SECONDS),
      'Cache-Control': 'no-store',
      'Content-Security-Policy': OUTAGE_PAGE_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'X-Robots-Tag': 'noindex',
    },
  });
}

/** The same text as components/outage-text.tsx, in the markup of deploy/nginx/unavailable.html. */
export function outageHtml(admin: boolean, locale: Locale = 'zh-CN'): string {
  // A public page in the language of its URL (/en); officials' pages are Chinese only.
  const english = locale === 'en' && !admin;
  const t = english ? { ...zhOutage, ...enOutage } : zhOutage;
  const site = english ? en.site : zh.site;
  const home = english ? '/en' : '/';
  const title = admin ? t.admin.title : t.title;
  const body = admin
    ? [p(t.admin.what), p(t.admin.retry), p(`<a href="/admin">${esc(t.admin.back)}</a>`, false)]
    : [p(t.what), p(t.retry), `<h2>${esc(t.periodTitle)}</h2>`, p(t.period), `<h2>${esc(t.objectTitle)}</h2>`, p(t.object), p(`<a href="${home}">${esc(t.home)}</a>`, false)];
  return `<!DOCTYPE html>
<html lang="${english ? 'en' : 'zh-CN'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${esc(title)} · ${esc(site.name)}</title>
<style>
body { margin: 0; font-family: system-ui, sans-serif; font-size: 1.125rem; line-height: 1.6; color: #111; }
header { background: #9b1c1c; color: #fff; padding: 0.75rem 1rem; font-weight: 700; font-size: 1.25rem; }
main { max-width: 56rem; margin: 0 auto; padding: 0.5rem 1rem 3rem; }
a { color: #9b1c1c; }
</style>
</head>
<body>
<header>${esc(site.name)}</header>
<main id="main">
<h1>${esc(title)}</h1>
${body.join('\n')}
</main>
</body>
</html>
`;
}

function p(text: string, escape = true): string {
  return `<p>${escape ? esc(text) : text}</p>`;
}

function esc(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}
