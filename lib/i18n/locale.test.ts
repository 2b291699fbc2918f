// English pages under /en (issue 9, item 8): the paths, and what the proxy does with a request.
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { outageHtml, outagePage } from '@/lib/http/outage-page';
import proxy from '@/proxy';
import { englishPagePath, languageAlternates, localeOfPath, localePath, LOCALE_HEADER, PAGE_PATH_HEADER, pagePathOf, parseLocale } from './locale';

async function ask(path: string, headers: Record<string, string> = {}) {
  const response = await proxy(new NextRequest(`http://127.0.0.1:3000${path}`, { headers: { host: '127.0.0.1:3000', ...headers } }));
  const h = response.headers;
  return {
    status: response.status,
    rewrite: h.get('x-middleware-rewrite'),
    // NextResponse.next/rewrite({ request: { headers } }) passes the page's request headers on like this.
    locale: h.get(`x-middleware-request-${LOCALE_HEADER}`),
    pagePath: h.get(`x-middleware-request-${PAGE_PATH_HEADER}`),
    nonce: h.get(`x-middleware-request-content-security-policy`),
    csp: h.get('content-security-policy'),
    cacheControl: h.get('cache-control'),
  };
}

describe('locale paths', () => {
  it('finds the page of an English path; officials pages, route handlers and the display switch have none', () => {
    expect(englishPagePath('/en')).toBe('/');
    expect(englishPagePath('/en/')).toBe('/');
    expect(englishPagePath('/en/regions/220800')).toBe('/regions/220800');
    expect(englishPagePath('/regions/220800')).toBeNull();
    expect(englishPagePath('/english')).toBeNull();
    for (const path of ['/en/admin', '/en/admin/notices', '/en/login', '/en/api/progress', '/en/display', '/en/language']) expect(englishPagePath(path)).toBeNull();
    // nor a path that, without /en, would name another site (the proxy would rewrite to it)
    for (const path of ['/en//evil.example/x', '/en/\\evil.example', '/en//']) expect(englishPagePath(path), path).toBeNull();
  });

  it('strips the locale prefix of a page path, keeping its query', () => {
    expect(pagePathOf('/en/search?q=1')).toBe('/search?q=1');
    expect(pagePathOf('/en?q=1')).toBe('/?q=1');
    expect(pagePathOf('/en')).toBe('/');
    expect(pagePathOf('/search?q=/en/x')).toBe('/search?q=/en/x');
    expect(pagePathOf('/en/admin')).toBe('/en/admin');
  });

  it('makes links in a locale: English under /en, Chinese unchanged, officials and other sites never prefixed', () => {
    expect(localePath('en', '/')).toBe('/en');
    expect(localePath('en', '/search?q=平安')).toBe('/en/search?q=平安');
    expect(localePath('en', '/?x=1')).toBe('/en?x=1');
    expect(localePath('en', '/notices/7#list')).toBe('/en/notices/7#list');
    expect(localePath('zh-CN', '/notices/7')).toBe('/notices/7');
    for (const href of ['/admin', '/admin/notices/1/poster', '/login', '/api/progress?format=csv', '//evil.example/', 'https://example.org/', 'tel:123']) {
      expect(localePath('en', href)).toBe(href);
    }
    expect(localeOfPath('/en/privacy')).toBe('en');
    expect(localeOfPath('/enx')).toBe('zh-CN');
    expect(parseLocale('fr')).toBe('zh-CN');
  });

  it('gives each page its hreflang alternates', () => {
    expect(languageAlternates('/notices/7')).toEqual({ 'zh-CN': '/notices/7', en: '/en/notices/7', 'x-default': '/notices/7' });
    expect(languageAlternates('/')).toEqual({ 'zh-CN': '/', en: '/en', 'x-default': '/' });
  });
});

describe('the proxy', () => {
  it('rewrites /en/x to the page /x in English, with the query, the CSP nonce and the public Cache-Control', async () => {
    const answer = await ask('/en/search?q=%E5%B9%B3%E5%AE%89');
    expect(answer.status).toBe(200);
    expect(new URL(answer.rewrite!).pathname + new URL(answer.rewrite!).search).toBe('/search?q=%E5%B9%B3%E5%AE%89');
    expect(answer.locale).toBe('en');
    expect(answer.pagePath).toBe('/search?q=%E5%B9%B3%E5%AE%89');
    expect(answer.csp).toContain("'nonce-");
    expect(answer.nonce).toBe(answer.csp);
    expect(answer.cacheControl).toContain('s-maxage=1');
    const home = await ask('/en');
    expect(new URL(home.rewrite!).pathname).toBe('/');
    expect(home.locale).toBe('en');
  });

  it('keeps English when Next runs the proxy again for the URL its rewrite names (with the headers it set)', async () => {
    const first = await proxy(new NextRequest('http://127.0.0.1:3000/en/privacy?x=1', { headers: { host: '127.0.0.1:3000' } }));
    const passed = new Headers();
    for (const [name, value] of first.headers) if (name.startsWith('x-middleware-request-')) passed.set(name.slice('x-middleware-request-'.length), value);
    expect(passed.get('x-gongshi-rewrite-proof')).toMatch(/^[0-9a-f-]{36}$/);
    const second = await proxy(new NextRequest(first.headers.get('x-middleware-rewrite')!, { headers: passed }));
    expect(second.headers.get(`x-middleware-request-${LOCALE_HEADER}`)).toBe('en');
    expect(second.headers.get(`x-middleware-request-${PAGE_PATH_HEADER}`)).toBe('/privacy?x=1');
    // The page never sees the proof.
    expect(second.headers.get('x-middleware-request-x-gongshi-rewrite-proof')).toBeNull();
    // A visitor's guess at the proof changes nothing.
    const guessed = await ask('/privacy', { [LOCALE_HEADER]: 'en', 'x-gongshi-rewrite-proof': '00000000-0000-4000-8000-000000000000' });
    expect(guessed.locale).toBe('zh-CN');
  });

  it('never rewrites to another site: /en//host/x is no English page', async () => {
    for (const path of ['/en//evil.example/x', '/en/\\evil.example']) {
      const answer = await ask(path);
      if (answer.rewrite) expect(new URL(answer.rewrite).host, path).toBe('127.0.0.1:3000');
      expect(answer.locale, path).toBe('zh-CN');
    }
  });

  it('serves the Chinese page at its own URL, whatever locale header the visitor sends (one URL, one language)', async () => {
    const answer = await ask('/regions/220800', { [LOCALE_HEADER]: 'en', [PAGE_PATH_HEADER]: '/evil' });
    expect(answer.rewrite).toBeNull();
    expect(answer.locale).toBe('zh-CN');
    expect(answer.pagePath).toBe('/regions/220800');
  });

  it('has no English officials pages: /en/admin is not rewritten (a 404), /admin still asks for sign-in', async () => {
    const answer = await ask('/en/admin');
    expect(answer.rewrite).toBeNull();
    expect(answer.locale).toBe('zh-CN');
    expect((await ask('/admin')).status).toBe(307);
  });
});

describe('the outage page', () => {
  it('is English under /en and Chinese elsewhere; officials’ stays Chinese', async () => {
    const english = await outagePage('/en/notices/7').text();
    expect(english).toContain('<html lang="en">');
    expect(english).toContain('The site is not available right now');
    expect(english).toContain('<a href="/en">');
    expect(english).not.toMatch(/[\u4e00-\u9fff]/);
    expect(await outagePage('/notices/7').text()).toContain('<html lang="zh-CN">');
    expect(outageHtml(true, 'en')).toContain('<html lang="zh-CN">');
  });
});
