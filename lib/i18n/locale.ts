// The public pages' two languages (issue 9, item 8). Chinese is the default and keeps the existing URLs;
// English is the same page under /en (proxy.ts rewrites /en/x to /x and tells the render the locale in
// LOCALE_HEADER, which i18n/request.ts reads for next-intl). Officials' pages are Chinese only.
// Pure functions: the proxy, the pages and the tests all use them.

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** The request header the proxy sets on every page request (and overwrites whatever a client sent). */
export const LOCALE_HEADER = 'x-gongshi-locale';
/** Also set by the proxy: the page's path and query without the locale prefix, for the hreflang alternates. */
export const PAGE_PATH_HEADER = 'x-gongshi-page-path';

/** The URL prefix of each locale: none for Chinese. */
const PREFIX: Record<Locale, string> = { 'zh-CN': '', en: '/en' };

/** The header's value as a locale: anything else is the default. */
export function parseLocale(value: string | null | undefined): Locale {
  return value === 'en' ? 'en' : DEFAULT_LOCALE;
}

/** Paths that have no English page: officials' pages, sign-in, route handlers and the header's two switches. */
function chineseOnly(path: string): boolean {
  return /^\/(admin|login|api|display|language)(\/|$)/.test(path);
}

/**
 * The locale of a requested path and the page path it renders: `/en/regions/x` → en, `/regions/x`.
 * Null when the path is not an English page (then it is a Chinese one, or a 404 like `/en/admin`).
 */
export function englishPagePath(pathname: string): string | null {
  if (pathname !== '/en' && !pathname.startsWith('/en/')) return null;
  const path = pathname.slice(3) || '/';
  // `/en//host/x` is no page: as a path, `//host/x` would name another site (the proxy rewrites to it).
  if (/^\/[/\\]/.test(path)) return null;
  return chineseOnly(path) ? null : path;
}

/** A page's path and query without the locale prefix: `/en/x?q=1` → `/x?q=1`, `/en?q=1` → `/?q=1`, `/x` → `/x`. */
export function pagePathOf(href: string): string {
  const at = href.search(/[?#]/);
  const [pathname, rest] = at < 0 ? [href, ''] : [href.slice(0, at), href.slice(at)];
  return (englishPagePath(pathname) ?? pathname) + rest;
}

/**
 * The href of a page of this site in a locale: `localePath('en', '/search?q=1')` → `/en/search?q=1`.
 * Officials' paths, route handlers and other sites' addresses are left as they are.
 */
export function localePath(locale: Locale, href: string): string {
  if (locale === DEFAULT_LOCALE || !href.startsWith('/') || href.startsWith('//') || chineseOnly(href.split(/[?#]/)[0]!)) return href;
  if (href === '/') return PREFIX[locale];
  if (/^\/[?#]/.test(href)) return PREFIX[locale] + href.slice(1);
  return PREFIX[locale] + href;
}

/** The `<link rel="alternate" hreflang>` map of a page path, for a page's metadata (`alternates.languages`). */
export function languageAlternates(path: string): Record<string, string> {
  return { 'zh-CN': path, en: localePath('en', path), 'x-default': path };
}

/** The other locale, for the language switch. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'zh-CN' : 'en';
}

/** The locale of a browser path, for Client Components (`/en/...` is English). */
export function localeOfPath(pathname: string | null | undefined): Locale {
  return pathname === '/en' || pathname?.startsWith('/en/') ? 'en' : DEFAULT_LOCALE;
}
