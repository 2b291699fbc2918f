// 修改密码 on a real database: an account with a one-time password replaces it (and only then reaches
// anything else), every field refusal in Chinese, and the change ends other sessions, audited.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setProcessDatabase } from '@/db';
import { queryRows } from '@/db/client';
import { officials } from '@/db/schema';
import { checkCredentials } from '@/lib/auth/credentials';
import { loadAccount, loadOfficial, type Official } from '@/lib/auth/official';
import { zhAdminPassword } from '@/lib/i18n/zh-admin-password';
import { openTestDatabase, type TestDatabase } from '@/test/database';
import { officialNamed } from '@/test/officials';
import { resetPassword } from './accounts';
import { changeOwnPassword } from './password';

const t = zhAdminPassword.errors;
const DEMO = 'gongshi-demo-2026';
let database: TestDatabase;
let admin: Official;
let clock: Date;
const now = () => (clock = new Date(clock.getTime() + 60_000));
let ip = 0;
const signIn = (username: string, password: string) => checkCredentials(database.db, { username, password, ip: `10.8.0.${++ip}` }, now());
const row = async (username: string) =>
  (await database.db.select().from(officials).where(eq(officials.username, username)))[0]!;
const accountOf = async (username: string) => {
  const r = await row(username);
  return loadAccount(database.db, { id: r.id, sessionVersion: r.sessionVersion });
};

beforeAll(async () => {
  database = await openTestDatabase('seeded');
  setProcessDatabase(database);
  clock = new Date(database.seededAt.getTime() + 60_000);
  admin = await officialNamed(database.db, 'admin');
});
afterAll(() => database.close());

describe('after an administrator resets a password', () => {
  const oneTime = 'one-time password 2026';
  const chosen = '我自己的新密码 village b';

  it('the account signs in, but reaches nothing until it chose its own password', async () => {
    const target = await row('village-b');
    expect(await resetPassword.run(admin, { id: String(target.id), password: oneTime }, now())).toMatchObject({ ok: true });
    const signedIn = await signIn('village-b', oneTime);
    expect(signedIn).toMatchObject({ ok: true });
    const claim = { id: target.id, sessionVersion: target.sessionVersion + 1 };
    expect(await loadOfficial(database.db, claim)).toBeNull();
    const account = await loadAccount(database.db, claim);
    expect(account).toMatchObject({ mustChangePassword: true });

    const before = await row('village-b');
    const result = await changeOwnPassword(account, { currentPassword: oneTime, newPassword: chosen, confirmPassword: chosen }, now());
    expect(result).toMatchObject({ ok: true, value: { username: 'village-b', newPassword: chosen } });
    const after = await row('village-b');
    expect(after.mustChangePassword).toBe(false);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1); // every other session ends
    expect(after.passwordChangedAt.getTime()).toBe(clock.getTime());
    expect(await loadOfficial(database.db, claim)).toBeNull();
    expect((await loadOfficial(database.db, { id: target.id, sessionVersion: after.sessionVersion }))?.username).toBe('village-b');
    expect(await signIn('village-b', oneTime)).toEqual({ ok: false, error: 'invalid' });
    expect(await signIn('village-b', chosen)).toMatchObject({ ok: true });

    const [audit] = await queryRows<{ action: string; official_id: number; summary: unknown; text: string }>(
      database.db,
      sql`select action, official_id, summary, summary::text as text from audit_log order by id desc limit 1`,
    );
    expect(audit).toMatchObject({
      action: 'account.password_change',
      official_id: target.id,
      summary: { username: 'village-b', role: 'village', regionCode: target.regionCode, oneTimeReplaced: true },
    });
    expect(audit!.text).not.toContain(chosen);
    expect(audit!.text).not.toContain(oneTime);
  });

  it('an administrator who resets their own password is not asked to change it again', async () => {
    const me = await row('admin');
    expect(await resetPassword.run(admin, { id: String(me.id), password: 'admin chose this one' }, now())).toMatchObject({ ok: true });
    expect((await row('admin')).mustChangePassword).toBe(false);
  });
});

describe('the form', () => {
  it('refuses every wrong field in Chinese, and changes nothing', async () => {
    const account = await accountOf('township-party');
    const before = await row('township-party');
    const errors = async (input: Record<string, string>) => {
      const result = await changeOwnPassword(account, input, now());
      expect(result.ok).toBe(false);
      return result.ok ? {} : result.fieldErrors;
    };
    expect(await errors({})).toEqual({ currentPassword: t.currentRequired, newPassword: t.newRequired, confirmPassword: t.confirmRequired });
    expect(await errors({ currentPassword: DEMO, newPassword: 'too short', confirmPassword: 'too short' })).toEqual({ newPassword: t.newShort });
    expect(await errors({ currentPassword: DEMO, newPassword: 'x'.repeat(129), confirmPassword: 'x'.repeat(129) })).toEqual({ newPassword: t.newLong });
    expect(await errors({ currentPassword: DEMO, newPassword: 'a long new password', confirmPassword: 'a long new passw0rd' })).toEqual({ confirmPassword: t.confirmMismatch });
    expect(await errors({ currentPassword: DEMO, newPassword: DEMO, confirmPassword: DEMO })).toEqual({ newPassword: t.newSame });
    expect(await errors({ currentPassword: 'not the password', newPassword: 'a long new password', confirmPassword: 'a long new password' })).toEqual({ currentPassword: t.currentWrong });
    expect(await row('township-party')).toEqual(before);
  });

  it('refuses without a signed-in account', async () => {
    expect(await changeOwnPassword(null, {}, now())).toMatchObject({ ok: false, refused: 'signed_out' });
  });
});
