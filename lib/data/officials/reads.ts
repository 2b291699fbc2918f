// Who read a household's private data (查看记录): the audit rows lib/audit/private-read.ts writes,
// for county and city officials of the household's region only (lib/domain/private-reads.ts).
import { and, desc, eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db';
import { auditLog, households, officials, regions } from '@/db/schema';
import { HOUSEHOLD_READS } from '@/lib/audit/private-read';
import type { Official } from '@/lib/auth/official';
import { ROLES, type Role } from '@/lib/domain/permissions';
import { maySeeHouseholdReads } from '@/lib/domain/private-reads';
import { rowId } from '@/lib/route-params';

/** The most recent reads a page lists. */
export const HOUSEHOLD_READS_LIMIT = 100;

export type HouseholdRead = {
  at: Date;
  what: (typeof HOUSEHOLD_READS)[number];
  /** The role at the time of the read; the reader's current region and name. */
  reader: { role: Role | null; regionName: string | null; displayName: string | null };
};

/** The reads of one household, newest first, or null when the official may not see them. */
export async function listHouseholdReads(official: Official, id: number): Promise<HouseholdRead[] | null> {
  const householdId = rowId(id);
  if (householdId === null) return null;
  const db = await getDb();
  const [household] = await db.select({ villageCode: households.villageCode }).from(households).where(eq(households.id, householdId));
  if (!household || !maySeeHouseholdReads(official, household.villageCode)) return null;
  const rows = await db
    .select({
      at: auditLog.at,
      action: auditLog.action,
      role: auditLog.role,
      regionName: regions.name,
      displayName: officials.displayName,
    })
    .from(auditLog)
    .leftJoin(officials, eq(officials.id, auditLog.officialId))
    .leftJoin(regions, eq(regions.code, officials.regionCode))
    .where(and(eq(auditLog.entityType, 'household'), eq(auditLog.entityId, String(householdId)), inArray(auditLog.action, [...HOUSEHOLD_READS])))
    .orderBy(desc(auditLog.id))
    .limit(HOUSEHOLD_READS_LIMIT);
  const isRole = (r: string | null): r is Role => r !== null && (ROLES as readonly string[]).includes(r);
  return rows.map((r) => ({
    at: r.at,
    what: r.action as HouseholdRead['what'],
    reader: { role: isRole(r.role) ? r.role : null, regionName: r.regionName, displayName: r.displayName },
  }));
}
