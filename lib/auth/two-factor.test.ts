// Two-factor sign-in against the real database: clock drift, replay, the password alone never signing
// in, wrong codes counted by the throttle, recovery codes used once, the required-role gate, and the
// administrator's audited reset.
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { officials, recoveryCodes } from '@/db/schema';
import { resetSecondFactor } from '@/lib/actions/accounts';
import { useSeededDatabase } from '@/test/seeded-database';
import { freshAccount, officialNamed } from '@/test/officials';
import type { Role } from '@/lib/domain/permissions';
import { checkCredentials, MAX_FAILURES_PER_PAIR } from './credentials';
import { loadAccount } from './official';
import {
  acceptedStep,
  checkSecondFactor,
  DEMO_TOTP_SECRET,
  enrolSecondFactor,
  newTotpSecret,
  PENDING_SECONDS,
  RECOVERY_CODE_COUNT,
  timeStep,
  totpCode,
} from './two-factor';

const database = useSeededDatabase();
const PASSWORD = 'gongshi-demo-2026';
let clock = new Date();
const later = (seconds: number) => (clock = new Date(clock.getTime() + seconds * 1000));
const { rows } = database;

/** The password step; returns the pending token it hands out. */
async function passwordStep(username: string, ip: string): Promise<string> {
  const result = await checkCredentials(database.db, { username, password: PASSWORD, ip }, later(1));
  if (result.ok || result.error !== 'second_factor') throw new Error(`expected the second step, got ${JSON.stringify(result)}`);
  return result.pending;
}
const secondStep = (pending: string, code: string, ip: string) => checkSecondFactor(database.db, { pending, code, ip }, later(1));
const lastAudit = async () =>
  (await rows<{ official_id: number | null; action: string; summary: Record<string, unknown> }>(
    sql`select official_id, action, summary from audit_log order by id desc limit 1`,
  ))[0]!;

/** A fresh account of `role` (the demo password) so that each test has its own replay and throttle state. */
let serial = 0;
const account = (role: Role, regionCode: string, totpSecret: string | null) =>
  freshAccount(database.db, `tf-${role}-${++serial}`, new Date(clock.getTime() - 1000), { role, regionCode, totpSecret });

describe('TOTP codes', () => {
  it('accepts one step of drift either way, not two, and never a step already used or older', () => {
    const secret = newTotpSecret();
    const now = new Date();
    const step = timeStep(now);
    expect(acceptedStep(secret, totpCode(secret, step), null, now)).toBe(step);
    expect(acceptedStep(secret, totpCode(secret, step - 1), null, now)).toBe(step - 1);
    expect(acceptedStep(secret, totpCode(secret, step + 1), null, now)).toBe(step + 1);
    expect(acceptedStep(secret, totpCode(secret, step - 2), null, now)).toBeNull();
    expect(acceptedStep(secret, totpCode(secret, step + 2), null, now)).toBeNull();
    expect(acceptedStep(secret, totpCode(secret, step), step, now)).toBeNull(); // the same code again
    expect(acceptedStep(secret, totpCode(secret, step - 1), step, now)).toBeNull(); // an older one
    expect(acceptedStep(secret, totpCode(secret, step + 1), step, now)).toBe(step + 1);
    expect(acceptedStep(secret, 'abcdef', null, now)).toBeNull();
  });
});

describe('signing in with a second factor', () => {
  it('a right password alone is no sign-in; the code is, once', async () => {
    const { username } = await account('city', '220800', DEMO_TOTP_SECRET);
    const pending = await passwordStep(username, '10.1.0.1');
    const attempts = async () =>
      (await rows<{ n: number }>(sql`select count(*)::int as n from login_attempts where username = ${username}`))[0]!.n;
    expect(await attempts()).toBe(0); // the password step records no success
    const code = totpCode(DEMO_TOTP_SECRET, timeStep(clock));
    expect(await secondStep(pending, code, '10.1.0.1')).toMatchObject({ ok: true, official: { role: 'city' } });
    expect(await lastAudit()).toMatchObject({ action: 'auth.sign_in', summary: { result: 'success', step: 'second_factor', factor: 'totp' } });
    // The same code again, even after a new password step: refused as used, and counted as a failure.
    const again = await passwordStep(username, '10.1.0.1');
    expect(await secondStep(again, code, '10.1.0.1')).toEqual({ ok: false, error: 'wrong_code' });
    expect(await lastAudit()).toMatchObject({ official_id: null, summary: { result: 'failure', step: 'second_factor', reason: 'wrong_code' } });
    expect(await attempts()).toBe(2);
    const [leak] = await rows<{ n: number }>(sql`select count(*)::int as n from audit_log where summary::text like ${'%' + DEMO_TOTP_SECRET + '%'}`);
    expect(leak!.n).toBe(0);
  });

  it('refuses a forged or expired pending token: the password step must be repeated', async () => {
    const { username } = await account('admin', '220800', DEMO_TOTP_SECRET);
    const pending = await passwordStep(username, '10.1.0.2');
    const forged = pending.replace(/^\d+/, (id) => String(Number(id) + 1));
    expect(await secondStep(forged, totpCode(DEMO_TOTP_SECRET, timeStep(clock)), '10.1.0.2')).toEqual({ ok: false, error: 'restart' });
    later(PENDING_SECONDS);
    expect(await secondStep(pending, totpCode(DEMO_TOTP_SECRET, timeStep(clock)), '10.1.0.2')).toEqual({ ok: false, error: 'restart' });
  });

  it('counts wrong codes as failures of the username and address: five lock that pair only', async () => {
    const { username } = await account('county_dpf', '220802', DEMO_TOTP_SECRET);
    const pending = await passwordStep(username, '10.1.0.3');
    for (let i = 0; i < MAX_FAILURES_PER_PAIR; i++) expect(await secondStep(pending, '000000', '10.1.0.3')).toMatchObject({ error: 'wrong_code' });
    expect(await secondStep(pending, totpCode(DEMO_TOTP_SECRET, timeStep(clock)), '10.1.0.3')).toMatchObject({ ok: false, error: 'locked' });
    expect(await checkCredentials(database.db, { username, password: PASSWORD, ip: '10.1.0.3' }, later(1))).toMatchObject({ error: 'locked' });
    // The owner elsewhere still signs in.
    const owner = await passwordStep(username, '10.1.0.4');
    expect(await secondStep(owner, totpCode(DEMO_TOTP_SECRET, timeStep(clock)), '10.1.0.4')).toMatchObject({ ok: true });
  });

  it('enrols an optional role with a right code; each recovery code, stored hashed, signs in once', async () => {
    const { id, username } = await account('township_party', '220802100', null);
    expect(await checkCredentials(database.db, { username, password: PASSWORD, ip: '10.1.0.5' }, later(1))).toMatchObject({ ok: true });
    const secret = newTotpSecret();
    const official = { id, role: 'township_party' as const };
    expect(await enrolSecondFactor(database.db, official, secret, '123456' === totpCode(secret, timeStep(clock)) ? '654321' : '123456', clock)).toBeNull();
    const codes = await enrolSecondFactor(database.db, official, secret, totpCode(secret, timeStep(clock)), clock);
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    expect(await lastAudit()).toMatchObject({ official_id: id, action: 'auth.second_factor_enrol' });
    const stored = await database.db.select({ hash: recoveryCodes.codeHash }).from(recoveryCodes).where(eq(recoveryCodes.officialId, id));
    expect(stored).toHaveLength(RECOVERY_CODE_COUNT);
    expect(stored.some(({ hash }) => codes!.some((code) => hash.includes(code) || hash.includes(code.replace(/-/g, ''))))).toBe(false);
    // The enrolment's own code cannot sign in again.
    expect(await secondStep(await passwordStep(username, '10.1.0.5'), totpCode(secret, timeStep(clock)), '10.1.0.5')).toMatchObject({ error: 'wrong_code' });
    const recovery = codes![3]!;
    expect(await secondStep(await passwordStep(username, '10.1.0.5'), ` ${recovery.toUpperCase()} `, '10.1.0.5')).toMatchObject({ ok: true });
    expect(await lastAudit()).toMatchObject({ summary: { result: 'success', factor: 'recovery_code' } });
    expect(await secondStep(await passwordStep(username, '10.1.0.5'), recovery, '10.1.0.5')).toMatchObject({ error: 'wrong_code' });
  });
});

describe('the required-role gate', () => {
  it('an official of a required role without a second factor can do nothing but enrol; other roles can', async () => {
    for (const role of ['county_dpf', 'county_org', 'city', 'admin'] as const) {
      const { id } = await account(role, role.startsWith('county') ? '220802' : '220800', null);
      expect(await loadAccount(database.db, { id, sessionVersion: 1 }), role).toMatchObject({ mustEnrolSecondFactor: true });
      // The password alone gives a session (to enrol in), not a second step.
      const [row] = await database.db.select({ username: officials.username }).from(officials).where(eq(officials.id, id));
      expect(await checkCredentials(database.db, { username: row!.username, password: PASSWORD, ip: '10.1.0.6' }, later(1))).toMatchObject({ ok: true });
    }
    const { id } = await account('village', '220802100201', null);
    expect(await loadAccount(database.db, { id, sessionVersion: 1 })).toMatchObject({ mustEnrolSecondFactor: false });
  });
});

describe('the administrator resets a second factor', () => {
  it('clears the secret and codes, ends the sessions and audits it in one go; never one’s own', async () => {
    const admin = await officialNamed(database.db, 'admin');
    const target = await officialNamed(database.db, 'county-dpf');
    const before = await database.db.select({ version: officials.sessionVersion }).from(officials).where(eq(officials.id, target.id));
    expect(await resetSecondFactor.run(admin, { id: String(admin.id) }, later(1))).toMatchObject({ ok: false });
    expect(await resetSecondFactor.run(admin, { id: String(target.id) }, later(1))).toMatchObject({ ok: true });
    const [after] = await database.db
      .select({ secret: officials.totpSecret, step: officials.totpLastStep, version: officials.sessionVersion })
      .from(officials)
      .where(eq(officials.id, target.id));
    expect(after).toEqual({ secret: null, step: null, version: before[0]!.version + 1 });
    expect(await lastAudit()).toMatchObject({ official_id: admin.id, action: 'account.second_factor_reset', summary: { username: 'county-dpf' } });
    expect(await loadAccount(database.db, { id: target.id, sessionVersion: after!.version })).toMatchObject({ mustEnrolSecondFactor: true });
    // Nothing left to reset: refused, and no second audit row.
    expect(await resetSecondFactor.run(admin, { id: String(target.id) }, later(1))).toMatchObject({ ok: false });
    expect(await lastAudit()).toMatchObject({ action: 'account.second_factor_reset' });
  });
});
