// 修改密码: a signed-in official replaces their own password, knowing the current one. An account with
// a one-time password (npm run setup, an administrator's reset) can do nothing else until it has
// (lib/auth/official.ts). Saving clears that mark, restarts the sign-in failure count and ends every
// other session (session_version), audited in the same transaction, with no password in the row.
import { eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db';
import type { Db, Tx } from '@/db/client';
import { officials, regions } from '@/db/schema';
import type { SignedInAccount } from '@/lib/auth/official';
import { hashPassword, verifyPassword } from '@/lib/auth/password-hash';
import { recordAudit } from '@/lib/audit/record';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, passwordProblem, type PasswordProblem } from '@/lib/domain/password-policy';
import { ancestorCodes } from '@/lib/domain/regions';
import { zhAdmin } from '@/lib/i18n/zh-admin';
import { zhAdminPassword } from '@/lib/i18n/zh-admin-password';
import { fieldErrorsOf, formDataObject, Refusal, type ActionResult } from './core';

const t = zhAdminPassword.errors;

// Never trimmed: spaces may be part of a pass phrase.
export const passwordChangeSchema = z
  .object({
    currentPassword: z.string({ error: t.currentRequired }).min(1, t.currentRequired).max(MAX_PASSWORD_LENGTH, t.currentWrong),
    newPassword: z
      .string({ error: t.newRequired })
      .min(1, t.newRequired)
      .min(MIN_PASSWORD_LENGTH, t.newShort)
      .max(MAX_PASSWORD_LENGTH, t.newLong),
    confirmPassword: z.string({ error: t.confirmRequired }).min(1, t.confirmRequired),
  })
  .refine((v) => v.confirmPassword === v.newPassword, { path: ['confirmPassword'], message: t.confirmMismatch })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ['newPassword'], message: t.newSame });

export type PasswordChanged = { username: string; newPassword: string };

const p = zhAdminPassword.policy;

function policyMessage(problem: PasswordProblem): string {
  switch (problem.kind) {
    case 'short':
      return p.short;
    case 'long':
      return p.long;
    case 'username':
      return p.username;
    case 'region_code':
      return p.regionCode(problem.code);
    case 'region_name':
      return p.regionName(problem.name);
    case 'weak':
      return p.weak[problem.hint];
  }
}

/**
 * The policy's refusal of `password` for this account (its username, display name and region chain,
 * read here so no caller forgets a level), in Chinese; null when the password may be used.
 */
export async function passwordRefusal(
  q: Db | Tx,
  password: string,
  account: { username: string; displayName: string; regionCode: string },
): Promise<string | null> {
  const chain = await q
    .select({ code: regions.code, name: regions.name })
    .from(regions)
    .where(inArray(regions.code, [...ancestorCodes(account.regionCode), account.regionCode]));
  const problem = await passwordProblem(password, { username: account.username, displayName: account.displayName, regions: chain });
  return problem && policyMessage(problem);
}

export async function changeOwnPassword(
  account: SignedInAccount | null,
  input: FormData | Record<string, unknown>,
  now: Date,
): Promise<ActionResult<PasswordChanged>> {
  if (!account) return { ok: false, message: zhAdmin.errors.signedOut, fieldErrors: {}, refused: 'signed_out' };
  const parsed = passwordChangeSchema.safeParse(input instanceof FormData ? formDataObject(input) : input);
  if (!parsed.success) return { ok: false, message: zhAdmin.errors.fixFields, fieldErrors: fieldErrorsOf(parsed.error) };
  const { currentPassword, newPassword } = parsed.data;
  const db = await getDb();
  const weak = await passwordRefusal(db, newPassword, account.official);
  if (weak) return { ok: false, message: zhAdmin.errors.fixFields, fieldErrors: { newPassword: weak } };
  const newHash = await hashPassword(newPassword); // slow on purpose: before the transaction, which stays short
  try {
    const username = await db.transaction(async (tx) => {
      const [row] = await tx
        .select({
          id: officials.id,
          username: officials.username,
          role: officials.role,
          regionCode: officials.regionCode,
          active: officials.active,
          passwordHash: officials.passwordHash,
          mustChangePassword: officials.mustChangePassword,
        })
        .from(officials)
        .where(eq(officials.id, account.official.id))
        .for('update');
      if (!row || !row.active) throw new Refusal(zhAdmin.errors.signedOut);
      if (!(await verifyPassword(row.passwordHash, currentPassword))) {
        throw new Refusal(zhAdmin.errors.fixFields, { currentPassword: t.currentWrong });
      }
      await tx
        .update(officials)
        .set({
          passwordHash: newHash,
          mustChangePassword: false,
          passwordChangedAt: now,
          sessionVersion: sql`${officials.sessionVersion} + 1`,
        })
        .where(eq(officials.id, row.id));
      await recordAudit(tx, { id: row.id, role: row.role }, now, {
        action: 'account.password_change',
        entityType: 'official',
        entityId: row.id,
        summary: { username: row.username, role: row.role, regionCode: row.regionCode, oneTimeReplaced: row.mustChangePassword },
      });
      return row.username;
    });
    return { ok: true, message: zhAdminPassword.done, value: { username, newPassword } };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, message: error.message, fieldErrors: error.fieldErrors, refused: 'rule' };
    throw error;
  }
}
