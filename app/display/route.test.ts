// POST /display (the large-print / high-contrast switch) and the caching rule for pages asked with its cookie.
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { DISPLAY_COOKIE, parseDisplay, safeReturnPath } from '@/lib/display';
import { PRIVATE_CACHE_CONTROL, PUBLIC_CACHE_CONTROL } from '@/lib/http/cache-control';
import proxy from '@/proxy';
import { POST } from './route';

const site = 'http://127.0.0.1:3100';

function post(fields: Record<string, string> | string, headers: Record<string, string> = {}) {
  const body = typeof fields === 'string' ? fields : new URLSearchParams(fields).toString();
  return POST(
    new Request(`${site}/display`, {
      method: 'POST',
      body,
      headers: { host: '127.0.0.1:3100', origin: site, 'content-type': 'application/x-www-form-urlencoded', ...headers },
    }),
  );
}

/** The cookie a response sets: its value and attributes. */
function setCookie(response: Response) {
  const [cookie] = response.headers.getSetCookie();
  expect(cookie).toBeDefined();
  const [pair, ...attributes] = cookie!.split('; ');
  expect(pair!.startsWith(`${DISPLAY_COOKIE}=`)).toBe(true);
  return { value: pair!.slice(DISPLAY_COOKIE.length + 1), attributes };
}

describe('POST /display', () => {
  it('turns large print on for a year and answers 303 back to the page, with its query', async () => {
    const response = await post({ back: '/search?q=%E5%B9%B3%E5%AE%89', large: '1' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/search?q=%E5%B9%B3%E5%AE%89');
    expect(response.headers.get('cache-control')).toBe(PRIVATE_CACHE_CONTROL);
    const { value, attributes } = setCookie(response);
    expect(parseDisplay(value)).toEqual({ large: true, contrast: false });
    expect(attributes).toEqual(expect.arrayContaining(['Path=/', 'Max-Age=31536000', 'SameSite=Lax', 'HttpOnly']));
    expect(attributes).not.toContain('Secure');
  });

  it('without a back field (the header’s form sends none) goes back to the page in the Referer, never to another site', async () => {
    const back = async (referer?: string) => (await post({ large: '1' }, referer === undefined ? {} : { referer })).headers.get('location');
    expect(await back(`${site}/en/search?q=%E5%B9%B3%E5%AE%89`)).toBe('/en/search?q=%E5%B9%B3%E5%AE%89');
    expect(await back(`${site}/notices/12#list`)).toBe('/notices/12');
    for (const referer of [undefined, 'https://evil.example/notices/12', 'http://127.0.0.1:3101/notices/12', '/notices/12', 'javascript:alert(1)', `${site}//evil.example/x`]) {
      expect(await back(referer), referer).toBe('/');
    }
  });

  it('changes one setting and keeps the other; both off deletes the cookie', async () => {
    const both = setCookie(await post({ back: '/', contrast: '1' }, { cookie: `${DISPLAY_COOKIE}=large` }));
    expect(parseDisplay(both.value)).toEqual({ large: true, contrast: true });
    const contrastOnly = setCookie(await post({ back: '/', large: '0' }, { cookie: `other=1; ${DISPLAY_COOKIE}=${both.value}` }));
    expect(parseDisplay(contrastOnly.value)).toEqual({ large: false, contrast: true });
    const off = setCookie(await post({ back: '/', contrast: '0' }, { cookie: `${DISPLAY_COOKIE}=contrast` }));
    expect(off.value).toBe('');
    expect(off.attributes).toContain('Max-Age=0');
  });

  it('marks the cookie Secure behind TLS', async () => {
    const { attributes } = setCookie(await post({ large: '1' }, { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'gongshi.example.cn', origin: 'https://gongshi.example.cn' }));
    expect(attributes).toContain('Secure');
  });

  it('never sends the visitor to another site', async () => {
    for (const back of ['https://evil.example/', '//evil.example/x', '/\\evil.example', '\\\\evil.example', 'javascript:alert(1)', '/%0d%0aSet-Cookie:x=1', ' /notices/1', '']) {
      const response = await post({ back, large: '1' });
      expect(response.status, back).toBe(303);
      const location = response.headers.get('location')!;
      expect(new URL(location, site).origin, back).toBe(site);
      expect(location, back).toMatch(/^\/(?![/\\])/);
      expect(location, back).not.toMatch(/[\r\n]/);
    }
    expect(safeReturnPath('/notices/12?x=1#part')).toBe('/notices/12?x=1');
    expect(safeReturnPath('/regions/../admin')).toBe('/admin');
    expect(safeReturnPath('/\tevil')).toBe('/');
  });

  it('refuses a form from another site, a value it does not know, no setting at all, and an oversized or non-form body', async () => {
    for (const [response, status] of [
      [await post({ large: '1' }, { origin: 'https://evil.example' }), 403],
      [await post({ large: '1' }, { origin: '' }), 403],
      [await post({ large: 'yes' }), 400],
      [await post({ contrast: '2' }), 400],
      [await post({ back: '/' }), 400],
      [await post({ large: '1', back: `/${'a'.repeat(5000)}` }), 413],
      [await post('{"large":"1"}', { 'content-type': 'application/json' }), 400],
    ] as const) {
      expect(response.status).toBe(status);
      expect(response.headers.getSetCookie()).toEqual([]);
      expect(await response.text()).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('caching with the display cookie', () => {
  const get = (path: string, cookie?: string) =>
    proxy(new NextRequest(`${site}${path}`, { headers: { host: '127.0.0.1:3100', ...(cookie ? { cookie } : {}) } }));

  it('keeps a public page asked with the cookie out of every shared cache, and the same page without it cacheable', async () => {
    for (const path of ['/', '/notices/1', '/regions/220800', '/search?q=村']) {
      const mine = await get(path, `${DISPLAY_COOKIE}=large.contrast`);
      expect(mine.headers.get('cache-control'), path).toBe(PRIVATE_CACHE_CONTROL);
      expect(mine.headers.get('cdn-cache-control'), path).toBeNull();
      expect((await get(path, 'something_else=1')).headers.get('cache-control'), path).toBe(PUBLIC_CACHE_CONTROL);
    }
  });

  it('leaves the public data handlers their own header', async () => {
    expect((await get('/api/public/progress', `${DISPLAY_COOKIE}=large`)).headers.get('cache-control')).toBeNull();
  });
});
