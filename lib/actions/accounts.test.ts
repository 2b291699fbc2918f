// Account management (账号管理) on a real database: the field messages, unique usernames whatever the
// case, roles fitted to their region's level, only the administrator, sessions that end the moment
// rights change, no self-disabling or self-demotion, and audit rows without passwords or hashes.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { officials } from '@/db/schema';
import { checkCredentials } from '@/lib/auth/credentials';
import { loadOfficial, type Official } from '@/lib/auth/official';
import { DEMO_TOTP_SECRET } from '@/lib/auth/two-factor-policy';
import { verifyAuditChain } from '@/lib/audit/verify';
import { ROLES, type Role } from '@/lib/domain/permissions';
import { zhAdmin } from '@/lib/i18n/zh-admin';
import { zhAdminAccounts } from '@/lib/i18n/zh-admin-accounts';
import { zhAdminPassword } from '@/lib/i18n/zh-admin-password';
import { ok } from '@/test/action-results';
import { useSeededDatabase } from '@/test/seeded-database';
import { officialNamed } from '@/test/officials';
import { createAccount, disableAccount, enableAccount, resetPassword, updateAccount } from './accounts';
import type { ActionResult } from './core';

const t = zhAdminAccounts.errors;
const PASSWORD = 'correct horse battery';
const VILLAGE_A = '220802100201'; // 平安村委会
const HONGGUANG = '220802100203'; // 红光村委会, 平安镇
const PINGAN = '220802100'; // 平安镇
const TAOBEI = '220802'; // 洮北区
const CITY = '220800'; // 白城市

const database = useSeededDatabase();
let admin: Official;
let clock: Date;
/** A fresh `now` for each call: later than the last, as the server clock would be. */
const now = () => (clock = new Date(clock.getTime() + 60_000));
const { rows } = database;
let serial = 0;
const uniqueName = (stem: string) => `${stem}-${++serial}`;
const passwordsUsed = new Set<string>([PASSWORD]);
const policy = zhAdminPassword.policy;
/** 128 characters that are not a pattern: the longest password the policy takes. */
const LONGEST = Array.from({ length: 128 }, (_, i) => 'abcdefghijkmnpqrstuvwxyz23456789'[(i * 7919 + 13) % 32]).join('');

type AccountRow = { id: number; username: string; role: Role; region_code: string; active: boolean; session_version: number; password_hash: string; display_name: string; must_change_password: boolean };
async function accountById(id: number): Promise<AccountRow> {
  const [row] = await rows<AccountRow>(sql`select * from officials where id = ${id}`);
  return row!;
}
const accountCount = async () => (await rows<{ n: number }>(sql`select count(*)::int as n from officials`))[0]!.n;
const auditCount = async () => (await rows<{ n: number }>(sql`select count(*)::int as n from audit_log where action like 'account.%'`))[0]!.n;

function form(overrides: Record<string, string | undefined> = {}): Record<string, string> {
  const base: Record<string, string | undefined> = {
    username: uniqueName('village-yongan'),
    displayName: '红光村党支部',
    role: 'village',
    regionCode: HONGGUANG,
    password: PASSWORD,
    ...overrides,
  };
  return Object.fromEntries(Object.entries(base).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

/**
 * Creates an account through the action and returns its id, as its owner leaves it after the first
 * sign-in: with a password of their own (that step is tested in password.test.ts).
 */
async function created(overrides: Record<string, string> = {}): Promise<number> {
  const { id } = ok(await createAccount.run(admin, form(overrides), now()));
  await database.db.execute(sql`update officials set must_change_password = false where id = ${id}`);
  return id;
}

let ipCounter = 0;
const signIn = (username: string, password: string, ip = `10.9.0.${++ipCounter}`) => checkCredentials(database.db, { username, password, ip }, now());
/** Failures from one address that lock the account there (lib/auth/credentials.ts). */
const LOCKING_FAILURES = 5;

function fieldErrorsOf(result: ActionResult): Record<string, string> {
  expect(result.ok).toBe(false);
  return result.ok ? {} : result.fieldErrors;
}

beforeAll(async () => {
  clock = new Date(database.seededAt.getTime() + 60_000);
  admin = await officialNamed(database.db, 'admin');
});

describe('createAccount', () => {
  it('creates an account with an argon2id hash and a one-time password, and audits public facts only', async () => {
    const username = uniqueName('village-yongan');
    const before = await auditCount();
    const result = await createAccount.run(admin, form({ username: `  ${username.toUpperCase()} ` }), now());
    expect(result).toMatchObject({ ok: true, redirectTo: expect.stringMatching(/^\/admin\/accounts\/\d+\?done=created$/) });
    if (!result.ok) return;
    const row = await accountById(result.value.id);
    expect(row).toMatchObject({ username, display_name: '红光村党支部', role: 'village', region_code: HONGGUANG, active: true, session_version: 1, must_change_password: true });
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain(PASSWORD);

    expect(await signIn(username, PASSWORD)).toMatchObject({ ok: true, official: { id: row.id, role: 'village', regionCode: HONGGUANG } });
    expect(await signIn(username, 'correct horse battery!')).toEqual({ ok: false, error: 'invalid' });

    expect(await auditCount()).toBe(before + 1);
    const [audit] = await rows<{ action: string; entity_type: string; entity_id: string; role: string; official_id: number; summary: unknown }>(
      sql`select action, entity_type, entity_id, role, official_id, summary from audit_log where action like 'account.%' order by id desc limit 1`,
    );
    expect(audit).toEqual({
      action: 'account.create',
      entity_type: 'official',
      entity_id: String(row.id),
      role: 'admin',
      official_id: admin.id,
      summary: { username, role: 'village', regionCode: HONGGUANG },
    });
  });

  it('gives every field its own message and writes nothing', async () => {
    const before = await accountCount();
    const empty = await createAccount.run(admin, {}, now());
    expect(empty).toMatchObject({ ok: false, message: zhAdmin.errors.fixFields });
    expect(fieldErrorsOf(empty)).toEqual({
      username: t.usernameRequired,
      displayName: t.displayNameRequired,
      role: t.roleRequired,
      regionCode: t.regionRequired,
      password: t.passwordRequired,
    });
    const blanks = await createAccount.run(admin, { username: ' ', displayName: '  ', role: '', regionCode: ' ', password: '' }, now());
    expect(fieldErrorsOf(blanks)).toEqual({
      username: t.usernameRequired,
      displayName: t.displayNameRequired,
      role: t.roleRequired,
      regionCode: t.regionRequired,
      password: t.passwordRequired,
    });

    const cases: [Record<string, string>, string, string][] = [
      [{ username: 'ab' }, 'username', t.usernameShort],
      [{ username: 'a'.repeat(33) }, 'username', t.usernameLong],
      [{ username: 'village_a' }, 'username', t.usernameChars],
      [{ username: '平安村' }, 'username', t.usernameChars],
      [{ username: 'village a' }, 'username', t.usernameChars],
      [{ displayName: '党'.repeat(51) }, 'displayName', t.displayNameLong],
      [{ role: 'mayor' }, 'role', t.roleRequired],
      [{ regionCode: '2208021002' }, 'regionCode', t.regionShape],
      [{ regionCode: '平安村' }, 'regionCode', t.regionShape],
      [{ password: 'short pass' }, 'password', t.passwordShort],
      [{ password: 'x'.repeat(11) }, 'password', t.passwordShort],
      [{ password: 'x'.repeat(129) }, 'password', t.passwordLong],
    ];
    for (const [overrides, field, message] of cases) {
      const result = await createAccount.run(admin, form(overrides), now());
      expect(fieldErrorsOf(result), JSON.stringify(overrides)).toEqual({ [field]: message });
    }
    // Exactly at the limits: accepted.
    passwordsUsed.add('tractor lamp').add(LONGEST);
    expect(await createAccount.run(admin, form({ username: 'abc', password: 'tractor lamp' }), now())).toMatchObject({ ok: true });
    expect(await createAccount.run(admin, form({ username: 'a'.repeat(32), password: LONGEST }), now())).toMatchObject({ ok: true });
    expect(await accountCount()).toBe(before + 2);
  });

  it('refuses an initial password with the username, a name or code of the region chain, or a common one', async () => {
    const before = { accounts: await accountCount(), audits: await auditCount() };
    const username = uniqueName('hongguang');
    const cases: [string, string][] = [
      [`${username} 的初始密码`, policy.username],
      ['红光村的初始密码 2026', policy.regionName('红光村')], // 红光村委会 as it is spoken
      ['平安镇 purple tractor', policy.regionName('平安镇')], // the township above it
      ['我们在洮北区 snowfall', policy.regionName('洮北区')],
      ['220802100203 tractor', policy.regionCode(HONGGUANG)],
      ['password1234', policy.weak.common],
      ['xxxxxxxxxxxx', policy.weak.repeat],
    ];
    for (const [password, message] of cases) {
      const result = await createAccount.run(admin, form({ username, password }), now());
      expect(result, password).toMatchObject({ ok: false, message: zhAdmin.errors.fixFields, fieldErrors: { password: message } });
    }
    // The same words are fine for an account elsewhere: the chain is the account's own.
    passwordsUsed.add('我们在洮北区 snowfall');
    expect(await createAccount.run(admin, form({ username, role: 'city', regionCode: CITY, password: '我们在洮北区 snowfall' }), now())).toMatchObject({ ok: true });
    expect(await accountCount()).toBe(before.accounts + 1);
    expect(await auditCount()).toBe(before.audits + 1);
  });

  it('refuses a username that exists in any case, on the field, and adds no account', async () => {
    const before = await accountCount();
    for (const username of ['village-a', 'VILLAGE-A', ' Village-B ', 'Admin']) {
      const result = await createAccount.run(admin, form({ username }), now());
      expect(result, username).toMatchObject({ ok: false, refused: 'rule', message: t.usernameTaken, fieldErrors: { username: t.usernameTaken } });
    }
    // The database's own rule: an account stored with capitals (e.g. by an older import) still blocks.
    await database.db.execute(sql`insert into officials (username, password_hash, display_name, role, region_code)
      values ('Legacy-Name', 'x', '旧账号', 'village', ${VILLAGE_A})`);
    expect(await createAccount.run(admin, form({ username: 'legacy-name' }), now())).toMatchObject({ ok: false, fieldErrors: { username: t.usernameTaken } });
    expect(await accountCount()).toBe(before + 1);
  });

  it('fits each role to a region of its level, inside the administrator’s city', async () => {
    const fits: [Role, string][] = [
      ['village', HONGGUANG],
      ['township_party', PINGAN],
      ['township_dpf', '220802101'],
      ['county_dpf', '220821'],
      ['county_org', TAOBEI],
      ['city', CITY],
      ['admin', CITY],
    ];
    expect(fits.map(([role]) => role).sort()).toEqual([...ROLES].sort());
    for (const [role, regionCode] of fits) {
      const result = await createAccount.run(admin, form({ role, regionCode, username: uniqueName(role.replace('_', '-')) }), now());
      expect(result, `${role} ${regionCode}`).toMatchObject({ ok: true });
      if (result.ok) expect(await accountById(result.value.id)).toMatchObject({ role, region_code: regionCode });
    }

    const level = zhAdminAccounts.levels;
    const misfits: [Role, string, string][] = [
      ['village', PINGAN, t.regionFit(zhAdmin.roles.village, level.village)],
      ['village', CITY, t.regionFit(zhAdmin.roles.village, level.village)],
      ['township_party', VILLAGE_A, t.regionFit(zhAdmin.roles.township_party, level.township)],
      ['township_dpf', TAOBEI, t.regionFit(zhAdmin.roles.township_dpf, level.township)],
      ['county_dpf', PINGAN, t.regionFit(zhAdmin.roles.county_dpf, level.county)],
      ['county_org', CITY, t.regionFit(zhAdmin.roles.county_org, level.county)],
      ['city', TAOBEI, t.regionFit(zhAdmin.roles.city, level.city)],
      ['admin', VILLAGE_A, t.regionFit(zhAdmin.roles.admin, level.city)],
    ];
    const before = await accountCount();
    for (const [role, regionCode, message] of misfits) {
      const result = await createAccount.run(admin, form({ role, regionCode }), now());
      expect(result, `${role} ${regionCode}`).toMatchObject({ ok: false, refused: 'rule', fieldErrors: { regionCode: message } });
    }
    // A well-formed code that is not a region, and regions outside the city.
    expect(await createAccount.run(admin, form({ regionCode: '220802100299' }), now())).toMatchObject({
      ok: false,
      fieldErrors: { regionCode: t.regionUnknown },
    });
    for (const regionCode of ['220700', '220702', '110105001001']) {
      expect(await createAccount.run(admin, form({ regionCode, role: 'city' }), now()), regionCode).toMatchObject({
        ok: false,
        refused: 'region',
        fieldErrors: { regionCode: t.regionOutside },
      });
    }
    expect(await accountCount()).toBe(before);
  });
});

describe('only the administrator manages accounts', () => {
  it('refuses every other role for every account action, and changes nothing', async () => {
    const target = await created();
    const before = { accounts: await accountCount(), audits: await auditCount(), row: await accountById(target) };
    for (const username of ['city', 'county-dpf', 'county-org', 'township-party', 'township-dpf', 'village-a', 'village-b']) {
      const official = await officialNamed(database.db, username);
      const attempts = [
        createAccount.run(official, form(), now()),
        updateAccount.run(official, { id: String(target), displayName: '改名', role: 'village', regionCode: VILLAGE_A }, now()),
        disableAccount.run(official, { id: String(target) }, now()),
        enableAccount.run(official, { id: String(target) }, now()),
        resetPassword.run(official, { id: String(target), password: 'a new password here' }, now()),
      ];
      for (const result of await Promise.all(attempts)) {
        expect(result, username).toMatchObject({ ok: false, refused: 'role', message: zhAdmin.errors.role });
      }
    }
    expect(await createAccount.run(null, form(), now())).toMatchObject({ ok: false, refused: 'signed_out' });
    expect(await accountCount()).toBe(before.accounts);
    expect(await auditCount()).toBe(before.audits);
    expect(await accountById(target)).toEqual(before.row);
  });

  it('refuses an administrator of another city by region', async () => {
    const target = await created();
    const elsewhere: Official = { ...admin, regionCode: '220700' };
    expect(await disableAccount.run(elsewhere, { id: String(target) }, now())).toMatchObject({ ok: false, refused: 'region' });
    expect(await resetPassword.run(elsewhere, { id: String(target), password: 'a new password here' }, now())).toMatchObject({
      ok: false,
      refused: 'region',
    });
    expect(await accountById(target)).toMatchObject({ active: true, session_version: 1 });
  });
});

describe('updateAccount', () => {
  it('a role or region change ends the old session at once; a new name alone does not', async () => {
    const username = uniqueName('village-role');
    const id = await created({ username });
    const signedIn = await signIn(username, PASSWORD);
    if (!signedIn.ok) throw new Error('sign-in failed');
    const claim = { id, sessionVersion: signedIn.official.sessionVersion };
    expect(await loadOfficial(database.db, claim)).toMatchObject({ role: 'village', regionCode: HONGGUANG });

    const rename = await updateAccount.run(admin, { id: String(id), displayName: '红光村党总支', role: 'village', regionCode: HONGGUANG }, now());
    expect(rename).toMatchObject({ ok: true, redirectTo: `/admin/accounts/${id}?done=updated` });
    expect(await loadOfficial(database.db, claim)).toMatchObject({ displayName: '红光村党总支', role: 'village' });

    const unchanged = await updateAccount.run(admin, { id: String(id), displayName: '红光村党总支', role: 'village', regionCode: HONGGUANG }, now());
    expect(unchanged).toMatchObject({ ok: true, redirectTo: `/admin/accounts/${id}?done=unchanged` });
    expect(await loadOfficial(database.db, claim)).not.toBeNull();

    const before = await auditCount();
    const promote = await updateAccount.run(admin, { id: String(id), displayName: '平安镇党委', role: 'township_party', regionCode: PINGAN }, now());
    expect(promote).toMatchObject({ ok: true });
    expect(await loadOfficial(database.db, claim)).toBeNull();
    const row = await accountById(id);
    expect(row).toMatchObject({ role: 'township_party', region_code: PINGAN, session_version: claim.sessionVersion + 1 });
    expect(await loadOfficial(database.db, { id, sessionVersion: row.session_version })).toMatchObject({ role: 'township_party', regionCode: PINGAN });
    expect(await auditCount()).toBe(before + 1);
    const [audit] = await rows<{ action: string; summary: unknown }>(sql`select action, summary from audit_log where action like 'account.%' order by id desc limit 1`);
    expect(audit).toEqual({
      action: 'account.update',
      summary: {
        username,
        changed: ['displayName', 'role', 'regionCode'],
        role: { from: 'village', to: 'township_party' },
        regionCode: { from: HONGGUANG, to: PINGAN },
        sessionsEnded: true,
      },
    });

    // A region change alone ends sessions too.
    const move = await updateAccount.run(admin, { id: String(id), displayName: '平安镇党委', role: 'township_party', regionCode: '220802101' }, now());
    expect(move).toMatchObject({ ok: true });
    expect((await accountById(id)).session_version).toBe(row.session_version + 1);
  });

  it('checks the new role against the region and refuses misfits on the field', async () => {
    const id = await created();
    const misfit = await updateAccount.run(admin, { id: String(id), displayName: '红光村党支部', role: 'county_dpf', regionCode: HONGGUANG }, now());
    expect(misfit).toMatchObject({ ok: false, fieldErrors: { regionCode: t.regionFit(zhAdmin.roles.county_dpf, zhAdminAccounts.levels.county) } });
    const outside = await updateAccount.run(admin, { id: String(id), displayName: '红光村党支部', role: 'village', regionCode: '220702100201' }, now());
    expect(outside).toMatchObject({ ok: false, refused: 'region', fieldErrors: { regionCode: t.regionOutside } });
    expect(await accountById(id)).toMatchObject({ role: 'village', region_code: HONGGUANG, session_version: 1 });

    const missing = await updateAccount.run(admin, { id: '999999', displayName: 'x', role: 'village', regionCode: HONGGUANG }, now());
    expect(missing).toMatchObject({ ok: false, message: t.id });
    expect(fieldErrorsOf(await updateAccount.run(admin, { id: 'abc', displayName: 'x', role: 'village', regionCode: HONGGUANG }, now()))).toEqual({ id: t.id });
  });

  it('the administrator cannot demote themselves, but may rename their own account', async () => {
    const demote = await updateAccount.run(admin, { id: String(admin.id), displayName: admin.displayName, role: 'city', regionCode: CITY }, now());
    expect(demote).toMatchObject({ ok: false, refused: 'rule', message: t.selfDemote, fieldErrors: { role: t.selfDemote } });
    expect(await accountById(admin.id)).toMatchObject({ role: 'admin', active: true });

    const [{ session_version: version }] = (await rows<{ session_version: number }>(
      sql`select session_version from officials where id = ${admin.id}`,
    )) as [{ session_version: number }];
    const rename = await updateAccount.run(admin, { id: String(admin.id), displayName: '白城市系统管理员', role: 'admin', regionCode: CITY }, now());
    expect(rename).toMatchObject({ ok: true });
    // Renaming keeps the administrator signed in.
    expect(await loadOfficial(database.db, { id: admin.id, sessionVersion: version })).toMatchObject({ displayName: '白城市系统管理员', role: 'admin' });
  });
});

describe('disableAccount and enableAccount', () => {
  it('a disabled account can no longer sign in and its session ends; enabling lets it sign in again', async () => {
    const username = uniqueName('village-off');
    const id = await created({ username });
    const signedIn = await signIn(username, PASSWORD);
    if (!signedIn.ok) throw new Error('sign-in failed');
    const claim = { id, sessionVersion: signedIn.official.sessionVersion };
    expect(await loadOfficial(database.db, claim)).not.toBeNull();

    const disabled = await disableAccount.run(admin, { id: String(id) }, now());
    expect(disabled).toMatchObject({ ok: true, redirectTo: `/admin/accounts/${id}?done=disabled` });
    expect(await accountById(id)).toMatchObject({ active: false, session_version: claim.sessionVersion + 1 });
    expect(await signIn(username, PASSWORD)).toEqual({ ok: false, error: 'invalid' });
    expect(await loadOfficial(database.db, claim)).toBeNull();
    expect(await loadOfficial(database.db, { id, sessionVersion: claim.sessionVersion + 1 })).toBeNull();

    expect(await disableAccount.run(admin, { id: String(id) }, now())).toMatchObject({ ok: false, message: t.alreadyDisabled });

    const enabled = await enableAccount.run(admin, { id: String(id) }, now());
    expect(enabled).toMatchObject({ ok: true, redirectTo: `/admin/accounts/${id}?done=enabled` });
    expect(await accountById(id)).toMatchObject({ active: true, session_version: claim.sessionVersion + 2 });
    expect(await loadOfficial(database.db, claim)).toBeNull(); // the old session stays ended
    expect(await signIn(username, PASSWORD)).toMatchObject({ ok: true });
    expect(await enableAccount.run(admin, { id: String(id) }, now())).toMatchObject({ ok: false, message: t.alreadyActive });

    const audits = await rows<{ action: string; summary: unknown }>(
      sql`select action, summary from audit_log where action like 'account.%' and entity_id = ${String(id)} order by id`,
    );
    expect(audits).toEqual([
      { action: 'account.create', summary: { username, role: 'village', regionCode: HONGGUANG } },
      { action: 'account.disable', summary: { username, role: 'village', regionCode: HONGGUANG } },
      { action: 'account.enable', summary: { username, role: 'village', regionCode: HONGGUANG } },
    ]);
  });

  it('a demo account disabled by the administrator is refused at sign-in', async () => {
    const villageB = await officialNamed(database.db, 'village-b');
    expect(await signIn('village-b', 'gongshi-demo-2026')).toMatchObject({ ok: true });
    expect(await disableAccount.run(admin, { id: String(villageB.id) }, now())).toMatchObject({ ok: true });
    expect(await signIn('village-b', 'gongshi-demo-2026')).toEqual({ ok: false, error: 'invalid' });
    expect(await enableAccount.run(admin, { id: String(villageB.id) }, now())).toMatchObject({ ok: true });
  });

  it('the administrator cannot disable themselves', async () => {
    const before = await auditCount();
    const result = await disableAccount.run(admin, { id: String(admin.id) }, now());
    expect(result).toMatchObject({ ok: false, refused: 'rule', message: t.selfDisable });
    expect(await accountById(admin.id)).toMatchObject({ active: true, role: 'admin' });
    expect(await auditCount()).toBe(before);
    // The password is still right; the enrolled administrator then gives the second factor.
    expect(await signIn('admin', 'gongshi-demo-2026')).toMatchObject({ ok: false, error: 'second_factor' });
  });

  it('another administrator may disable an administrator, so one always remains', async () => {
    const username = uniqueName('admin');
    const id = await created({ username, role: 'admin', regionCode: CITY, displayName: '第二管理员' });
    await rows(sql`update officials set totp_secret = ${DEMO_TOTP_SECRET} where id = ${id}`); // enrolled, as its role requires
    const second = await loadOfficial(database.db, { id, sessionVersion: 1 });
    expect(second).not.toBeNull();
    expect(await disableAccount.run(second, { id: String(id) }, now())).toMatchObject({ ok: false, message: t.selfDisable });
    expect(await disableAccount.run(admin, { id: String(id) }, now())).toMatchObject({ ok: true });
    // Its old session is gone, so it cannot act any more.
    expect(await loadOfficial(database.db, { id, sessionVersion: 1 })).toBeNull();
  });
});

describe('resetPassword', () => {
  it('replaces the password, ends the old session and refuses a short one', async () => {
    const username = uniqueName('village-pw');
    const id = await created({ username });
    const signedIn = await signIn(username, PASSWORD);
    if (!signedIn.ok) throw new Error('sign-in failed');
    const claim = { id, sessionVersion: signedIn.official.sessionVersion };

    const short = await resetPassword.run(admin, { id: String(id), password: 'too short' }, now());
    expect(fieldErrorsOf(short)).toEqual({ password: t.passwordShort });
    expect(fieldErrorsOf(await resetPassword.run(admin, { id: String(id) }, now()))).toEqual({ password: t.passwordRequired });

    const fresh = '新的密码 2026 winter';
    passwordsUsed.add(fresh);
    const result = await resetPassword.run(admin, { id: String(id), password: fresh }, now());
    expect(result).toMatchObject({ ok: true, redirectTo: `/admin/accounts/${id}?done=password` });
    expect(await loadOfficial(database.db, claim)).toBeNull();
    expect(await signIn(username, PASSWORD)).toEqual({ ok: false, error: 'invalid' });
    expect(await signIn(username, fresh)).toMatchObject({ ok: true, official: { sessionVersion: claim.sessionVersion + 1 } });
    expect((await accountById(id)).password_hash).toMatch(/^\$argon2id\$/);
    // The administrator knows it: a one-time password, to be replaced before anything else.
    const [mark] = await rows<{ must: boolean }>(sql`select must_change_password as must from officials where id = ${id}`);
    expect(mark!.must).toBe(true);
    expect(await loadOfficial(database.db, { id, sessionVersion: claim.sessionVersion + 1 })).toBeNull();

    const [audit] = await rows<{ action: string; summary: unknown }>(sql`select action, summary from audit_log where action like 'account.%' order by id desc limit 1`);
    expect(audit).toEqual({ action: 'account.password', summary: { username, role: 'village', regionCode: HONGGUANG } });
  });

  it('refuses a weak new password on the field, and the old one keeps working', async () => {
    const username = uniqueName('village-weak');
    const id = await created({ username });
    const before = { row: await accountById(id), audits: await auditCount() };
    const weak: [string, string][] = [
      [`${username.toUpperCase()}-2026`, policy.username],
      ['红光村委会 2026 冬天', policy.regionName('红光村委会')],
      ['220802 purple tractor', policy.regionCode(TAOBEI)],
      ['qwertyuiop12', policy.weak.common],
    ];
    for (const [password, message] of weak) {
      expect(fieldErrorsOf(await resetPassword.run(admin, { id: String(id), password }, now())), password).toEqual({ password: message });
    }
    expect(await accountById(id)).toEqual(before.row);
    expect(await auditCount()).toBe(before.audits);
    expect(await signIn(username, PASSWORD)).toMatchObject({ ok: true });
  });

  it('refuses the administrator’s own account, pointing to 修改密码, and changes nothing', async () => {
    const before = { row: await accountById(admin.id), audits: await auditCount() };
    const result = await resetPassword.run(admin, { id: String(admin.id), password: 'admin chose this one' }, now());
    expect(result).toEqual({ ok: false, message: t.selfReset, fieldErrors: {}, refused: 'rule' });
    expect(t.selfReset).toContain('/admin/password');
    expect(await accountById(admin.id)).toEqual(before.row); // same hash, no one-time mark, sessions kept
    expect(await auditCount()).toBe(before.audits);
  });

  it('lifts a lock from repeated wrong passwords at once', async () => {
    const username = uniqueName('village-locked');
    const id = await created({ username });
    const ip = '10.9.1.1';
    for (let i = 0; i < LOCKING_FAILURES; i++) expect(await signIn(username, `guess ${i}`, ip)).toEqual({ ok: false, error: 'invalid' });
    expect(await signIn(username, PASSWORD, ip)).toMatchObject({ ok: false }); // the right password, refused: locked

    const fresh = '解锁后的密码 2026 winter';
    passwordsUsed.add(fresh);
    expect(await resetPassword.run(admin, { id: String(id), password: fresh }, now())).toMatchObject({ ok: true });
    expect(await signIn(username, fresh, ip)).toMatchObject({ ok: true });
  });
});

describe('the audit trail of accounts', () => {
  it('never holds a password or a password hash, and the chain stays intact', async () => {
    const audits = await rows<{ action: string; text: string }>(
      sql`select action, summary::text as text from audit_log where action like 'account.%'`,
    );
    expect(new Set(audits.map((a) => a.action))).toEqual(
      new Set(['account.create', 'account.update', 'account.disable', 'account.enable', 'account.password']),
    );
    const hashes = (await database.db.select({ hash: officials.passwordHash }).from(officials)).map((r) => r.hash);
    for (const audit of audits) {
      expect(audit.text).not.toMatch(/argon2|password|hash/i);
      for (const secret of passwordsUsed) expect(audit.text).not.toContain(secret);
      for (const hash of hashes) expect(audit.text).not.toContain(hash);
    }
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true });
  });

});
