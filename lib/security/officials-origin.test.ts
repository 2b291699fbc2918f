// OFFICIALS_ORIGIN through the proxy itself (proxy.ts), with two loopback host names: 127.0.0.1 is the
// public origin, localhost the officials' one. Requests carry the Host header as nginx forwards it.
import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import proxy from '@/proxy';
import { isOfficialsPath, officialsOriginRoute, parseOrigin } from './officials-origin';

const OFFICIALS = 'http://localhost:3100';
const PUBLIC = 'http://127.0.0.1:3100';

async function ask(host: string, path: string, init: { method?: string; forwardedHost?: string } = {}) {
  const headers = new Headers({ host });
  if (init.forwardedHost) headers.set('x-forwarded-host', init.forwardedHost);
  // Next builds the URL from its own listening address, not the Host header: so do we.
  const response = await proxy(new NextRequest(`http://0.0.0.0:3000${path}`, { method: init.method ?? 'GET', headers }));
  return { status: response.status, location: response.headers.get('location'), csp: response.headers.get('content-security-policy'), body: await response.text() };
}

afterEach(() => vi.unstubAllEnvs());

describe('without OFFICIALS_ORIGIN', () => {
  it('serves officials and public paths on any host, as before', async () => {
    vi.stubEnv('OFFICIALS_ORIGIN', '');
    const login = await ask('127.0.0.1:3100', '/login');
    expect(login.location).toBeNull();
    expect(login.csp).toContain("'nonce-");
    expect((await ask('localhost:3100', '/')).location).toBeNull();
  });
});

describe('with OFFICIALS_ORIGIN', () => {
  it('sends /admin, /login and /api/auth on the public origin to the same path on the officials origin (303)', async () => {
    vi.stubEnv('OFFICIALS_ORIGIN', OFFICIALS);
    for (const path of ['/admin', '/admin/households?village=220881', '/login?callbackUrl=%2Fadmin', '/api/auth/csrf']) {
      expect(await ask('127.0.0.1:3100', path)).toMatchObject({ status: 303, location: `${OFFICIALS}${path}` });
    }
    // A sign-in posted to the public origin is not carried over: 303 makes the browser ask again with GET.
    expect(await ask('127.0.0.1', '/api/auth/callback/credentials', { method: 'POST' })).toMatchObject({ status: 303, location: `${OFFICIALS}/api/auth/callback/credentials` });
    // Paths that only start like an officials' path stay public.
    expect((await ask('127.0.0.1:3100', '/administration')).location).toBeNull();
  });

  it('serves the officials paths on the officials origin, the port aside (cookies ignore ports)', async () => {
    vi.stubEnv('OFFICIALS_ORIGIN', OFFICIALS);
    const login = await ask('localhost:3100', '/login');
    expect(login.location).toBeNull();
    expect(login.csp).toContain("'nonce-");
    expect((await ask('LOCALHOST', '/api/auth/csrf')).location).toBeNull();
    // No session: the usual way to /login, not to another origin.
    const admin = await ask('localhost:8443', '/admin');
    expect(new URL(admin.location!).pathname).toBe('/login');
    // Behind nginx, X-Forwarded-Host names the host.
    expect((await ask('127.0.0.1:3001', '/login', { forwardedHost: 'localhost' })).location).toBeNull();
    expect((await ask('localhost:3001', '/login', { forwardedHost: '127.0.0.1' })).status).toBe(303);
  });

  it('serves no public page on the officials origin: PUBLIC_ORIGIN gets it (303), or it is not found', async () => {
    vi.stubEnv('OFFICIALS_ORIGIN', OFFICIALS);
    const home = await ask('localhost:3100', '/notices/7?q=1');
    expect(home).toMatchObject({ status: 404, location: null });
    expect(home.body).toContain('工作人员');
    vi.stubEnv('PUBLIC_ORIGIN', PUBLIC);
    expect(await ask('localhost:3100', '/notices/7?q=1')).toMatchObject({ status: 303, location: `${PUBLIC}/notices/7?q=1` });
    expect(await ask('localhost:3100', '/api/public/progress')).toMatchObject({ status: 303, location: `${PUBLIC}/api/public/progress` });
    // ... while the public origin serves it.
    const page = await ask('127.0.0.1:3100', '/notices/7');
    expect(page.location).toBeNull();
    expect(page.csp).toContain("'nonce-");
  });
});

describe('the parts', () => {
  it('knows the officials paths', () => {
    expect(['/admin', '/admin/x', '/login', '/api/auth', '/api/auth/session'].every(isOfficialsPath)).toBe(true);
    expect(['/', '/administration', '/loginx', '/api/public/progress', '/api/authx'].some(isOfficialsPath)).toBe(false);
  });

  it('takes an origin only, and says what to set otherwise', () => {
    expect(parseOrigin('OFFICIALS_ORIGIN', ' https://gongshi-admin.example.cn ')?.origin).toBe('https://gongshi-admin.example.cn');
    expect(parseOrigin('OFFICIALS_ORIGIN', undefined)).toBeNull();
    for (const bad of ['gongshi-admin.example.cn', 'https://a.example.cn/admin', 'ftp://a.example.cn', 'https://u@a.example.cn']) {
      expect(() => parseOrigin('OFFICIALS_ORIGIN', bad)).toThrow(/OFFICIALS_ORIGIN must be an origin such as https:\/\/gongshi-admin\.example\.cn/);
    }
  });

  it('does nothing without OFFICIALS_ORIGIN', () => {
    expect(officialsOriginRoute(new Request('http://x/admin', { headers: { host: 'x' } }), '/admin', '', {})).toBeNull();
  });
});
