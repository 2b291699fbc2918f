// Account management (账号管理) by the system administrator: create an account, change its display
// name, role and region, disable or enable it, reset its password. Every change to role, region,
// active or password bumps `session_version` in the same transaction, so the account's existing
// sessions end at once (lib/auth/official.ts compares it on every request). An administrator cannot
// disable or demote their own account, so the system always keeps at least one administrator.
// Audit rows hold the username, role and region code only: never the password or its hash.
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { officials, regions } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password-hash';
import { clearSecondFactor } from '@/lib/auth/two-factor';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@/lib/domain/password-policy';
import { can, ROLE_REGION_LEVEL, ROLES, type Role } from '@/lib/domain/permissions';
import { zhAdmin } from '@/lib/i18n/zh-admin';
import { zhAdminAccounts } from '@/lib/i18n/zh-admin-accounts';
import { zhAdminTwoFactor } from '@/lib/i18n/zh-admin-two-factor';
import { officialAction, Refusal, type ActionContext } from './core';
import { idField } from './fields';
import { passwordRefusal } from './password';

const t = zhAdminAccounts.errors;

export const USERNAME_PATTERN = /^[a-z0-9-]+$/;
export { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH };

const trimmed = (v: unknown) => (typeof v === 'string' ? v.trim() : v);

// The login lower-cases the username too (lib/auth/credentials.ts), and the unique index is on
// lower(username): storing it lower-case keeps the two in step.
const usernameField = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim().toLowerCase() : v),
  z
    .string({ error: t.usernameRequired })
    .min(1, t.usernameRequired)
    .min(3, t.usernameShort)
    .max(32, t.usernameLong)
    .regex(USERNAME_PATTERN, t.usernameChars),
);

const displayNameField = z.preprocess(
  trimmed,
  z.string({ error: t.displayNameRequired }).min(1, t.displayNameRequired).max(50, t.displayNameLong),
);

const roleField = z.enum(ROLES, { error: t.roleRequired });

const regionField = z.preprocess(
  trimmed,
  z
    .string({ error: t.regionRequired })
    .min(1, t.regionRequired)
    .regex(/^(\d{6}|\d{9}|\d{12})$/, t.regionShape),
);

// Never trimmed: spaces may be part of a pass phrase.
const passwordField = z
  .string({ error: t.passwordRequired })
  .min(1, t.passwordRequired)
  .min(MIN_PASSWORD_LENGTH, t.passwordShort)
  .max(MAX_PASSWORD_LENGTH, t.passwordLong);

const accountId = idField(t.id);

/**
 * The region an account of `role` will be bound to: inside the administrator's region, existing, and
 * of the level the role needs. Each refusal names the field; `authorize` then checks it once more.
 */
async function checkRegion(ctx: ActionContext, role: Role, regionCode: string): Promise<void> {
  if (!can(ctx.official, 'account.manage', regionCode)) {
    throw new Refusal(t.regionOutside, { regionCode: t.regionOutside }, 'region');
  }
  const [region] = await ctx.tx
    .select({ level: regions.level })
    .from(regions)
    .where(eq(regions.code, regionCode))
    .for('share');
  if (!region) throw new Refusal(zhAdmin.errors.fixFields, { regionCode: t.regionUnknown });
  const needed = ROLE_REGION_LEVEL[role];
  if (region.level !== needed) {
    const message = t.regionFit(zhAdmin.roles[role], zhAdminAccounts.levels[needed]);
    throw new Refusal(zhAdmin.errors.fixFields, { regionCode: message });
  }
  ctx.authorize(regionCode);
}

/** The account, locked for this transaction, once the administrator may manage it where it is now. */
async function lockAccount(ctx: ActionContext, id: number) {
  const [account] = await ctx.tx
    .select({
      id: officials.id,
      username: officials.username,
      displayName: officials.displayName,
      role: officials.role,
      regionCode: officials.regionCode,
      active: officials.active,
    })
    .from(officials)
    .where(eq(officials.id, id))
    .for('update');
  if (!account) throw new Refusal(t.id);
  ctx.authorize(account.regionCode);
  return account;
}

const bumpSessions = { sessionVersion: sql`${officials.sessionVersion} + 1` };

/** Refuses, on the `password` field, a password the policy refuses for this account. */
async function checkPassword(ctx: ActionContext, password: string, account: { username: string; displayName: string; regionCode: string }) {
  const refusal = await passwordRefusal(ctx.tx, password, account);
  if (refusal) throw new Refusal(zhAdmin.errors.fixFields, { password: refusal });
}

const detailPage = (id: number, done: keyof typeof zhAdminAccounts.detail.done) => `/admin/accounts/${id}?done=${done}`;

export const createAccount = officialAction({
  action: 'account.manage',
  schema: z.object({
    username: usernameField,
    displayName: displayNameField,
    role: roleField,
    regionCode: regionField,
    password: passwordField,
  }),
  async run(ctx, input) {
    await checkRegion(ctx, input.role, input.regionCode);
    await checkPassword(ctx, input.password, input);
    const passwordHash = await hashPassword(input.password);
    const [row] = await ctx.tx
      .insert(officials)
      .values({
        username: input.username,
        passwordHash,
        displayName: input.displayName,
        role: input.role,
        regionCode: input.regionCode,
        passwordChangedAt: ctx.now,
        // The administrator chose this password and passes it on: its owner replaces it at first sign-in.
        mustChangePassword: true,
        createdAt: ctx.now,
      })
      .returning({ id: officials.id });
    await ctx.audit({
      action: 'account.create',
      entityType: 'official',
      entityId: row!.id,
      summary: { username: input.username, role: input.role, regionCode: input.regionCode },
    });
    return { id: row!.id };
  },
  success: (v) => ({ message: zhAdminAccounts.detail.done.created, redirectTo: detailPage(v.id, 'created') }),
  // The index is on lower(username): 'Village-A' and 'village-a' are the same account.
  conflicts: { officials_username_uq: { field: 'username', message: t.usernameTaken } },
});

export const updateAccount = officialAction({
  action: 'account.manage',
  schema: z.object({
    id: accountId,
    displayName: displayNameField,
    role: roleField,
    regionCode: regionField,
  }),
  async run(ctx, input) {
    const account = await lockAccount(ctx, input.id);
    if (account.id === ctx.official.id && input.role !== account.role) {
      throw new Refusal(t.selfDemote, { role: t.selfDemote });
    }
    if (input.role !== account.role || input.regionCode !== account.regionCode) {
      await checkRegion(ctx, input.role, input.regionCode);
    }
    const changed = (['displayName', 'role', 'regionCode'] as const).filter((field) => input[field] !== account[field]);
    if (changed.length === 0) return { id: account.id, changed };
    // Rights changed: the account's sessions end now, not when their cookies expire.
    const rightsChanged = changed.includes('role') || changed.includes('regionCode');
    await ctx.tx
      .update(officials)
      .set({
        displayName: input.displayName,
        role: input.role,
        regionCode: input.regionCode,
        ...(rightsChanged ? bumpSessions : {}),
      })
      .where(eq(officials.id, account.id));
    await ctx.audit({
      action: 'account.update',
      entityType: 'official',
      entityId: account.id,
      summary: {
        username: account.username,
        changed,
        role: { from: account.role, to: input.role },
        regionCode: { from: account.regionCode, to: input.regionCode },
        sessionsEnded: rightsChanged,
      },
    });
    return { id: account.id, changed };
  },
  success: (v) =>
    v.changed.length === 0
      ? { message: zhAdminAccounts.detail.done.unchanged, redirectTo: detailPage(v.id, 'unchanged') }
      : { message: zhAdminAccounts.detail.done.updated, redirectTo: detailPage(v.id, 'updated') },
});

/** Disable or enable: the same steps, audited as 'account.disable' or 'account.enable'. */
function setActive(active: boolean) {
  return officialAction({
    action: 'account.manage',
    schema: z.object({ id: accountId }),
    async run(ctx, input) {
      const account = await lockAccount(ctx, input.id);
      if (!active && account.id === ctx.official.id) throw new Refusal(t.selfDisable);
      if (account.active === active) throw new Refusal(active ? t.alreadyActive : t.alreadyDisabled);
      await ctx.tx
        .update(officials)
        .set({ active, ...bumpSessions })
        .where(eq(officials.id, account.id));
      await ctx.audit({
        action: active ? 'account.enable' : 'account.disable',
        entityType: 'official',
        entityId: account.id,
        summary: { username: account.username, role: account.role, regionCode: account.regionCode },
      });
      return { id: account.id };
    },
    success: (v) =>
      active
        ? { message: zhAdminAccounts.detail.done.enabled, redirectTo: detailPage(v.id, 'enabled') }
        : { message: zhAdminAccounts.detail.done.disabled, redirectTo: detailPage(v.id, 'disabled') },
  });
}

export const disableAccount = setActive(false);
export const enableAccount = setActive(true);

export const resetPassword = officialAction({
  action: 'account.manage',
  schema: z.object({ id: accountId, password: passwordField }),
  async run(ctx, input) {
    const account = await lockAccount(ctx, input.id);
    // A reset needs no current password: one's own goes through /admin/password, which asks for it.
    if (account.id === ctx.official.id) throw new Refusal(t.selfReset);
    await checkPassword(ctx, input.password, account);
    const passwordHash = await hashPassword(input.password);
    await ctx.tx
      .update(officials)
      // The administrator knows the new password: it is one-time, replaced at the next sign-in.
      .set({ passwordHash, passwordChangedAt: ctx.now, mustChangePassword: true, ...bumpSessions })
      .where(eq(officials.id, account.id));
    await ctx.audit({
      action: 'account.password',
      entityType: 'official',
      entityId: account.id,
      summary: { username: account.username, role: account.role, regionCode: account.regionCode },
    });
    return { id: account.id };
  },
  success: (v) => ({ message: zhAdminAccounts.detail.done.password, redirectTo: detailPage(v.id, 'password') }),
});

/**
 * 重置双因素认证: for an official who lost the phone and the recovery codes. Clears the secret and
 * the codes and ends the account's sessions, audited in the same transaction; the official enrols
 * again at the next sign-in. Not one's own: another administrator must do that.
 */
export const resetSecondFactor = officialAction({
  action: 'account.manage',
  schema: z.object({ id: accountId }),
  async run(ctx, input) {
    const account = await lockAccount(ctx, input.id);
    if (account.id === ctx.official.id) throw new Refusal(zhAdminTwoFactor.reset.ownRefused);
    const [row] = await ctx.tx.select({ enrolled: officials.totpSecret }).from(officials).where(eq(officials.id, account.id));
    if (!row?.enrolled) throw new Refusal(zhAdminTwoFactor.reset.notEnrolled);
    await clearSecondFactor(ctx.tx, account.id);
    await ctx.tx.update(officials).set(bumpSessions).where(eq(officials.id, account.id));
    await ctx.audit({
      action: 'account.second_factor_reset',
      entityType: 'official',
      entityId: account.id,
      summary: { username: account.username, role: account.role, regionCode: account.regionCode },
    });
    return { id: account.id };
  },
  success: (v) => ({ message: zhAdminAccounts.detail.done.secondFactor, redirectTo: detailPage(v.id, 'secondFactor') }),
});
