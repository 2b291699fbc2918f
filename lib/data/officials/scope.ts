// Which households an official may read, as every officials' list asks for them: the region's prefix
// narrows the query in SQL (LIKE '220802%'), and `can` (lib/domain/permissions) stays the rule, checked
// for each row as well: belt and braces.
import { and, eq, like, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { householdPrivate, households, regions, visits } from '@/db/schema';
import { getRegion } from '@/lib/data/public';
import type { Official } from '@/lib/auth/official';
import { can, roleMay, type Action } from '@/lib/domain/permissions';
import { regionPrefix, type RegionLevel } from '@/lib/domain/regions';

export type HouseholdScope = {
  /** The region's prefix on the village column, and `extra` conditions (undefined ones are skipped). */
  where(...extra: (SQL | undefined)[]): SQL;
  /** Whether the official may do the action for this village (the per-row rule). */
  may(villageCode: string): boolean;
  /** The rows whose village the official may do the action for. */
  visible<R extends { villageCode: string }>(rows: readonly R[]): R[];
};

/**
 * The official's scope for `action`, or null when their role may not do it at all or their region has no
 * prefix. `column` is the village code the prefix applies to: households.villageCode unless the query
 * lists villages themselves (regions.code).
 *
 *   const s = householdScope(official); if (!s) return [];
 *   return s.visible(await db.select(…).from(households)….where(s.where(isNotNull(households.filedAt))));
 */
export function householdScope(
  official: Official,
  action: Action = 'household.view',
  column: AnyPgColumn = households.villageCode,
): HouseholdScope | null {
  if (!roleMay(official.role, action)) return null;
  const prefix = regionPrefix(official.regionCode);
  if (prefix === null) return null;
  const inRegion = like(column, `${prefix}%`);
  const may = (villageCode: string) => can(official, action, villageCode);
  return {
    where: (...extra) => and(inRegion, ...extra) ?? inRegion,
    may,
    visible: (rows) => rows.filter((r) => may(r.villageCode)),
  };
}

/**
 * The joins that start every officials' household list: the private row (the name) and the village
 * (regions.name). `db.select(…).from(households).innerJoin(...withPrivate).innerJoin(...withVillage)`;
 * a helper taking the selection as a type parameter loses Drizzle's join types.
 */
export const withPrivate = [householdPrivate, eq(householdPrivate.householdId, households.id)] as const;
export const withVillage = [regions, eq(regions.code, households.villageCode)] as const;

/** A household's latest visit date (YYYY-MM-DD), as text: raw SQL bypasses Drizzle's date mapping, and some drivers turn a date into a local Date. */
export const lastVisitedOn = sql<string | null>`(select max(v.visited_on)::text from ${visits} v where v.household_id = ${households.id})`;

export type PlaceNames = { cityName: string; countyName: string; townshipName: string; villageName: string };

/** The names of a village and the units above it (from the region tree); '' for a level not found. */
export async function placeNames(villageCode: string): Promise<PlaceNames> {
  const found = await getRegion(villageCode);
  const chain = found ? [...found.ancestors, found.region] : [];
  const nameAt = (level: RegionLevel) => chain.find((r) => r.level === level)?.name ?? '';
  return { cityName: nameAt('city'), countyName: nameAt('county'), townshipName: nameAt('township'), villageName: nameAt('village') };
}
