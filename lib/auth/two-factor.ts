// 双因素认证: TOTP (RFC 6238: SHA-1, 6 digits, 30-second steps) with one step of clock drift either way,
// and ten one-time recovery codes. Required for the roles that read and export every ID number
// (county_dpf, county_org, city, admin), optional for the others.
//
// Sign-in is two steps inside next-auth's Credentials provider (lib/auth/index.ts): a correct password
// of an enrolled account yields only a short-lived signed `pending` token, never a session; the second
// step sends that token with a code. The second step runs under the same per-username lock and the same
// throttling as the password (lib/auth/credentials.ts): a wrong code is a failure of that
// username+address, and the audit log records it as the second factor's failure.
import crypto from 'node:crypto';
import * as OTPAuth from 'otpauth';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { queryRows, type Db, type Tx } from '@/db/client';
import { loginAttempts, officials, recoveryCodes } from '@/db/schema';
import { auditKey } from '@/lib/audit/key';
import { recordAudit } from '@/lib/audit/record';
import type { Role } from '@/lib/domain/permissions';
import { auditSignIn, oneAtATime, throttled, type SignedInOfficial, type Throttle } from './credentials';

export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
export const TOTP_WINDOW = 1;
export const RECOVERY_CODE_COUNT = 10;
/** How long the second step may follow the password. */
export const PENDING_SECONDS = 5 * 60;
const ISSUER = '公示 Gongshi';

export { DEMO_TOTP_SECRET, secondFactorRequired } from './two-factor-policy';

/** A new random secret: 160 bits, base32 (32 characters). */
export function newTotpSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32;
}

/** A secret as typed for manual entry: groups of four. */
export function groupedSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}

export function isTotpSecret(value: string): boolean {
  return /^[A-Z2-7]{32}$/.test(value);
}

function totp(secret: string, label = 'gongshi'): OTPAuth.TOTP {
  return new OTPAuth.TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
    secret: OTPAuth.Secret.fromBase32(secret),
  });
}

/** The otpauth:// URI an authenticator app reads from the QR code. */
export function totpUri(secret: string, username: string): string {
  return totp(secret, username).toString();
}

export function timeStep(now: Date): number {
  return Math.floor(now.getTime() / 1000 / TOTP_PERIOD_SECONDS);
}

/** The code of a time step (tests, the e2e helper). */
export function totpCode(secret: string, step: number): string {
  return totp(secret).generate({ timestamp: step * TOTP_PERIOD_SECONDS * 1000 });
}

/**
 * The time step a code belongs to when it is valid at `now` (±1 step) and newer than `lastStep`, else
 * null: a code already used, or an older one, is refused.
 */
export function acceptedStep(secret: string, code: string, lastStep: number | null, now: Date): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totp(secret).validate({ token: code, timestamp: now.getTime(), window: TOTP_WINDOW });
  if (delta === null) return null;
  const step = timeStep(now) + delta;
  return lastStep !== null && step <= lastStep ? null : step;
}

// ---- Recovery codes: 12 characters of a 32-letter alphabet (60 bits), shown as xxxx-xxxx-xxxx.

const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz234567890'; // no i, l, o, 1: nothing to mistake

export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const bytes = crypto.randomBytes(12);
    const raw = Array.from(bytes, (b) => RECOVERY_ALPHABET[b % 32]).join('');
    return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8)}`;
  });
}

/** Normalised as typed: case, spaces and hyphens do not matter. */
function normaliseRecoveryCode(code: string): string | null {
  const raw = code.toLowerCase().replace(/[\s-]/g, '');
  return /^[a-z0-9]{12}$/.test(raw) ? raw : null;
}

/** What recovery_codes.code_hash holds: per account, so equal codes of two accounts differ. */
export function recoveryCodeHash(officialId: number, code: string): string {
  return crypto.createHash('sha256').update(`${officialId}\0${normaliseRecoveryCode(code) ?? code}`).digest('base64url');
}

// ---- Enrolment and reset

/**
 * Enrols an official after a correct code for `secret`: stores the secret and the code's step (so the
 * same code cannot then sign in), replaces the recovery codes and audits it, in one transaction.
 * Returns the recovery codes to show once, or null when the code is wrong.
 */
export async function enrolSecondFactor(
  db: Db,
  official: { id: number; role: Role },
  secret: string,
  code: string,
  now: Date,
): Promise<string[] | null> {
  const step = acceptedStep(secret, code.replace(/\s/g, ''), null, now);
  if (step === null) return null;
  const codes = newRecoveryCodes();
  await db.transaction(async (tx) => {
    await tx.update(officials).set({ totpSecret: secret, totpLastStep: step }).where(eq(officials.id, official.id));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.officialId, official.id));
    await tx.insert(recoveryCodes).values(codes.map((c) => ({ officialId: official.id, codeHash: recoveryCodeHash(official.id, c) })));
    await recordAudit(tx, official, now, {
      action: 'auth.second_factor_enrol',
      entityType: 'official',
      entityId: official.id,
      summary: { recoveryCodes: codes.length },
    });
  });
  return codes;
}

/** Clears an official's second factor (inside the caller's transaction); they enrol again at the next sign-in. */
export async function clearSecondFactor(tx: Tx, officialId: number): Promise<void> {
  await tx.update(officials).set({ totpSecret: null, totpLastStep: null }).where(eq(officials.id, officialId));
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.officialId, officialId));
}

// ---- The pending token between the two steps

function pendingMac(payload: string): string {
  return crypto.createHmac('sha256', auditKey()).update(`sign-in-pending\0${payload}`).digest('base64url');
}

/** Says that this account's password was right at `now`; useless after PENDING_SECONDS or a new password. */
export function pendingToken(account: { id: number; passwordChangedAt: Date; sessionVersion: number }, now: Date): string {
  const payload = [account.id, new Date(account.passwordChangedAt).getTime(), account.sessionVersion, now.getTime() + PENDING_SECONDS * 1000].join('.');
  return `${payload}.${pendingMac(payload)}`;
}

type Pending = { id: number; passwordChangedAt: number; sessionVersion: number };
function readPending(token: string, now: Date): Pending | null {
  const match = /^(\d+)\.(\d+)\.(\d+)\.(\d+)\.([\w-]+)$/.exec(token);
  if (!match) return null;
  const payload = match.slice(1, 5).join('.');
  const expected = Buffer.from(pendingMac(payload));
  const given = Buffer.from(match[5]!);
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return null;
  if (Number(match[4]) <= now.getTime()) return null;
  return { id: Number(match[1]), passwordChangedAt: Number(match[2]), sessionVersion: Number(match[3]) };
}

// ---- The second step of a sign-in

export type SecondFactorResult =
  | { ok: true; official: SignedInOfficial }
  | { ok: false; error: 'wrong_code' | 'restart' }
  | { ok: false; error: Throttle; until: Date };

type Account = SignedInOfficial & { username: string; active: boolean; passwordChangedAt: Date; totpSecret: string | null; totpLastStep: number | null };

/** Checks the code (TOTP or recovery code) of a sign-in whose password was right. */
export async function checkSecondFactor(db: Db, input: { pending: string; code: string; ip: string }, now: Date): Promise<SecondFactorResult> {
  const pending = readPending(input.pending, now);
  if (!pending) return { ok: false, error: 'restart' };
  const [named] = await db.select({ username: officials.username }).from(officials).where(eq(officials.id, pending.id));
  if (!named) return { ok: false, error: 'restart' };
  const key = named.username.toLowerCase();
  return oneAtATime(key, () =>
    db.transaction(async (tx) => {
      const q = tx as unknown as Db;
      await q.execute(sql`select pg_advisory_xact_lock(hashtext(${'login:' + key}))`);
      const [account] = await queryRows<Account>(
        q,
        sql`select id, username, role, region_code as "regionCode", session_version as "sessionVersion",
                   display_name as "displayName", active, password_changed_at as "passwordChangedAt",
                   totp_secret as "totpSecret", totp_last_step as "totpLastStep"
            from officials where id = ${pending.id}`,
      );
      // A new password, a change of rights or a reset since the password step: start again.
      if (
        !account ||
        !account.active ||
        !account.totpSecret ||
        new Date(account.passwordChangedAt).getTime() !== pending.passwordChangedAt ||
        account.sessionVersion !== pending.sessionVersion
      ) {
        return { ok: false, error: 'restart' } as const;
      }
      const audit = (result: string, extra: Record<string, unknown> = {}) =>
        auditSignIn(tx, account, now, { result, address: input.ip, step: 'second_factor', ...extra });
      const throttle = await throttled(q, key, input.ip, new Date(account.passwordChangedAt), now);
      if (throttle) {
        await audit(throttle.error, { until: throttle.until.toISOString() });
        return throttle;
      }
      const code = input.code.trim();
      let factor: 'totp' | 'recovery_code' | null = null;
      const step = acceptedStep(account.totpSecret, code.replace(/\s/g, ''), account.totpLastStep, now);
      if (step !== null) {
        await tx.update(officials).set({ totpLastStep: step }).where(eq(officials.id, account.id));
        factor = 'totp';
      } else if (normaliseRecoveryCode(code)) {
        const used = await tx
          .update(recoveryCodes)
          .set({ usedAt: now })
          .where(
            and(
              eq(recoveryCodes.officialId, account.id),
              eq(recoveryCodes.codeHash, recoveryCodeHash(account.id, code)),
              isNull(recoveryCodes.usedAt),
            ),
          )
          .returning({ id: recoveryCodes.id });
        if (used.length > 0) factor = 'recovery_code';
      }
      await tx.insert(loginAttempts).values({ username: key, ip: input.ip, at: now, succeeded: factor !== null });
      if (!factor) {
        await audit('failure', { reason: 'wrong_code' });
        return { ok: false, error: 'wrong_code' } as const;
      }
      await audit('success', { factor });
      const { id, role, regionCode, sessionVersion, displayName } = account;
      return { ok: true, official: { id, role, regionCode, sessionVersion, displayName } } as const;
    }),
  );
}
