// Read model of the allocation plan (年度任务分配计划): each county's target per programme year next
// to the households that have passed their notice so far, as the public home page counts them.
//
// Who may read it: every official who has a dashboard ('dashboard.view'), not only 'summary.view'.
// The plan and the passed counts are public figures (the home page shows them), and village and
// township officials need their county's target to plan their own work; restricting them would hide
// nothing. Only 'allocation.set' (the city) may change it, and only within its own city.
import { and, asc, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import type { Db, Tx } from '@/db/client';
import { allocations, households, regions } from '@/db/schema';
import type { Official } from '@/lib/auth/official';
import { can, roleMay } from '@/lib/domain/permissions';
import { currentProgramme } from '@/lib/data/programme';

export type PlanProgramme = {
  id: number;
  name: string;
  cityCode: string;
  startYear: number;
  endYear: number;
  targetHouseholds: number;
};

export type PlanCell = {
  year: number;
  /** null: no allocation row for this county and year. */
  target: number | null;
  passed: number;
  /** Households passed beyond the target (0 when within it): allowed, and shown as such. */
  over: number;
};

export type PlanCounty = { code: string; name: string; cells: PlanCell[] };

export type AllocationPlan = {
  programme: PlanProgramme;
  years: number[];
  counties: PlanCounty[];
  totals: { year: number; target: number; passed: number }[];
  /** Sum of every county's target over every year. */
  allocatedTotal: number;
  editable: boolean;
};

/** The county-level regions (县、市、区) of a city, in code order. */
export async function countiesOf(db: Db | Tx, cityCode: string): Promise<{ code: string; name: string }[]> {
  return db
    .select({ code: regions.code, name: regions.name })
    .from(regions)
    .where(and(eq(regions.parentCode, cityCode), eq(regions.level, 'county')))
    .orderBy(asc(regions.code));
}

export function programmeYears(p: { startYear: number; endYear: number }): number[] {
  return Array.from({ length: p.endYear - p.startYear + 1 }, (_, i) => p.startYear + i);
}

/** The plan as `official` may see it, or null when the role has no dashboard (the administrator). */
export async function getAllocationPlan(official: Official): Promise<AllocationPlan | null> {
  if (!roleMay(official.role, 'dashboard.view')) return null;
  const db = await getDb();
  const programme = await currentProgramme(db);
  if (!programme) return null;
  const years = programmeYears(programme);
  const countyCode = sql<string>`left(${households.villageCode}, 6)`;
  const [counties, targets, passed] = await Promise.all([
    countiesOf(db, programme.cityCode),
    db
      .select({ code: allocations.countyCode, year: allocations.year, target: allocations.targetHouseholds })
      .from(allocations)
      .where(eq(allocations.programmeId, programme.id)),
    db
      .select({ code: countyCode, year: households.year, n: sql<number>`count(*)::int` })
      .from(households)
      .where(and(eq(households.programmeId, programme.id), eq(households.status, 'passed')))
      .groupBy(countyCode, households.year),
  ]);
  const key = (code: string, year: number) => `${code}-${year}`;
  const targetOf = new Map(targets.map((t) => [key(t.code, t.year), t.target]));
  const passedOf = new Map(passed.map((p) => [key(p.code, p.year), p.n]));

  const rows: PlanCounty[] = counties.map((county) => ({
    ...county,
    cells: years.map((year) => {
      const target = targetOf.get(key(county.code, year)) ?? null;
      const n = passedOf.get(key(county.code, year)) ?? 0;
      return { year, target, passed: n, over: Math.max(0, n - (target ?? 0)) };
    }),
  }));
  const totals = years.map((year, i) => ({
    year,
    target: rows.reduce((sum, r) => sum + (r.cells[i]!.target ?? 0), 0),
    passed: rows.reduce((sum, r) => sum + r.cells[i]!.passed, 0),
  }));
  return {
    programme,
    years,
    counties: rows,
    totals,
    allocatedTotal: totals.reduce((sum, t) => sum + t.target, 0),
    editable: can(official, 'allocation.set', programme.cityCode),
  };
}
