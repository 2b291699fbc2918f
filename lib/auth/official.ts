// The signed-in official, re-read from the database on every request: a disabled account, a changed
// role or region, or a bumped session version takes effect at once, whatever the JWT still says.
import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { officials, regions } from '@/db/schema';
import type { Role } from '@/lib/domain/permissions';
import { checkSession, sessionLimits, type SessionLimits } from './sessions';
import { secondFactorRequired } from './two-factor-policy';

export type Official = {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  regionCode: string;
  regionName: string;
};

/**
 * A signed-in account; one that must replace its one-time password, or enrol a second factor its role
 * requires (lib/auth/two-factor.ts), may do nothing else.
 */
export type SignedInAccount = { official: Official; mustChangePassword: boolean; mustEnrolSecondFactor: boolean };

/**
 * The official behind a session claim, or null when the account is gone, disabled, its rights
 * changed, or it still has a one-time password: every page, action and data function gets its
 * official from here (lib/auth/session.ts), so such an account reaches nothing but /admin/password.
 */
export async function loadOfficial(db: Db, claim: { id: number; sessionVersion: number }): Promise<Official | null> {
  return officialOf(await loadAccount(db, claim));
}

export function officialOf(account: SignedInAccount | null): Official | null {
  return account && !account.mustChangePassword && !account.mustEnrolSecondFactor ? account.official : null;
}

/** The account behind a session claim, or null when it is gone, disabled or its rights changed. */
export async function loadAccount(db: Db, claim: { id: number; sessionVersion: number }): Promise<SignedInAccount | null> {
  const [row] = await db
    .select({
      id: officials.id,
      username: officials.username,
      displayName: officials.displayName,
      role: officials.role,
      regionCode: officials.regionCode,
      regionName: regions.name,
      active: officials.active,
      sessionVersion: officials.sessionVersion,
      mustChangePassword: officials.mustChangePassword,
      enrolled: sql<boolean>`${officials.totpSecret} is not null`,
    })
    .from(officials)
    .innerJoin(regions, eq(regions.code, officials.regionCode))
    .where(eq(officials.id, claim.id));
  if (!row || !row.active || row.sessionVersion !== claim.sessionVersion) return null;
  const { active: _active, sessionVersion: _version, mustChangePassword, enrolled, ...official } = row;
  return { official, mustChangePassword, mustEnrolSecondFactor: !enrolled && secondFactorRequired(official.role) };
}


/** What the session cookie claims: the official, the account's session version, the session's token. */
export type SessionClaim = { id: number; sessionVersion: number; sessionId: string };

/** The request's sign-in: the account and when its session ends, or why there is none. */
export type SignIn =
  | { account: SignedInAccount; expires: Date; idleSeconds: number }
  | { account: null; expired: boolean };

/**
 * The request path's check (lib/auth/session.ts): the session row (not revoked, not idle too long,
 * not past its absolute end), then the account as loadAccount re-reads it. `expired` tells the sign-in
 * page to say that the session timed out rather than that nobody was signed in.
 */
export async function loadSignIn(db: Db, claim: SessionClaim, now: Date, limits: SessionLimits = sessionLimits()): Promise<SignIn> {
  const session = await checkSession(db, { officialId: claim.id, token: claim.sessionId }, now, limits);
  if (!session.ok) return { account: null, expired: session.reason === 'expired' };
  const account = await loadAccount(db, claim);
  return account ? { account, expires: session.expires, idleSeconds: session.idleSeconds } : { account: null, expired: false };
}
