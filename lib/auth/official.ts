// The signed-in official, re-read from the database on every request: a disabled account, a changed
// role or region, or a bumped session version takes effect at once, whatever the JWT still says.
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { officials, regions } from '@/db/schema';
import type { Role } from '@/lib/domain/permissions';

export type Official = {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  regionCode: string;
  regionName: string;
};

/** A signed-in account; one that must replace its one-time password may do nothing else. */
export type SignedInAccount = { official: Official; mustChangePassword: boolean };

/**
 * The official behind a session claim, or null when the account is gone, disabled, its rights
 * changed, or it still has a one-time password: every page, action and data function gets its
 * official from here (lib/auth/session.ts), so such an account reaches nothing but /admin/password.
 */
export async function loadOfficial(db: Db, claim: { id: number; sessionVersion: number }): Promise<Official | null> {
  return officialOf(await loadAccount(db, claim));
}

export function officialOf(account: SignedInAccount | null): Official | null {
  return account && !account.mustChangePassword ? account.official : null;
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
    })
    .from(officials)
    .innerJoin(regions, eq(regions.code, officials.regionCode))
    .where(eq(officials.id, claim.id));
  if (!row || !row.active || row.sessionVersion !== claim.sessionVersion) return null;
  const { active: _active, sessionVersion: _version, mustChangePassword, ...official } = row;
  return { official, mustChangePassword };
}

