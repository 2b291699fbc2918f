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

/** The account behind a session claim, or null when it is gone, disabled or its rights changed. */
export async function loadOfficial(db: Db, claim: { id: number; sessionVersion: number }): Promise<Official | null> {
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
    })
    .from(officials)
    .innerJoin(regions, eq(regions.code, officials.regionCode))
    .where(eq(officials.id, claim.id));
  if (!row || !row.active || row.sessionVersion !== claim.sessionVersion) return null;
  const { active: _active, sessionVersion: _version, ...official } = row;
  return official;
}

