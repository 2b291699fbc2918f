// Read models of return visits (定期回访) for officials: the latest visits in the official's region, and
// the filed households not visited for more than 90 days (never visited counts). Whether a household
// is overdue is decided by lib/domain/visits from the `now` handed in, not by SQL's clock.
import { asc, desc, eq, isNotNull } from 'drizzle-orm';
import { getDb } from '@/db';
import { householdPrivate, households, regions, visits } from '@/db/schema';
import type { Official } from '@/lib/auth/official';
import { can } from '@/lib/domain/permissions';
import { daysSinceVisit, isVisitOverdue } from '@/lib/domain/visits';
import { householdScope, lastVisitedOn, withPrivate, withVillage } from './scope';
import { rowId } from '@/lib/route-params';

export type RecentVisitRow = {
  id: number;
  householdId: number;
  fullName: string;
  villageCode: string;
  villageName: string;
  visitedOn: string;
  visitor: string;
  findings: string;
};

/** The latest visits in the official's region, newest first. */
export async function listRecentVisits(official: Official, limit = 30): Promise<RecentVisitRow[]> {
  const scope = householdScope(official);
  if (scope === null) return [];
  const db = await getDb();
  const rows = await db
    .select({
      id: visits.id,
      householdId: visits.householdId,
      fullName: householdPrivate.fullName,
      villageCode: households.villageCode,
      villageName: regions.name,
      visitedOn: visits.visitedOn,
      visitor: visits.visitor,
      findings: visits.findings,
    })
    .from(visits)
    .innerJoin(households, eq(households.id, visits.householdId))
    .innerJoin(householdPrivate, eq(householdPrivate.householdId, households.id))
    .innerJoin(regions, eq(regions.code, households.villageCode))
    .where(scope.where())
    .orderBy(desc(visits.visitedOn), desc(visits.id))
    .limit(limit);
  return scope.visible(rows);
}

export type VisitRecord = { id: number; householdId: number; visitedOn: string; visitor: string; findings: string; suggestions: string };

/** One visit, to correct it, or null when it does not exist or its household lies outside the official's region. */
export async function getVisit(official: Official, id: number): Promise<VisitRecord | null> {
  if (rowId(id) === null) return null;
  const db = await getDb();
  const [row] = await db
    .select({
      id: visits.id,
      householdId: visits.householdId,
      villageCode: households.villageCode,
      visitedOn: visits.visitedOn,
      visitor: visits.visitor,
      findings: visits.findings,
      suggestions: visits.suggestions,
    })
    .from(visits)
    .innerJoin(households, eq(households.id, visits.householdId))
    .where(eq(visits.id, id));
  if (!row || !can(official, 'household.view', row.villageCode)) return null;
  const { villageCode: _region, ...visit } = row;
  return visit;
}

// Never visited sorts before any number of days.
const waited = (r: { daysSince: number | null }) => r.daysSince ?? Number.MAX_SAFE_INTEGER;

export type UnvisitedRow = {
  id: number;
  fullName: string;
  villageCode: string;
  villageName: string;
  lastVisitedOn: string | null;
  /** China calendar days since the last visit; null when never visited. */
  daysSince: number | null;
};

/**
 * Filed households in the official's region not visited for more than 90 days at `now`, or never:
 * never visited first, then the longest wait. All of them in `total`; at most `limit` in `rows`.
 */
export async function listUnvisitedHouseholds(
  official: Official,
  now: Date,
  limit = 200,
): Promise<{ rows: UnvisitedRow[]; total: number }> {
  const scope = householdScope(official);
  if (scope === null) return { rows: [], total: 0 };
  const db = await getDb();
  // Every filed household with its last visit: a region holds at most a few hundred, and the rule is
  // lib/domain's, so the filtering happens here rather than in SQL.
  const filed = await db.select({
    id: households.id,
    fullName: householdPrivate.fullName,
    villageCode: households.villageCode,
    villageName: regions.name,
    lastVisitedOn,
  }).from(households).innerJoin(...withPrivate).innerJoin(...withVillage)
    .where(scope.where(isNotNull(households.filedAt)))
    .orderBy(asc(households.villageCode), asc(households.id));
  const overdue = scope
    .visible(filed)
    .filter((r) => isVisitOverdue(r.lastVisitedOn, now))
    .map((r) => ({ ...r, daysSince: daysSinceVisit(r.lastVisitedOn, now) }))
    .sort((a, b) => waited(b) - waited(a)); // stable: ties keep village order
  return { rows: overdue.slice(0, limit), total: overdue.length };
}
