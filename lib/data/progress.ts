// Public progress (工程进度) in aggregates only: per county and for the city, by month, and the money
// lent or granted. Nothing here is about a single household, and like lib/data/public.ts this module
// never imports the *_private tables or the accounts table (a test checks).
//
// Counting follows lib/data/public.ts (whose figures it reuses): a household is publicised once a
// published notice lists it (status listed, passed or removed) and passed once its notice closed
// without an upheld objection about it. After that it is filed (建档) when the county approved it,
// paired (结对) once a cadre signed its help agreement, and out of poverty (稳定脱贫) by the one rule of
// lib/domain/stable-exit.ts.
import { and, eq, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { getDb } from '@/db';
import { allocations, householdCounts, households, noticeEntries, notices, supports } from '@/db/schema';
import { tallyStableExit, type StableExit, type StableExitTally } from '@/lib/domain/stable-exit';
import { stableExits } from './stable-exit';
import { currentProgrammeYear } from '@/lib/domain/programme';
import { getChildrenProgress, getCityProgress, getProgramme, getRegion, PUBLICISED_STATUSES, type Programme } from './public';

export type Counts = { publicised: number; passed: number; filed: number; paired: number; outOfPoverty: number };
/** 帮扶资金 in yuan: cadre-guaranteed micro-loans (小额贷款) and DPF funding (残联资助). */
export type Funds = { microLoan: number; dpfFunding: number };
export type CountyFigures = Counts & { code: string; name: string; allocation: number | null; fundsYuan: Funds };
export type CityFigures = Counts & {
  code: string;
  name: string;
  /** The year's allocations summed over the counties. */
  allocation: number;
  /** The programme's target over all its years (e.g. 550 households for 2023–2027). */
  targetHouseholds: number;
  /** The allocations of every programme year up to the current one: the headline rate's denominator. */
  targetToDate: number;
  fundsYuan: Funds;
  /** The same counts over every programme year, to set against `targetHouseholds`. */
  allYears: Counts;
  /** 稳定脱贫 over every filed household of the programme: how many meet each condition, and all. */
  stableExit: StableExitTally;
};
/** One China-time calendar month, 'YYYY-MM'. */
export type MonthFigures = { month: string; publicised: number; passed: number; filed: number };

export type ProgressReport = {
  programme: { name: string; startYear: number; endYear: number; targetHouseholds: number; incomeThreshold: number };
  year: number;
  generatedAt: string;
  city: CityFigures;
  counties: CountyFigures[];
  /** The city's months; `monthsByCounty` has each county's. */
  months: MonthFigures[];
};

export type CountyProgress = { programme: ProgressReport['programme']; year: number; county: CountyFigures; months: MonthFigures[] };

const PUBLICISED = [...PUBLICISED_STATUSES];
const countyOf = sql<string>`left(${households.villageCode}, 6)`;
// Literal text, not parameters, so GROUP BY sees the very expression SELECT has.
const chinaMonth = (column: AnyPgColumn) => sql<string>`to_char(${column} at time zone 'Asia/Shanghai', 'YYYY-MM')`;
const countWhere = (condition: SQL) => sql<number>`count(*) filter (where ${condition})::int`;

const zeroCounts = (): Counts => ({ publicised: 0, passed: 0, filed: 0, paired: 0, outOfPoverty: 0 });

/**
 * Filed, paired and out-of-poverty households per county and programme year. Filed (建档) and paired (结对)
 * are summed from the household_counts rollup (migrations 0016, 0023), not counted from households.
 * 稳定脱贫 is decided by lib/domain/stable-exit.ts, the one rule the staff's income pages also use, over
 * the same facts (lib/data/stable-exit.ts), for the programme's filed households only: the facts are
 * recorded for filed households alone (lib/actions/help-target.ts, lockFiledHousehold), and a household
 * without any fact meets no condition. Those are read through households_filed_idx (programme, year).
 */
async function stageCounts(programme: Programme, now: Date) {
  const db = await getDb();
  const rollupCounty = sql<string>`left(${householdCounts.villageCode}, 6)`;
  const [rollup, filedHouseholds] = await Promise.all([
    db
      .select({
        county: rollupCounty,
        year: householdCounts.year,
        filed: sql<number>`coalesce(sum(${householdCounts.n}) filter (where ${householdCounts.filed}), 0)::int`,
        paired: sql<number>`coalesce(sum(${householdCounts.n}) filter (where ${householdCounts.paired}), 0)::int`,
      })
      .from(householdCounts)
      .where(eq(householdCounts.programmeId, programme.id))
      .groupBy(rollupCounty, householdCounts.year),
    db
      .select({ id: households.id, county: countyOf, year: households.year })
      .from(households)
      .where(and(eq(households.programmeId, programme.id), isNotNull(households.filedAt))),
  ]);
  // The programme's filed households named by a subquery, not by their ids (no bind-parameter limit at scale).
  const filedOfProgramme = sql`select ${households.id} from ${households} where ${households.programmeId} = ${programme.id} and ${households.filedAt} is not null`;
  const exits = await stableExits(db, filedHouseholds.map((r) => r.id), programme.incomeThreshold, now, filedOfProgramme);
  const groups = new Map<string, { county: string; year: number; filed: number; paired: number; outOfPoverty: number; exits: StableExit[] }>();
  const group = (county: string, year: number) => {
    const key = `${county}/${year}`;
    if (!groups.has(key)) groups.set(key, { county, year, filed: 0, paired: 0, outOfPoverty: 0, exits: [] });
    return groups.get(key)!;
  };
  for (const r of rollup) Object.assign(group(r.county, r.year), { filed: r.filed, paired: r.paired });
  for (const r of filedHouseholds) {
    const g = group(r.county, r.year);
    const exit = exits.get(r.id)!;
    if (exit.out) g.outOfPoverty++;
    g.exits.push(exit);
  }
  return [...groups.values()];
}

/** Micro-loan and DPF funding amounts per county, for the year's households. */
async function fundsByCounty(programme: Programme, year: number): Promise<Map<string, Funds>> {
  const db = await getDb();
  const rows = await db
    .select({ county: countyOf, kind: supports.kind, yuan: sql<number>`coalesce(sum(${supports.amountYuan}), 0)::int` })
    .from(supports)
    .innerJoin(households, eq(households.id, supports.householdId))
    .where(and(eq(households.programmeId, programme.id), eq(households.year, year), inArray(supports.kind, ['micro_loan', 'dpf_funding'])))
    .groupBy(countyOf, supports.kind);
  const out = new Map<string, Funds>();
  for (const r of rows) {
    const funds = out.get(r.county) ?? { microLoan: 0, dpfFunding: 0 };
    if (r.kind === 'micro_loan') funds.microLoan += r.yuan;
    else funds.dpfFunding += r.yuan;
    out.set(r.county, funds);
  }
  return out;
}

type MonthRow = { county: string; month: string; n: number };

/**
 * Per county and China month, for the year's households: publicised by the publication of the notice
 * that now stands for them (open or closed; a corrected or withdrawn one no longer counts), passed by
 * the day that notice closed, filed by the day the county approved.
 */
async function monthsByCounty(programme: Programme, year: number): Promise<Map<string, MonthFigures[]>> {
  const db = await getDb();
  const ofYear = and(eq(households.programmeId, programme.id), eq(households.year, year));
  const n = sql<number>`count(distinct ${households.id})::int`;
  const published = chinaMonth(notices.publishedAt);
  const closed = chinaMonth(notices.closedAt);
  const filed = chinaMonth(households.filedAt);
  const [publicisedRows, passedRows, filedRows] = await Promise.all([
    db
      .select({ county: countyOf, month: published, n })
      .from(households)
      .innerJoin(noticeEntries, eq(noticeEntries.householdId, households.id))
      .innerJoin(notices, and(eq(notices.id, noticeEntries.noticeId), inArray(notices.status, ['published', 'closed'])))
      .where(and(ofYear, inArray(households.status, PUBLICISED)))
      .groupBy(countyOf, published),
    db
      .select({ county: countyOf, month: closed, n })
      .from(households)
      .innerJoin(noticeEntries, and(eq(noticeEntries.householdId, households.id), eq(noticeEntries.outcome, 'passed')))
      .innerJoin(notices, and(eq(notices.id, noticeEntries.noticeId), eq(notices.status, 'closed')))
      .where(and(ofYear, eq(households.status, 'passed')))
      .groupBy(countyOf, closed),
    db
      .select({ county: countyOf, month: filed, n })
      .from(households)
      .where(and(ofYear, isNotNull(households.filedAt)))
      .groupBy(countyOf, filed),
  ]);
  const allMonths = [...publicisedRows, ...passedRows, ...filedRows].map((r) => r.month).sort();
  const axis = monthRange(allMonths[0], allMonths[allMonths.length - 1]);
  const byCounty = new Map<string, MonthFigures[]>();
  const add = (rows: MonthRow[], key: 'publicised' | 'passed' | 'filed') => {
    for (const r of rows) {
      if (!byCounty.has(r.county)) byCounty.set(r.county, axis.map((month) => ({ month, publicised: 0, passed: 0, filed: 0 })));
      const m = byCounty.get(r.county)!.find((x) => x.month === r.month)!;
      m[key] += r.n;
    }
  };
  add(publicisedRows, 'publicised');
  add(passedRows, 'passed');
  add(filedRows, 'filed');
  byCounty.set('', axis.map((month) => sumMonths(month, [...byCounty.values()])));
  return byCounty;
}

/** Every month from `first` to `last` ('YYYY-MM'), so a quiet month shows as zero, not as a gap. */
export function monthRange(first: string | undefined, last: string | undefined): string[] {
  if (!first || !last) return [];
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 1200; guard++) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    out.push(month);
    if (month >= last) break;
    m = m === 12 ? 1 : m + 1;
    if (m === 1) y++;
  }
  return out;
}

function sumMonths(month: string, series: MonthFigures[][]): MonthFigures {
  const total = { month, publicised: 0, passed: 0, filed: 0 };
  for (const list of series) {
    const m = list.find((x) => x.month === month);
    if (!m) continue;
    total.publicised += m.publicised;
    total.passed += m.passed;
    total.filed += m.filed;
  }
  return total;
}

/** The counties the allocation plan names in any year of the programme. */
async function plannedCounties(programme: Programme): Promise<Set<string>> {
  const db = await getDb();
  const rows = await db.selectDistinct({ code: allocations.countyCode }).from(allocations).where(eq(allocations.programmeId, programme.id));
  return new Set(rows.map((r) => r.code));
}

function programmeFacts(p: Programme): ProgressReport['programme'] {
  return { name: p.name, startYear: p.startYear, endYear: p.endYear, targetHouseholds: p.targetHouseholds, incomeThreshold: p.incomeThreshold };
}

async function buildReport(now: Date): Promise<(ProgressReport & { monthsByCounty: Map<string, MonthFigures[]> }) | null> {
  const programme = await getProgramme();
  if (!programme) return null;
  const year = currentProgrammeYear(programme, now);
  const [allChildren, planned, cityAllYears, stages, funds, months] = await Promise.all([
    getChildrenProgress(programme.cityCode, programme.id, year),
    plannedCounties(programme),
    getCityProgress(programme.id),
    stageCounts(programme, now),
    fundsByCounty(programme, year),
    monthsByCounty(programme, year),
  ]);
  // The report follows the allocation plan (annex 2): a county-level unit the plan never names (吉林白城
  // 经济开发区 today) is left out until the city allocates to it; before any plan exists, every county shows.
  const children = planned.size === 0 ? allChildren : allChildren.filter((c) => planned.has(c.code));
  const counties: CountyFigures[] = children.map((c) => {
    const s = stages.find((r) => r.county === c.code && r.year === year);
    return {
      code: c.code,
      name: c.name,
      allocation: c.allocation,
      publicised: c.publicised,
      passed: c.passed,
      filed: s?.filed ?? 0,
      paired: s?.paired ?? 0,
      outOfPoverty: s?.outOfPoverty ?? 0,
      fundsYuan: funds.get(c.code) ?? { microLoan: 0, dpfFunding: 0 },
    };
  });
  const sum = (pick: (c: CountyFigures) => number) => counties.reduce((total, c) => total + pick(c), 0);
  const allYears = zeroCounts();
  allYears.publicised = cityAllYears.publicised;
  allYears.passed = cityAllYears.passed;
  const stableExit = tallyStableExit(stages.flatMap((s) => s.exits));
  for (const s of stages) {
    allYears.filed += s.filed;
    allYears.paired += s.paired;
    allYears.outOfPoverty += s.outOfPoverty;
  }
  const cityName = (await getRegion(programme.cityCode))?.region.name ?? programme.cityCode;
  const [toDate] = await (await getDb())
    .select({ n: sql<number>`coalesce(sum(${allocations.targetHouseholds}), 0)::int` })
    .from(allocations)
    .where(and(eq(allocations.programmeId, programme.id), sql`${allocations.year} <= ${year}`));
  return {
    programme: programmeFacts(programme),
    year,
    generatedAt: now.toISOString(),
    city: {
      code: programme.cityCode,
      name: cityName,
      allocation: sum((c) => c.allocation ?? 0),
      targetHouseholds: programme.targetHouseholds,
      targetToDate: toDate?.n ?? 0,
      publicised: sum((c) => c.publicised),
      passed: sum((c) => c.passed),
      filed: sum((c) => c.filed),
      paired: sum((c) => c.paired),
      outOfPoverty: sum((c) => c.outOfPoverty),
      fundsYuan: { microLoan: sum((c) => c.fundsYuan.microLoan), dpfFunding: sum((c) => c.fundsYuan.dpfFunding) },
      allYears,
      stableExit,
    },
    counties,
    months: months.get('') ?? [],
    monthsByCounty: months,
  };
}

/** The city's progress in the current programme year, for /progress and the open-data API. */
export async function getProgressReport(now: Date): Promise<ProgressReport | null> {
  const report = await buildReport(now);
  if (!report) return null;
  const { monthsByCounty: _, ...rest } = report;
  return rest;
}

/** One county's figures and months (null for anything that is not one of the city's counties). */
export async function getCountyProgress(code: string, now: Date): Promise<CountyProgress | null> {
  const report = await buildReport(now);
  const county = report?.counties.find((c) => c.code === code);
  if (!report || !county) return null;
  const axis = report.months.map((m) => m.month);
  const own = report.monthsByCounty.get(code);
  return {
    programme: report.programme,
    year: report.year,
    county,
    months: axis.map((month) => own?.find((m) => m.month === month) ?? { month, publicised: 0, passed: 0, filed: 0 }),
  };
}
