// 修改密码 on a real database: an account with a one-time password replaces it (and only then reaches
// anything else), every field refusal in Chinese, and the change ends other sessions, audited.
import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '@/db/client';
import { officials } from '@/db/schema';
import { checkCredentials } from '@/lib/auth/credentials';
import { loadAccount, loadOfficial, type Official } from '@/lib/auth/official';
import { zhAdmin } from '@/lib/i18n/zh-admin';
import { zhAdminPassword } from '@/lib/i18n/zh-admin-password';
import { useSeededDatabase } from '@/test/seeded-database';
import { officialNamed } from '@/test/officials';
import { resetPassword } from './accounts';
import { changeOwnPassword } from './password';

const t = zhAdminPassword.errors;
const p = zhAdminPassword.policy;
const DEMO = 'gongshi-demo-2026';
const database = useSeededDatabase();
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
  clock = new Date(database.seededAt.getTime() + 60_000);
  admin = await officialNamed(database.db, 'admin');
});

describe('after an administrator resets a password', () => {
  const oneTime = 'one-time password 2026';
  const chosen = '我自己的新密码 冬天的拖拉机';

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
      sql`select action, official_id, summary, summary::text as text from audit_log where action like 'account.%' order by id desc limit 1`,
    );
    expect(audit).toMatchObject({
      action: 'account.password_change',
      official_id: target.id,
      summary: { username: 'village-b', role: 'village', regionCode: target.regionCode, oneTimeReplaced: true },
    });
    expect(audit!.text).not.toContain(chosen);
    expect(audit!.text).not.toContain(oneTime);
  });

  it('an administrator changes their own password here, giving the current one, not through a reset', async () => {
    const me = await row('admin');
    expect(await resetPassword.run(admin, { id: String(me.id), password: 'admin chose this one' }, now())).toMatchObject({ ok: false });
    const mine = 'my own purple tractor';
    const result = await changeOwnPassword(await accountOf('admin'), { currentPassword: DEMO, newPassword: mine, confirmPassword: mine }, now());
    expect(result).toMatchObject({ ok: true });
    expect(await row('admin')).toMatchObject({ mustChangePassword: false, sessionVersion: me.sessionVersion + 1 });
    // The new password is accepted; the administrator then gives their second factor (lib/auth/two-factor.ts).
    expect(await signIn('admin', mine)).toMatchObject({ ok: false, error: 'second_factor' });
    expect(await signIn('admin', DEMO)).toMatchObject({ ok: false, error: 'invalid' });
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
    expect(await signIn('township-party', DEMO)).toMatchObject({ ok: true }); // the old password still works
  });

  it('refuses a new password the policy refuses, saying what to change, and the old one keeps working', async () => {
    const account = await accountOf('township-party');
    const before = await row('township-party');
    const cases: [string, string][] = [
      ['township-party 2026', p.username],
      ['平安镇的新密码 2026', p.regionName('平安镇')], // the account's own township
      ['白城市 purple tractor', p.regionName('白城市')], // and the city above it
      ['my code 220802100 tractor', p.regionCode('220802100')],
      ['password1234', p.weak.common],
      ['mnbvcxzlkjhgfds', p.weak.keyboard],
    ];
    for (const [newPassword, message] of cases) {
      const result = await changeOwnPassword(account, { currentPassword: DEMO, newPassword, confirmPassword: newPassword }, now());
      expect(result, newPassword).toEqual({ ok: false, message: zhAdmin.errors.fixFields, fieldErrors: { newPassword: message } });
    }
    expect(p.weak.common).toBe('密码太常见，容易被猜到：请换成几个不相关的词组合，或加长到 16 个字符以上');
    expect(await row('township-party')).toEqual(before);
    expect(await signIn('township-party', DEMO)).toMatchObject({ ok: true });
    expect(await signIn('township-party', 'password1234')).toEqual({ ok: false, error: 'invalid' });
  });

  it('refuses without a signed-in account', async () => {
    expect(await changeOwnPassword(null, {}, now())).toMatchObject({ ok: false, refused: 'signed_out' });
  });
});
