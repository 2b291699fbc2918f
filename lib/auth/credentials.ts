// Password check with throttling that slows guessing without handing an attacker a way to lock owners out.
// Three rules, counted in login_attempts so that they hold across restarts and instances:
// - 5 failures for one username from one address lock that pair for 15 minutes (an attacker locks
//   only themselves; the owner elsewhere signs in);
// - once 20 failures for one username from all addresses fall within an hour, it takes one attempt a
//   minute (a slow-down, never a lock), except from an address the account has signed in from since its
//   last new password, so a spread-out attack does not keep the owner out either;
// - 30 failures from one address lock that address for 15 minutes.
// Without a trusted address (lib/auth/client-address.ts) every visitor shares UNKNOWN_ADDRESS: a pair
// lock would then be a username lock, the denial of service this avoids, so only the slow-down applies.
// Counting, verifying and recording run in one transaction under a lock per username: parallel guesses
// queue, and each one is counted before the next is judged.
import crypto from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db, type Tx } from '@/db/client';
import { loginAttempts } from '@/db/schema';
import { auditKey } from '@/lib/audit/key';
import { recordAudit } from '@/lib/audit/record';
import type { Role } from '@/lib/domain/permissions';
import { acceptsDemoAccounts } from '@/lib/startup/guards';
import { UNKNOWN_ADDRESS } from './client-address';
import { hashPassword, needsRehash, verifyPassword } from './password-hash';
import { pendingToken } from './two-factor';

export const LOCK_MINUTES = 15;
export const MAX_FAILURES_PER_PAIR = 5;
export const MAX_FAILURES_PER_ADDRESS = 30;
export const SLOW_AFTER_FAILURES = 20;
export const SLOW_WINDOW_MINUTES = 60;
export const SLOW_INTERVAL_SECONDS = 60;
export { UNKNOWN_ADDRESS };

export type SignedInOfficial = { id: number; role: Role; regionCode: string; sessionVersion: number; displayName: string };
/** Why a sign-in was refused before the password was checked, and until when. */
export type Throttle = 'locked' | 'address_locked' | 'slowed';
export type CredentialsResult =
  | { ok: true; official: SignedInOfficial }
  | { ok: false; error: 'invalid' }
  | { ok: false; error: Throttle; until: Date }
  // The password was right, and the account has a second factor: no session yet (lib/auth/two-factor.ts).
  | { ok: false; error: 'second_factor'; pending: string };

type Account = SignedInOfficial & {
  username: string;
  passwordHash: string;
  active: boolean;
  isDemo: boolean;
  passwordChangedAt: Date;
  hasSecondFactor: boolean;
};

// Verifying against a real hash when the username is unknown keeps the timing of both cases alike.
let dummyHash: Promise<string> | undefined;

type Input = { username: string; password: string; ip: string };
// The demo seed's accounts share a password printed in the README: a production server refuses them.
type Options = { demoAccounts: boolean };

/**
 * Checks one sign-in. Attempts for one name queue in this process first, so that a burst of guesses
 * waits in memory instead of holding every pooled connection while it waits for the database's lock;
 * the database's lock then orders the attempts of all instances.
 */
export function checkCredentials(
  db: Db,
  input: Input,
  now: Date,
  options: Options = { demoAccounts: acceptsDemoAccounts(process.env) },
): Promise<CredentialsResult> {
  return oneAtATime(input.username.trim().toLowerCase(), () => checkCredentialsAcrossInstances(db, input, now, options));
}

const queues = new Map<string, Promise<unknown>>();
export function oneAtATime<T>(key: string, run: () => Promise<T>): Promise<T> {
  const result = (queues.get(key) ?? Promise.resolve()).then(run);
  const tail = result.catch(() => undefined);
  queues.set(key, tail);
  void tail.then(() => queues.get(key) === tail && queues.delete(key));
  return result;
}

/** The check without this process's queue, as another instance runs it (exported for the tests). */
export async function checkCredentialsAcrossInstances(db: Db, input: Input, now: Date, options: Options): Promise<CredentialsResult> {
  const typed = input.username.trim().toLowerCase();
  const address = input.ip;
  dummyHash ??= hashPassword('no such account');
  const fallbackHash = await dummyHash;
  return db.transaction(async (tx) => {
    const q = tx as unknown as Db; // a transaction runs the same queries
    // PostgreSQL refuses a NUL in text: a name holding one is no account (and would have thrown).
    const [account] = typed.includes('\u0000') ? [] : await queryRows<Account>(
      q,
      sql`select id, username, role, region_code as "regionCode", session_version as "sessionVersion",
                 display_name as "displayName", password_hash as "passwordHash", active, is_demo as "isDemo",
                 password_changed_at as "passwordChangedAt", totp_secret is not null as "hasSecondFactor"
          from officials where lower(username) = ${typed}`,
    );
    // A name that is no account may be a password typed in the wrong field: it is kept only as a keyed
    // digest, which still counts its failures (an unknown name is throttled like a real one, so the
    // answers tell nobody which accounts exist).
    const key = account ? account.username.toLowerCase() : unknownNameKey(typed);
    await q.execute(sql`select pg_advisory_xact_lock(hashtext(${'login:' + key}))`);
    const resetAt = account ? new Date(account.passwordChangedAt) : new Date(0);

    const throttle = await throttled(q, key, address, resetAt, now);
    const audit = (result: string, extra: Record<string, unknown> = {}) =>
      auditSignIn(tx, account ?? null, now, { result, address, ...extra });
    if (throttle) {
      await audit(throttle.error, { until: throttle.until.toISOString() });
      return throttle;
    }

    const passwordOk = await verifyPassword(account?.passwordHash ?? fallbackHash, input.password);
    // A refused demo account gets the same answer as a wrong password: the visitor learns nothing about
    // which accounts exist, and the attempt counts towards the limit. The operator is told on the console.
    const demoRefused = Boolean(account?.isDemo && !options.demoAccounts);
    if (demoRefused && passwordOk) {
      console.error(`gongshi: refused sign-in of demo account ${account!.username}: this production database holds demo accounts; disable them.`);
    }
    const ok = Boolean(account && account.active && passwordOk && !demoRefused);
    // A right password of an account with a second factor is no success yet: only the code's outcome
    // is recorded (lib/auth/two-factor.ts), so the password alone never forgives the pair's failed codes.
    const secondFactor = ok && account!.hasSecondFactor;
    if (!secondFactor) await tx.insert(loginAttempts).values({ username: key, ip: address, at: now, succeeded: ok });
    if (!ok || !account) {
      const reason = !account ? 'unknown_account' : !passwordOk ? 'wrong_password' : !account.active ? 'disabled' : 'demo_refused';
      await audit('failure', { reason });
      return { ok: false, error: 'invalid' } as const;
    }
    // Parameters raised since this hash was made: the password is at hand only now, so re-hash it.
    if (needsRehash(account.passwordHash)) {
      const rehashed = await hashPassword(input.password);
      await q.execute(sql`update officials set password_hash = ${rehashed} where id = ${account.id} and password_hash = ${account.passwordHash}`);
    }
    if (secondFactor) {
      await audit('password_ok', { next: 'second_factor' });
      return { ok: false, error: 'second_factor', pending: pendingToken(account, now) } as const;
    }
    await audit('success');
    const { id, role, regionCode, sessionVersion, displayName } = account;
    return { ok: true, official: { id, role, regionCode, sessionVersion, displayName } } as const;
  });
}

/** The first rule that refuses this attempt now, or null. */
export async function throttled(
  q: Db,
  key: string,
  address: string,
  resetAt: Date,
  now: Date,
): Promise<{ ok: false; error: Throttle; until: Date } | null> {
  // Raw SQL parameters as ISO strings: each driver serialises a Date its own way.
  const minutes = (n: number) => new Date(now.getTime() - n * 60_000).toISOString();
  const reset = resetAt.toISOString();
  const known = address !== UNKNOWN_ADDRESS;
  if (known) {
    // Failures of this pair since its own last success (the owner's typos) and the last new password.
    const pair = await failureTimes(
      q,
      sql`username = ${key} and ip = ${address} and at > ${reset}
          and at > coalesce((select max(s.at) from login_attempts s where s.username = ${key} and s.ip = ${address} and s.succeeded), '-infinity')`,
      minutes(2 * LOCK_MINUTES),
    );
    const pairUntil = lockedUntil(pair, MAX_FAILURES_PER_PAIR, now);
    if (pairUntil) return { ok: false, error: 'locked', until: pairUntil };
    // An address's failures are not forgiven by a success: an attacker may own an account too.
    const byAddress = await failureTimes(q, sql`ip = ${address}`, minutes(2 * LOCK_MINUTES));
    const addressUntil = lockedUntil(byAddress, MAX_FAILURES_PER_ADDRESS, now);
    if (addressUntil) return { ok: false, error: 'address_locked', until: addressUntil };
  }
  // A success does not forgive the username's failures here (the attacker's guesses still stand against
  // the same password); a new password does.
  const [slow] = await queryRows<{ failures: number; last: Date | null; trusted: boolean }>(
    q,
    sql`select
          (select count(*)::int from login_attempts
            where username = ${key} and not succeeded and at > ${minutes(SLOW_WINDOW_MINUTES)} and at > ${reset}) as failures,
          (select max(at) from login_attempts where username = ${key}) as last,
          ${known} and exists (select 1 from login_attempts
            where username = ${key} and ip = ${address} and succeeded and at > ${reset}) as trusted`,
  );
  if (slow && slow.failures >= SLOW_AFTER_FAILURES && !slow.trusted && slow.last) {
    const until = new Date(new Date(slow.last).getTime() + SLOW_INTERVAL_SECONDS * 1000);
    if (until > now) return { ok: false, error: 'slowed', until };
  }
  return null;
}

async function failureTimes(q: Db, where: SQL, since: string): Promise<Date[]> {
  const rows = await queryRows<{ at: Date }>(
    q,
    sql`select at from login_attempts where not succeeded and at > ${since} and ${where} order by at desc limit 100`,
  );
  return rows.map((row) => new Date(row.at));
}

/**
 * `max` failures within LOCK_MINUTES lock for LOCK_MINUTES after the last of them. Refused attempts
 * are not failures (no password was checked), so hammering a lock does not prolong it.
 */
function lockedUntil(failuresNewestFirst: Date[], max: number, now: Date): Date | null {
  const latest = failuresNewestFirst[0];
  if (!latest) return null;
  const windowStart = latest.getTime() - LOCK_MINUTES * 60_000;
  const inWindow = failuresNewestFirst.filter((at) => at.getTime() > windowStart).length;
  const until = new Date(latest.getTime() + LOCK_MINUTES * 60_000);
  return inWindow >= max && until > now ? until : null;
}

/** Unknown names are counted under a keyed digest: never stored as typed, yet the same name adds up. */
function unknownNameKey(typed: string): string {
  return '?' + crypto.createHmac('sha256', auditKey()).update(`login-name\0${typed}`).digest('hex').slice(0, 32);
}

/**
 * One audit row per attempt: the account's id when the name is an account, never what was typed
 * otherwise (it may be a password), the address and the result. Only a success acts as the account.
 */
export async function auditSignIn(
  tx: Tx,
  account: { id: number; role: string; username: string } | null,
  at: Date,
  summary: Record<string, unknown>,
): Promise<void> {
  const actor = account && summary.result === 'success' ? { id: account.id, role: account.role } : null;
  await recordAudit(tx, actor, at, {
    action: 'auth.sign_in',
    entityType: 'official',
    entityId: account ? account.id : 'unknown',
    summary: account ? { ...summary, username: account.username } : summary,
  });
}
