// Sign-in checks against real demo accounts: passwords, disabled accounts, rate limits, re-read rights.
import { eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { queryRows } from '@/db/client';
import { officials } from '@/db/schema';
import { openTestDatabase, type TestDatabase } from '@/test/database';
import { checkCredentials, MAX_FAILURES_PER_IP, MAX_FAILURES_PER_USERNAME, UNKNOWN_IP } from './credentials';
import { loadAccount, loadOfficial } from './official';

let database: TestDatabase;
const password = 'gongshi-demo-2026';
// Starts at the real time: after the seeded accounts' passwords were set (failures before that never count).
let clock = new Date();
const later = (minutes: number) => (clock = new Date(clock.getTime() + minutes * 60_000));

beforeAll(async () => {
  database = await openTestDatabase('seeded');
});
afterAll(() => database.close());

describe('checkCredentials', () => {
  it('accepts the right password, whatever the case of the username, and carries role and region', async () => {
    const result = await checkCredentials(database.db, { username: ' Village-A ', password, ip: '10.0.0.1' }, later(1));
    expect(result).toMatchObject({ ok: true, official: { role: 'village', regionCode: '220802100201' } });
  });

  it('refuses a wrong password and an unknown user alike', async () => {
    expect(await checkCredentials(database.db, { username: 'village-b', password: 'nope', ip: '10.0.0.2' }, later(1))).toEqual({ ok: false, error: 'invalid' });
    expect(await checkCredentials(database.db, { username: 'nobody', password, ip: '10.0.0.2' }, later(1))).toEqual({ ok: false, error: 'invalid' });
  });

  it('refuses a disabled account even with the right password', async () => {
    await database.db.update(officials).set({ active: false }).where(eq(officials.username, 'township-dpf'));
    expect(await checkCredentials(database.db, { username: 'township-dpf', password, ip: '10.0.0.3' }, later(1))).toEqual({ ok: false, error: 'invalid' });
    await database.db.update(officials).set({ active: true }).where(eq(officials.username, 'township-dpf'));
  });

  it('locks a username after repeated failures, even for the right password, until the window passes', async () => {
    for (let i = 0; i < MAX_FAILURES_PER_USERNAME; i++) {
      await checkCredentials(database.db, { username: 'county-org', password: `guess-${i}`, ip: `10.1.0.${i}` }, later(1));
    }
    expect(await checkCredentials(database.db, { username: 'county-org', password, ip: '10.1.1.1' }, later(1))).toEqual({ ok: false, error: 'rate_limited' });
    expect((await checkCredentials(database.db, { username: 'county-org', password, ip: '10.1.1.1' }, later(16))).ok).toBe(true);
  });

  it('counts failures only since the last successful sign-in', async () => {
    const attempt = (pw: string, i: number) => checkCredentials(database.db, { username: 'township-party', password: pw, ip: `10.2.0.${i}` }, later(0.5));
    for (let i = 0; i < MAX_FAILURES_PER_USERNAME - 1; i++) expect(await attempt(`typo-${i}`, i)).toEqual({ ok: false, error: 'invalid' });
    expect((await attempt(password, 10)).ok).toBe(true);
    for (let i = 0; i < MAX_FAILURES_PER_USERNAME - 1; i++) expect(await attempt(`typo-${i}`, 20 + i)).toEqual({ ok: false, error: 'invalid' });
    // Eight failures inside the window, but only four since the success: not locked.
    expect((await attempt(password, 30)).ok).toBe(true);
  });

  it('locks an address after many failures, but never the shared bucket of requests without one', async () => {
    for (let i = 0; i < MAX_FAILURES_PER_IP; i++) {
      await checkCredentials(database.db, { username: `guess-${i}`, password: 'x', ip: '10.9.9.9' }, later(0.01));
      await checkCredentials(database.db, { username: `guess-${i}`, password: 'x', ip: UNKNOWN_IP }, later(0.01));
    }
    expect(await checkCredentials(database.db, { username: 'village-a', password, ip: '10.9.9.9' }, later(0.01))).toEqual({ ok: false, error: 'rate_limited' });
    expect((await checkCredentials(database.db, { username: 'village-a', password, ip: UNKNOWN_IP }, later(0.01))).ok).toBe(true);
  });

  it('records every attempt', async () => {
    const [row] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from login_attempts`);
    expect(row!.n).toBeGreaterThanOrEqual(9);
  });
});

describe('demo accounts', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('a production server that is not a demo refuses them, with the answer of a wrong password', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('GONGSHI_DEMO', '');
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await checkCredentials(database.db, { username: 'city', password, ip: '10.3.0.1' }, later(1))).toEqual({ ok: false, error: 'invalid' });
    expect(quiet).toHaveBeenCalledWith(expect.stringMatching(/^gongshi: refused sign-in of demo account city/));
    quiet.mockRestore();
    vi.stubEnv('GONGSHI_DEMO', '1'); // npm run demo
    expect((await checkCredentials(database.db, { username: 'city', password, ip: '10.3.0.1' }, later(1))).ok).toBe(true);
  });

  it('an account the demo seed did not make signs in on a production server', async () => {
    await database.db.update(officials).set({ isDemo: false }).where(eq(officials.username, 'county-dpf'));
    expect((await checkCredentials(database.db, { username: 'county-dpf', password, ip: '10.3.0.2' }, later(1), { demoAccounts: false })).ok).toBe(true);
    expect((await checkCredentials(database.db, { username: 'city', password, ip: '10.3.0.2' }, later(1), { demoAccounts: false })).ok).toBe(false);
  });
});

describe('loadOfficial', () => {
  it('re-reads the account: a disabled account or a bumped session version ends the session at once', async () => {
    const [account] = await database.db.select().from(officials).where(eq(officials.username, 'village-b'));
    const claim = { id: account!.id, sessionVersion: account!.sessionVersion };
    expect((await loadOfficial(database.db, claim))?.regionName).toBe('永平村委会');
    await database.db.update(officials).set({ sessionVersion: account!.sessionVersion + 1 }).where(eq(officials.id, account!.id));
    expect(await loadOfficial(database.db, claim)).toBeNull();
    await database.db.update(officials).set({ active: false }).where(eq(officials.id, account!.id));
    expect(await loadOfficial(database.db, { ...claim, sessionVersion: account!.sessionVersion + 1 })).toBeNull();
  });

  it('gives an account with a one-time password to nothing but the password page', async () => {
    const [account] = await database.db.select().from(officials).where(eq(officials.username, 'township-dpf'));
    const claim = { id: account!.id, sessionVersion: account!.sessionVersion };
    await database.db.update(officials).set({ mustChangePassword: true }).where(eq(officials.id, account!.id));
    expect(await loadOfficial(database.db, claim)).toBeNull();
    expect(await loadAccount(database.db, claim)).toMatchObject({ mustChangePassword: true, official: { username: 'township-dpf' } });
    await database.db.update(officials).set({ mustChangePassword: false }).where(eq(officials.id, account!.id));
    expect((await loadOfficial(database.db, claim))?.username).toBe('township-dpf');
  });
});
