// Officials' reads of screening (筛查未通过, issue 10 item 2): per county, households screened against
// eligible, and the latest refusals in the official's region without the name or the reason (those
// stay in screening_refusal_private; this module does not read it).
import { and, desc, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { households, regions, screeningRefusals, type ScreeningCriterion } from '@/db/schema';
import type { Official } from '@/lib/auth/official';
import { can, roleMay } from '@/lib/domain/permissions';
import { regionPrefix } from '@/lib/domain/regions';
import { villagesOf } from '@/lib/data/public';
import { currentProgramme } from '@/lib/data/programme';

export type ScreeningCount = { countyCode: string; countyName: string; eligible: number; refused: number; screened: number };
export type RecentRefusal = { id: number; villageName: string; year: number; criterion: ScreeningCriterion; screenedOn: string };
export type ScreeningOverview = { counts: ScreeningCount[]; recent: RecentRefusal[] };

/** Null for a role that may not see households, or without a programme. */
export async function getScreeningOverview(official: Official): Promise<ScreeningOverview | null> {
  if (!roleMay(official.role, 'household.view') || regionPrefix(official.regionCode) === null) return null;
  const db = await getDb();
  const programme = await currentProgramme(db);
  if (!programme) return null;
  const county = sql<string>`left(${households.villageCode}, 6)`;
  const refusalCounty = sql<string>`left(${screeningRefusals.villageCode}, 6)`;
  const [eligible, refused, recent] = await Promise.all([
    db
      .select({ county, n: sql<number>`count(*)::int` })
      .from(households)
      .where(and(eq(households.programmeId, programme.id), villagesOf(households.villageCode, official.regionCode)))
      .groupBy(county),
    db
      .select({ county: refusalCounty, n: sql<number>`count(*)::int` })
      .from(screeningRefusals)
      .where(and(eq(screeningRefusals.programmeId, programme.id), villagesOf(screeningRefusals.villageCode, official.regionCode)))
      .groupBy(refusalCounty),
    db
      .select({
        id: screeningRefusals.id,
        villageCode: screeningRefusals.villageCode,
        villageName: regions.name,
        year: screeningRefusals.year,
        criterion: screeningRefusals.criterion,
        screenedOn: screeningRefusals.screenedOn,
      })
      .from(screeningRefusals)
      .innerJoin(regions, eq(regions.code, screeningRefusals.villageCode))
      .where(and(eq(screeningRefusals.programmeId, programme.id), villagesOf(screeningRefusals.villageCode, official.regionCode)))
      .orderBy(desc(screeningRefusals.screenedOn), desc(screeningRefusals.id))
      .limit(20),
  ]);
  const codes = [...new Set([...eligible, ...refused].map((r) => r.county))].sort();
  const names = codes.length === 0 ? [] : await db.select({ code: regions.code, name: regions.name }).from(regions).where(sql`${regions.code} in ${codes}`);
  const counts = codes.map((code) => {
    const e = eligible.find((r) => r.county === code)?.n ?? 0;
    const r = refused.find((x) => x.county === code)?.n ?? 0;
    return { countyCode: code, countyName: names.find((n) => n.code === code)?.name ?? code, eligible: e, refused: r, screened: e + r };
  });
  return {
    counts,
    recent: recent.filter((r) => can(official, 'household.view', r.villageCode)).map(({ villageCode: _, ...r }) => r),
  };
}
