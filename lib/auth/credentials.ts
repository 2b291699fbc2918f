// Password check with rate limiting, counted in the database so that it holds across restarts.
import { hash, verify } from '@node-rs/argon2';
import { and, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { loginAttempts, officials } from '@/db/schema';
import type { Role } from '@/lib/domain/permissions';
import { acceptsDemoAccounts } from '@/lib/startup/guards';

export const LOGIN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_USERNAME = 5;
export const MAX_FAILURES_PER_IP = 30;
/** The address recorded when the request carries none (no reverse proxy in front). */
export const UNKNOWN_IP = 'local';

export type SignedInOfficial = { id: number; role: Role; regionCode: string; sessionVersion: number; displayName: string };
export type CredentialsResult = { ok: true; official: SignedInOfficial } | { ok: false; error: 'invalid' | 'rate_limited' };

// Verifying against a real hash when the username is unknown keeps the timing of both cases alike.
let dummyHash: Promise<string> | undefined;

export async function checkCredentials(
  db: Db,
  input: { username: string; password: string; ip: string },
  now: Date,
  // The demo seed's accounts share a password printed in the README: a production server refuses them.
  options: { demoAccounts: boolean } = { demoAccounts: acceptsDemoAccounts(process.env) },
): Promise<CredentialsResult> {
  const username = input.username.trim().toLowerCase();
  const since = new Date(now.getTime() - LOGIN_WINDOW_MINUTES * 60_000);
  // Failures count within the window, and only since the account's last successful sign-in and its
  // last new password: an administrator's reset unlocks the account at once.
  const [byName] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(loginAttempts)
    .where(
      and(
        eq(loginAttempts.username, username),
        eq(loginAttempts.succeeded, false),
        gt(loginAttempts.at, since),
        sql`${loginAttempts.at} > coalesce((select max(s.at) from login_attempts s where s.username = ${username} and s.succeeded), '-infinity')`,
        sql`${loginAttempts.at} > coalesce((select o.password_changed_at from officials o where lower(o.username) = ${username}), '-infinity')`,
      ),
    );
  // Without a known address every visitor shares one bucket, and 30 wrong guesses would lock everyone
  // out: then only the per-username limit applies.
  const [byIp] =
    input.ip === UNKNOWN_IP
      ? [{ n: 0 }]
      : await db
          .select({ n: sql<number>`count(*)::int` })
          .from(loginAttempts)
          .where(and(eq(loginAttempts.ip, input.ip), eq(loginAttempts.succeeded, false), gt(loginAttempts.at, since)));
  if ((byName?.n ?? 0) >= MAX_FAILURES_PER_USERNAME || (byIp?.n ?? 0) >= MAX_FAILURES_PER_IP) {
    return { ok: false, error: 'rate_limited' };
  }
  const [account] = await db
    .select({
      id: officials.id,
      role: officials.role,
      regionCode: officials.regionCode,
      sessionVersion: officials.sessionVersion,
      displayName: officials.displayName,
      passwordHash: officials.passwordHash,
      active: officials.active,
      isDemo: officials.isDemo,
    })
    .from(officials)
    .where(eq(sql`lower(${officials.username})`, username));
  dummyHash ??= hash('no such account');
  const passwordOk = await verify(account?.passwordHash ?? (await dummyHash), input.password).catch(() => false);
  // A refused demo account gets the same answer as a wrong password: the visitor learns nothing about
  // which accounts exist, and the attempt counts towards the limit. The operator is told on the console.
  const demoRefused = Boolean(account?.isDemo && !options.demoAccounts);
  if (demoRefused && passwordOk) {
    console.error(`gongshi: refused sign-in of demo account ${username}: this production database holds demo accounts; disable them.`);
  }
  const ok = Boolean(account && account.active && passwordOk && !demoRefused);
  await db.insert(loginAttempts).values({ username, ip: input.ip, at: now, succeeded: ok });
  if (!ok || !account) return { ok: false, error: 'invalid' };
  const { passwordHash: _hash, active: _active, isDemo: _demo, ...official } = account;
  return { ok: true, official };
}
