import { describe, expect, it } from 'vitest';
import { acceptsDemoAccounts, isProductionServer, mayAutoSeed, startupRefusal, startupWarnings } from './guards';

const secret = 'x'.repeat(32);
const production = { NODE_ENV: 'production', AUTH_SECRET: secret, AUDIT_KEY: 'k'.repeat(32), DATABASE_URL: 'postgres://db/gongshi' };

describe('startupRefusal', () => {
  it('lets a configured production server start', () => {
    expect(startupRefusal(production, { driver: 'pg' })).toBeNull();
    expect(startupRefusal({ ...production, GONGSHI_EMBEDDED: '1' }, { driver: 'pglite' })).toBeNull();
  });

  it('refuses the embedded database in production unless GONGSHI_EMBEDDED=1 says it is meant', () => {
    const line = startupRefusal({ ...production, DATABASE_URL: undefined }, { driver: 'pglite' });
    expect(line).toMatch(/^gongshi: refusing to start: no DATABASE_URL or POSTGRES_URL is set\. .*GONGSHI_EMBEDDED=1/);
    expect(line).not.toContain('\n');
    expect(startupRefusal({ ...production, GONGSHI_EMBEDDED: 'yes' }, { driver: 'pglite' })).not.toBeNull();
  });

  it('refuses a missing or short AUTH_SECRET, counted in bytes', () => {
    expect(startupRefusal({ ...production, AUTH_SECRET: '' }, { driver: 'pg' })).toMatch(/AUTH_SECRET is not set\. Set it to a random secret of at least 32 bytes/);
    expect(startupRefusal({ ...production, AUTH_SECRET: 'x'.repeat(31) }, { driver: 'pg' })).toMatch(/AUTH_SECRET is shorter than 32 bytes/);
    expect(startupRefusal({ ...production, AUTH_SECRET: '密'.repeat(11) }, { driver: 'pg' })).toBeNull(); // 33 bytes
  });

  it('refuses a missing or short AUDIT_KEY, so that the first audited write cannot fail', () => {
    expect(startupRefusal({ ...production, AUDIT_KEY: undefined }, { driver: 'pg' })).toMatch(/^gongshi: refusing to start: AUDIT_KEY is not set/);
    expect(startupRefusal({ ...production, AUDIT_KEY: 'k'.repeat(31) }, { driver: 'pg' })).toMatch(/AUDIT_KEY is not set or shorter than 32/);
  });

  it('refuses an OFFICIALS_ORIGIN or PUBLIC_ORIGIN that is not an origin, or two origins on one host name', () => {
    expect(startupRefusal({ ...production, OFFICIALS_ORIGIN: 'https://gongshi-admin.example.cn', PUBLIC_ORIGIN: 'https://gongshi.example.cn' }, { driver: 'pg' })).toBeNull();
    expect(startupRefusal({ ...production, OFFICIALS_ORIGIN: 'gongshi-admin.example.cn' }, { driver: 'pg' })).toMatch(/^gongshi: refusing to start: OFFICIALS_ORIGIN must be an origin such as/);
    expect(startupRefusal({ ...production, OFFICIALS_ORIGIN: 'https://a.example.cn', PUBLIC_ORIGIN: 'https://a.example.cn/x' }, { driver: 'pg' })).toMatch(/PUBLIC_ORIGIN must be an origin/);
    expect(startupRefusal({ ...production, OFFICIALS_ORIGIN: 'https://a.example.cn:8443', PUBLIC_ORIGIN: 'https://a.example.cn' }, { driver: 'pg' })).toMatch(/same host name/);
  });

  it('applies to production servers that are not demos only', () => {
    const bare = { driver: 'pglite' } as const;
    expect(startupRefusal({}, bare)).toBeNull(); // next dev, scripts
    expect(startupRefusal({ NODE_ENV: 'development' }, bare)).toBeNull();
    expect(startupRefusal({ NODE_ENV: 'production', GONGSHI_DEMO: '1' }, bare)).toBeNull(); // npm run demo
    expect(startupRefusal({ NODE_ENV: 'production', GONGSHI_DEMO: 'true' }, bare)).not.toBeNull();
  });
});

describe('startupWarnings', () => {
  it('warns in one line when a production server believes no proxy (TRUST_PROXY unset), and lets it start', () => {
    for (const TRUST_PROXY of [undefined, '', '0', 'false']) {
      const lines = startupWarnings({ ...production, TRUST_PROXY });
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^gongshi: warning: TRUST_PROXY is not set, .*TRUST_PROXY=1/);
      expect(lines[0]).not.toContain('\n');
      expect(startupRefusal({ ...production, TRUST_PROXY }, { driver: 'pg' })).toBeNull();
    }
  });

  it('says nothing when TRUST_PROXY is set, or off production', () => {
    expect(startupWarnings({ ...production, TRUST_PROXY: '1' })).toEqual([]);
    expect(startupWarnings({ ...production, TRUST_PROXY: '10.0.0.2' })).toEqual([]);
    expect(startupWarnings({})).toEqual([]);
    expect(startupWarnings({ NODE_ENV: 'production', GONGSHI_DEMO: '1' })).toEqual([]);
  });
});

describe('demo data and demo accounts', () => {
  it('auto-seeds only an embedded database of a demo or development server', () => {
    expect(mayAutoSeed({}, 'pglite')).toBe(true);
    expect(mayAutoSeed({ NODE_ENV: 'production', GONGSHI_DEMO: '1' }, 'pglite')).toBe(true);
    expect(mayAutoSeed({ GONGSHI_AUTO_SEED: '0' }, 'pglite')).toBe(false);
    expect(mayAutoSeed({}, 'pg')).toBe(false);
    expect(mayAutoSeed({ NODE_ENV: 'production', GONGSHI_EMBEDDED: '1' }, 'pglite')).toBe(false);
  });

  it('accepts demo accounts only off production, or in a demo', () => {
    expect(acceptsDemoAccounts({ NODE_ENV: 'production' })).toBe(false);
    expect(acceptsDemoAccounts({ NODE_ENV: 'production', GONGSHI_DEMO: '1' })).toBe(true);
    expect(acceptsDemoAccounts({ NODE_ENV: 'test' })).toBe(true);
    expect(isProductionServer({ NODE_ENV: 'production' })).toBe(true);
  });
});
