// Who may keep a copy: the rule itself, and the headers proxy.ts puts on real requests.
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import proxy from '@/proxy';
import fs from 'node:fs';
import path from 'node:path';
import { OWN_HEADER_ROUTES, PRIVATE_CACHE_CONTROL, PUBLIC_CACHE_CONTROL, PUBLIC_CDN_CACHE_CONTROL, cacheHeaders, nginxExpiry } from './cache-control';

async function headersOf(path: string, method = 'GET') {
  const response = await proxy(new NextRequest(`http://127.0.0.1:3000${path}`, { method, headers: { host: '127.0.0.1:3000' } }));
  return { cacheControl: response.headers.get('cache-control'), cdn: response.headers.get('cdn-cache-control'), nginx: response.headers.get('x-accel-expires') };
}

describe('Cache-Control through the proxy', () => {
  it('lets shared caches keep public pages for at most 1 s, with stale-while-revalidate, and browsers not at all', async () => {
    for (const path of ['/', '/notices/1', '/regions/220802100201', '/regions/220800', '/progress', '/search?q=村']) {
      const before = Math.floor(Date.now() / 1000);
      const h = await headersOf(path);
      const after = Math.floor(Date.now() / 1000);
      expect(h.cacheControl, path).toBe(PUBLIC_CACHE_CONTROL);
      expect(h.cdn, path).toBe(PUBLIC_CDN_CACHE_CONTROL);
      // nginx: until the end of the second the request came in.
      expect(h.nginx, path).toMatch(/^@\d+$/);
      expect(Number(h.nginx!.slice(1)), `${path} ${h.nginx}`).toBeGreaterThanOrEqual(before);
      expect(Number(h.nginx!.slice(1)), `${path} ${h.nginx}`).toBeLessThanOrEqual(after);
    }
    expect(PUBLIC_CACHE_CONTROL).toMatch(/^public, max-age=0, s-maxage=1, stale-while-revalidate=\d+$/);
  });

  it('keeps officials’ pages, sign-in and its endpoints out of every cache', async () => {
    for (const path of ['/admin', '/admin/notices/1', '/login', '/login?callbackUrl=%2Fadmin', '/api/auth/csrf', '/api/auth/session']) {
      const h = await headersOf(path);
      expect(h.cacheControl, path).toBe(PRIVATE_CACHE_CONTROL);
      expect(h.cdn, path).toBeNull();
      expect(h.nginx, path).toBeNull();
    }
  });

  it('leaves every officials’ route handler its own, stricter header (the export’s no-transform)', async () => {
    const dir = path.join(process.cwd(), 'app', '(officials)');
    const routes = (fs.readdirSync(dir, { recursive: true }) as string[])
      .filter((file) => path.basename(file) === 'route.ts')
      .map((file) => `/${path.dirname(file).split(path.sep).join('/').replace(/\[[^\]]+\]/g, '7')}`);
    expect(routes.length).toBeGreaterThan(0);
    for (const route of routes) {
      expect(OWN_HEADER_ROUTES.some((own) => own.test(route)), route).toBe(true);
      expect((await headersOf(route, 'POST')).cacheControl, route).toBeNull();
    }
  });

  it('keeps a Server Action’s POST on a public page out of shared caches', async () => {
    expect((await headersOf('/notices/1', 'POST')).cacheControl).toBe(PRIVATE_CACHE_CONTROL);
  });

  it('leaves the other route handlers their own header, with nginx’s expiry on a read', async () => {
    const h = await headersOf('/api/public/progress');
    expect(h.cacheControl).toBeNull();
    expect(h.nginx).toMatch(/^@\d+$/);
    expect((await headersOf('/api/public/progress', 'POST')).nginx).toBeNull();
  });
});

describe('the rule', () => {
  it('has nginx keep a copy until the end of the second its request came in, never longer', () => {
    expect(nginxExpiry(Date.UTC(2026, 11, 1, 4, 0, 0, 0))).toBe(`@${Date.UTC(2026, 11, 1, 4, 0, 0) / 1000}`);
    expect(nginxExpiry(Date.UTC(2026, 11, 1, 4, 0, 0, 999))).toBe(`@${Date.UTC(2026, 11, 1, 4, 0, 0) / 1000}`);
    const at = Date.UTC(2026, 11, 1, 4, 0, 0, 500);
    expect(cacheHeaders({ method: 'GET', pathname: '/notices/1', setsCookie: false, nowMs: at })?.['X-Accel-Expires']).toBe(nginxExpiry(at));
    expect(cacheHeaders({ method: 'POST', pathname: '/notices/1', setsCookie: false, nowMs: at })).toEqual({ 'Cache-Control': PRIVATE_CACHE_CONTROL });
  });
  it('never lets a response that sets a cookie into a shared cache, even on a public path', () => {
    expect(cacheHeaders({ method: 'GET', pathname: '/', setsCookie: true })).toEqual({ 'Cache-Control': PRIVATE_CACHE_CONTROL });
    expect(cacheHeaders({ method: 'GET', pathname: '/api/public/progress', setsCookie: true })).toEqual({ 'Cache-Control': PRIVATE_CACHE_CONTROL });
  });
  it('keeps a page asked with the display setting’s cookie (large print, high contrast) out of shared caches', () => {
    expect(cacheHeaders({ method: 'GET', pathname: '/notices/1', setsCookie: false, displayCookie: true })).toEqual({ 'Cache-Control': PRIVATE_CACHE_CONTROL });
    expect(cacheHeaders({ method: 'GET', pathname: '/notices/1', setsCookie: false, displayCookie: false })?.['Cache-Control']).toBe(PUBLIC_CACHE_CONTROL);
  });
  it('does not take a public path for an officials’ one by its prefix alone', () => {
    expect(cacheHeaders({ method: 'GET', pathname: '/administration', setsCookie: false })?.['Cache-Control']).toBe(PUBLIC_CACHE_CONTROL);
    expect(cacheHeaders({ method: 'HEAD', pathname: '/loginx', setsCookie: false })?.['Cache-Control']).toBe(PUBLIC_CACHE_CONTROL);
  });
});
