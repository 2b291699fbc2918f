// Sign-in checks against real accounts: passwords, disabled accounts, the three throttles, the lock per
// username under parallel guesses, argon2 parameters and the audit rows of each attempt.
import { hash, parseOptions, verify } from '@node-rs/argon2';
import { eq, sql } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { driverFromEnv } from '@/db/client';
import { officials } from '@/db/schema';
import { freshAccount } from '@/test/officials';
import { useSeededDatabase } from '@/test/seeded-database';
import {
  checkCredentials,
  checkCredentialsAcrossInstances,
  LOCK_MINUTES,
  MAX_FAILURES_PER_ADDRESS,
  MAX_FAILURES_PER_PAIR,
  SLOW_AFTER_FAILURES,
  UNKNOWN_ADDRESS,
} from './credentials';
import { loadAccount, loadOfficial } from './official';
import { ARGON2_OPTIONS } from './password-hash';

const database = useSeededDatabase();
const password = 'gongshi-demo-2026';
// Starts at the real time: after the seeded accounts' passwords were set (failures before that never count).
let clock = new Date();
const later = (minutes: number) => (clock = new Date(clock.getTime() + minutes * 60_000));
const attempt = (username: string, pw: string, ip: string, at = later(0.01)) => checkCredentials(database.db, { username, password: pw, ip }, at);
const { rows } = database;

/** A fresh account with the demo password (set on the test's clock), so that each test counts its own failures. */
let accounts = 0;
const account = () => freshAccount(database.db, `throttle-${++accounts}`, later(0.01));
const failures = async (username: string) =>
  (await rows<{ n: number }>(sql`select count(*)::int as n from login_attempts where username = ${username} and not succeeded`))[0]!.n;

describe('checkCredentials', () => {
  it('accepts the right password, whatever the case of the username, and carries role and region', async () => {
    const result = await attempt(' Village-A ', password, '10.0.0.1');
    expect(result).toMatchObject({ ok: true, official: { role: 'village', regionCode: '220802100201' } });
  });

  it('refuses a wrong password and an unknown user alike', async () => {
    expect(await attempt('village-b', 'nope', '10.0.0.2')).toEqual({ ok: false, error: 'invalid' });
    expect(await attempt('nobody', password, '10.0.0.2')).toEqual({ ok: false, error: 'invalid' });
  });

  it('refuses a disabled account even with the right password', async () => {
    await database.db.update(officials).set({ active: false }).where(eq(officials.username, 'township-dpf'));
    expect(await attempt('township-dpf', password, '10.0.0.3')).toEqual({ ok: false, error: 'invalid' });
    await database.db.update(officials).set({ active: true }).where(eq(officials.username, 'township-dpf'));
  });
});

describe('throttling', () => {
  it('5 failures lock the username at that address only: an attacker at A cannot stop the owner at B', async () => {
    const { username } = await account();
    for (let i = 0; i < MAX_FAILURES_PER_PAIR; i++) expect(await attempt(username, `guess-${i}`, '203.0.113.1')).toEqual({ ok: false, error: 'invalid' });
    const lastFailure = clock;
    const refused = await attempt(username, password, '203.0.113.1');
    expect(refused).toEqual({ ok: false, error: 'locked', until: new Date(lastFailure.getTime() + LOCK_MINUTES * 60_000) });
    // Hammering the lock neither counts as failures nor prolongs it.
    for (let i = 0; i < 5; i++) expect((await attempt(username, 'more', '203.0.113.1')).ok).toBe(false);
    expect(await failures(username)).toBe(MAX_FAILURES_PER_PAIR);
    expect((await attempt(username, password, '198.51.100.7')).ok).toBe(true);
    later(LOCK_MINUTES);
    expect((await attempt(username, password, '203.0.113.1')).ok).toBe(true);
  });

  it("counts a pair's failures only since its last successful sign-in and the last new password", async () => {
    const { id, username } = await account();
    const ip = '203.0.113.2';
    for (let i = 0; i < MAX_FAILURES_PER_PAIR - 1; i++) expect(await attempt(username, `typo-${i}`, ip)).toEqual({ ok: false, error: 'invalid' });
    expect((await attempt(username, password, ip)).ok).toBe(true);
    for (let i = 0; i < MAX_FAILURES_PER_PAIR - 1; i++) expect(await attempt(username, `typo-${i}`, ip)).toEqual({ ok: false, error: 'invalid' });
    expect((await attempt(username, password, ip)).ok).toBe(true); // eight failures, four since the success
    for (let i = 0; i < MAX_FAILURES_PER_PAIR; i++) await attempt(username, `typo-${i}`, ip);
    expect(await attempt(username, password, ip)).toMatchObject({ error: 'locked' });
    // An administrator's new password lifts the lock at once.
    await database.db.update(officials).set({ passwordChangedAt: later(0.01) }).where(eq(officials.id, id));
    expect((await attempt(username, password, ip)).ok).toBe(true);
  });

  it('20 failures within an hour from many addresses slow the username to one attempt a minute, never lock it', async () => {
    const { username } = await account();
    await attempt(username, password, '192.0.2.200'); // the owner's usual address
    for (let i = 0; i < SLOW_AFTER_FAILURES; i++) expect(await attempt(username, `spray-${i}`, `192.0.2.${i}`, later(1))).toEqual({ ok: false, error: 'invalid' });
    const last = clock;
    // A new address: refused until a minute after the last checked attempt, then the password is checked.
    expect(await attempt(username, password, '192.0.2.100', later(0.5))).toEqual({ ok: false, error: 'slowed', until: new Date(last.getTime() + 60_000) });
    expect(await attempt(username, 'still guessing', '192.0.2.101', later(0.6))).toEqual({ ok: false, error: 'invalid' });
    expect(await attempt(username, password, '192.0.2.100', later(0.1))).toMatchObject({ error: 'slowed' });
    expect((await attempt(username, password, '192.0.2.100', later(1))).ok).toBe(true);
    // The owner's address, where the account has signed in since its last new password, is not slowed.
    expect(await attempt(username, 'typo', '192.0.2.200', later(0.01))).toEqual({ ok: false, error: 'invalid' });
    expect((await attempt(username, password, '192.0.2.200', later(0.01))).ok).toBe(true);
    // Without a known address nobody is exempt; an hour later the failures have aged out.
    expect(await attempt(username, password, UNKNOWN_ADDRESS, later(0.01))).toMatchObject({ error: 'slowed' });
    expect((await attempt(username, password, '192.0.2.103', later(60))).ok).toBe(true);
  });

  it('30 failures from one address lock that address for everyone; other addresses and the unknown one are not locked', async () => {
    const { username } = await account();
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
      await attempt(`guess-${i}`, 'x', '198.51.100.9');
      await attempt(`guess-${i}`, 'x', UNKNOWN_ADDRESS);
    }
    expect(await attempt(username, password, '198.51.100.9')).toMatchObject({ ok: false, error: 'address_locked' });
    expect((await attempt(username, password, '198.51.100.10')).ok).toBe(true);
    expect((await attempt(username, password, UNKNOWN_ADDRESS)).ok).toBe(true);
    later(LOCK_MINUTES);
    expect((await attempt(username, password, '198.51.100.9')).ok).toBe(true);
  });

  it('without a known address, failures never lock the username (only the slow-down applies)', async () => {
    const { username } = await account();
    for (let i = 0; i < SLOW_AFTER_FAILURES - 1; i++) await attempt(username, `guess-${i}`, UNKNOWN_ADDRESS);
    expect((await attempt(username, password, UNKNOWN_ADDRESS)).ok).toBe(true);
  });

  it('never stores an unknown name as typed, yet counts its failures like an account', async () => {
    const typed = 'my-secret-password-typed-as-name';
    for (let i = 0; i < MAX_FAILURES_PER_PAIR; i++) await attempt(typed, 'x', '203.0.113.50');
    expect(await attempt(typed, 'x', '203.0.113.50')).toMatchObject({ error: 'locked' });
    const [found] = await rows<{ n: number }>(sql`select
      (select count(*) from login_attempts where username like ${'%' + typed + '%'})::int
      + (select count(*) from audit_log where summary::text like ${'%' + typed + '%'})::int as n`);
    expect(found!.n).toBe(0);
  });
});

// PGlite has one connection, so its calls queue whatever the code does: this race exists only on a server.
describe.skipIf(driverFromEnv() === 'pglite')('parallel guesses (PostgreSQL)', () => {
  it('50 parallel wrong attempts from one address are all counted: 5 checked, 45 refused', async () => {
    const { username } = await account();
    const at = later(1);
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => attempt(username, `parallel-${i}`, '203.0.113.77', at)));
    expect(results.filter((r) => !r.ok && r.error === 'invalid')).toHaveLength(MAX_FAILURES_PER_PAIR);
    expect(results.filter((r) => !r.ok && r.error === 'locked')).toHaveLength(50 - MAX_FAILURES_PER_PAIR);
    expect(await failures(username)).toBe(MAX_FAILURES_PER_PAIR);
  });

  it('parallel attempts from several instances queue on the database lock: 8 at once, 5 checked, 3 refused', async () => {
    // Fewer calls than pooled connections: each holds its own, as on separate instances.
    const { username } = await account();
    const at = later(1);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        checkCredentialsAcrossInstances(database.db, { username, password: `instance-${i}`, ip: '203.0.113.78' }, at, { demoAccounts: true }),
      ),
    );
    expect(results.filter((r) => !r.ok && r.error === 'invalid')).toHaveLength(MAX_FAILURES_PER_PAIR);
    expect(results.filter((r) => !r.ok && r.error === 'locked')).toHaveLength(8 - MAX_FAILURES_PER_PAIR);
  });

  it('50 parallel wrong attempts from 50 addresses: 20 checked, then the slow-down refuses the rest', async () => {
    const { username } = await account();
    const at = later(1);
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => attempt(username, `parallel-${i}`, `198.18.0.${i}`, at)));
    expect(results.filter((r) => !r.ok && r.error === 'invalid')).toHaveLength(SLOW_AFTER_FAILURES);
    expect(results.filter((r) => !r.ok && r.error === 'slowed')).toHaveLength(50 - SLOW_AFTER_FAILURES);
    expect(await failures(username)).toBe(SLOW_AFTER_FAILURES);
  });
});

describe('argon2id parameters', () => {
  it('hashes with 19 MiB and 2 passes, and re-hashes a weaker hash at the next successful sign-in', async () => {
    expect(ARGON2_OPTIONS.memoryCost).toBeGreaterThanOrEqual(19 * 1024);
    expect(ARGON2_OPTIONS.timeCost).toBeGreaterThanOrEqual(2);
    const { id, username } = await account();
    const weak = await hash(password, { memoryCost: 4096, timeCost: 1 });
    await database.db.update(officials).set({ passwordHash: weak }).where(eq(officials.id, id));
    // A failed attempt leaves the hash alone: the password is not at hand.
    await attempt(username, 'wrong', '10.5.0.1');
    const stored = async () => (await database.db.select({ h: officials.passwordHash }).from(officials).where(eq(officials.id, id)))[0]!.h;
    expect(await stored()).toBe(weak);
    expect((await attempt(username, password, '10.5.0.1')).ok).toBe(true);
    const rehashed = await stored();
    expect(parseOptions(rehashed)).toMatchObject({ algorithm: 2, memoryCost: ARGON2_OPTIONS.memoryCost, timeCost: ARGON2_OPTIONS.timeCost });
    expect(await verify(rehashed, password)).toBe(true);
    expect((await attempt(username, password, '10.5.0.1')).ok).toBe(true);
    expect(await stored()).toBe(rehashed); // current parameters: left as they are
  });
});

describe('audit of sign-in events', () => {
  type Row = { official_id: number | null; action: string; entity_id: string; summary: Record<string, unknown> };
  const lastAudit = async () => (await rows<Row>(sql`select official_id, action, entity_id, summary from audit_log order by id desc limit 1`))[0]!;

  it('records success, failure and lock with the account, the address and the result, never a typed password', async () => {
    const { id, username } = await account();
    await attempt(username, password, '10.6.0.1');
    expect(await lastAudit()).toEqual({ official_id: id, action: 'auth.sign_in', entity_id: String(id), summary: { result: 'success', address: '10.6.0.1', username } });
    await attempt(username, 'wrong-secret', '10.6.0.2');
    expect(await lastAudit()).toEqual({
      official_id: null,
      action: 'auth.sign_in',
      entity_id: String(id),
      summary: { result: 'failure', reason: 'wrong_password', address: '10.6.0.2', username },
    });
    for (let i = 0; i < MAX_FAILURES_PER_PAIR; i++) await attempt(username, 'wrong-secret', '10.6.0.3');
    await attempt(username, password, '10.6.0.3');
    expect(await lastAudit()).toMatchObject({ official_id: null, entity_id: String(id), summary: { result: 'locked', address: '10.6.0.3', username } });
    await attempt('Typed Name', 'x', '10.6.0.4');
    expect(await lastAudit()).toEqual({
      official_id: null,
      action: 'auth.sign_in',
      entity_id: 'unknown',
      summary: { result: 'failure', reason: 'unknown_account', address: '10.6.0.4' },
    });
    const [leak] = await rows<{ n: number }>(sql`select count(*)::int as n from audit_log where summary::text like '%wrong-secret%' or summary::text ilike '%typed name%'`);
    expect(leak!.n).toBe(0);
  });
});

describe('demo accounts', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('a production server that is not a demo refuses them, with the answer of a wrong password', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('GONGSHI_DEMO', '');
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await attempt('city', password, '10.3.0.1', later(1))).toEqual({ ok: false, error: 'invalid' });
    expect(quiet).toHaveBeenCalledWith(expect.stringMatching(/^gongshi: refused sign-in of demo account city/));
    quiet.mockRestore();
    vi.stubEnv('GONGSHI_DEMO', '1'); // npm run demo
    // The password is accepted: the enrolled demo account then gives its second factor (lib/auth/two-factor.ts).
    expect(await attempt('city', password, '10.3.0.1', later(1))).toMatchObject({ ok: false, error: 'second_factor' });
  });

  it('an account the demo seed did not make signs in on a production server', async () => {
    await database.db.update(officials).set({ isDemo: false }).where(eq(officials.username, 'county-dpf'));
    // Accepted (on to its second factor), while the demo's city is refused as a wrong password.
    expect(await checkCredentials(database.db, { username: 'county-dpf', password, ip: '10.3.0.2' }, later(1), { demoAccounts: false })).toMatchObject({
      error: 'second_factor',
    });
    expect(await checkCredentials(database.db, { username: 'city', password, ip: '10.3.0.2' }, later(1), { demoAccounts: false })).toEqual({ ok: false, error: 'invalid' });
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
