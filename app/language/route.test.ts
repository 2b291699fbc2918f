// GET /language (the header's "English" / "中文" link): back to the page in the Referer, in the other
// language; never to another site; never kept by a shared cache.
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { PRIVATE_CACHE_CONTROL } from '@/lib/http/cache-control';
import proxy from '@/proxy';
import { GET } from './route';

const site = 'http://127.0.0.1:3100';

function get(query: string, headers: Record<string, string> = {}) {
  return GET(new Request(`${site}/language${query}`, { headers: { host: '127.0.0.1:3100', ...headers } }));
}

async function location(query: string, referer?: string, headers: Record<string, string> = {}) {
  const response = await get(query, { ...(referer === undefined ? {} : { referer }), ...headers });
  expect(response.status, referer).toBe(303);
  expect(response.headers.get('cache-control')).toBe(PRIVATE_CACHE_CONTROL);
  return response.headers.get('location');
}

describe('GET /language', () => {
  it('answers 303 to the same page, with its query, in the language asked for', async () => {
    expect(await location('?to=en', `${site}/search?q=%E5%B9%B3%E5%AE%89`)).toBe('/en/search?q=%E5%B9%B3%E5%AE%89');
    expect(await location('?to=zh-CN', `${site}/en/search?q=%E5%B9%B3%E5%AE%89`)).toBe('/search?q=%E5%B9%B3%E5%AE%89');
    expect(await location('?to=en', `${site}/`)).toBe('/en');
    expect(await location('?to=zh-CN', `${site}/en`)).toBe('/');
    expect(await location('?to=zh-CN', `${site}/en?x=1`)).toBe('/?x=1');
    expect(await location('?to=en', `${site}/regions/220802100201#notices`)).toBe('/en/regions/220802100201');
    // asked twice, or from a page already in that language: still that language
    expect(await location('?to=en', `${site}/en/progress`)).toBe('/en/progress');
    expect(await location('?to=zh-CN', `${site}/progress`)).toBe('/progress');
  });

  it('reads the site behind nginx from X-Forwarded-Host', async () => {
    expect(await location('?to=en', 'https://gongshi.example.cn/privacy', { 'x-forwarded-host': 'gongshi.example.cn' })).toBe('/en/privacy');
    expect(await location('?to=en', `${site}/privacy`, { 'x-forwarded-host': 'gongshi.example.cn' })).toBe('/en');
  });

  it('goes to the home page when there is no Referer or it names another site; never elsewhere', async () => {
    const foreign = [
      'https://evil.example/privacy',
      'http://127.0.0.1:3101/privacy',
      'http://127.0.0.1.evil.example/privacy',
      `javascript:alert(1)//${site}/privacy`,
      `data:text/html,${site}/privacy`,
      'not a url',
      '/privacy',
      '',
    ];
    for (const referer of foreign) {
      expect(await location('?to=en', referer), referer).toBe('/en');
      expect(await location('?to=zh-CN', referer), referer).toBe('/');
    }
    expect(await location('?to=en')).toBe('/en');
    // Paths of this site that would leave it once joined to another base stay on it.
    for (const path of ['//evil.example/x', '/\\evil.example', '/%0d%0aSet-Cookie:x=1', '/en//evil.example']) {
      const to = await location('?to=en', `${site}${path}`);
      expect(to, path).toMatch(/^\/(?![/\\])/);
      expect(to, path).not.toMatch(/[\r\n]/);
      expect(new URL(to!, site).origin, path).toBe(site);
      const back = await location('?to=zh-CN', `${site}${path}`);
      expect(back, path).toMatch(/^\/(?![/\\])/);
      expect(new URL(back!, site).origin, path).toBe(site);
    }
  });

  it('leaves officials’ pages as they are (they have no English page)', async () => {
    expect(await location('?to=en', `${site}/admin/notices?x=1`)).toBe('/admin/notices?x=1');
  });

  it('refuses a language it does not know, in Chinese', async () => {
    for (const query of ['', '?to=fr', '?to=EN', '?to=en&to=zh-CN'.replace('&to=zh-CN', '') + 'x', '?lang=en']) {
      const response = await get(query, { referer: `${site}/privacy` });
      expect(response.status, query).toBe(400);
      expect(response.headers.get('location')).toBeNull();
      expect(response.headers.get('cache-control')).toBe(PRIVATE_CACHE_CONTROL);
      expect(await response.text()).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('keeps its own private header through the proxy, which no shared cache stores', async () => {
    const response = await proxy(new NextRequest(`${site}/language?to=en`, { headers: { host: '127.0.0.1:3100', referer: `${site}/privacy` } }));
    expect(response.headers.get('cache-control')).toBeNull(); // the route's own header is the one sent
    expect(response.headers.get('cdn-cache-control')).toBeNull();
    // and /en/language is no English page: the proxy does not rewrite it to /language
    const english = await proxy(new NextRequest(`${site}/en/language?to=en`, { headers: { host: '127.0.0.1:3100' } }));
    expect(english.headers.get('x-middleware-rewrite')).toBeNull();
  });
});
