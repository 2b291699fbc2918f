// Read models of the counties' annual summaries (总结验收) and the figures they report, computed from
// the records: households and disabled people helped, the mean income increase, grants and loans. A county official sees their own
// county's reports; the city sees every county. Each function takes the Official and checks
// 'summary.view' itself; the status of each report is decided by lib/domain/summary at `now`.
import { and, eq, inArray, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { queryRows, type Db, type Tx } from '@/db/client';
import { annualSummaries, officials, regions } from '@/db/schema';
import type { Official } from '@/lib/auth/official';
import { can, roleMay } from '@/lib/domain/permissions';
import { currentProgrammeYear } from '@/lib/domain/programme';
import { regionLevel } from '@/lib/domain/regions';
import {
  canEditSummary,
  compareSummaryStatus,
  summaryStatus,
  type SummaryStatus,
} from '@/lib/domain/summary';
import { currentProgramme } from '@/lib/data/programme';
import { countiesOf, programmeYears, type PlanProgramme } from './plan';

export type SummaryFigures = {
  /** Households of the year in the county that were approved and filed (建档). */
  householdsHelped: number;
  /** Disabled people in those households (残疾人口 of each household, summed). */
  disabledHelped: number;
  /** Households helped that have both figures: income at registration and a confirmed income of the year. */
  incomeCompared: number;
  /** Households helped without a confirmed income record for the year: left out of the mean. */
  incomeMissing: number;
  /** Mean over `incomeCompared` households of (confirmed per-capita income − per-capita income at
   * registration), rounded to the yuan; null when no household has both figures. */
  incomeMeanIncreaseYuan: number | null;
  /** The same differences summed (kept for older reports; not shown). */
  incomeIncreaseYuan: number;
  /** Non-repayable money granted within the calendar year to the county's households: DPF funding. */
  grantsYuan: number;
  /** Micro-loans (小额贷款) granted within the calendar year to the county's households: to be repaid. */
  loansYuan: number;
  /** grantsYuan + loansYuan, never shown without both parts. */
  fundsInvestedYuan: number;
};

type FigureRow = { helped: number; disabled: number; compared: number; increase: string; mean: number | null; grants: string; loans: string };

/** The figures of one county and year as the records stand now (inside a transaction when given one). */
export async function computeSummaryFigures(
  db: Db | Tx,
  target: { programmeId: number; countyCode: string; year: number },
): Promise<SummaryFigures> {
  const { programmeId, countyCode, year } = target;
  // income_records is unique per household and year, so "the latest confirmed record of the year" is
  // that year's record once the county has confirmed it.
  const [row] = await queryRows<FigureRow>(
    db as Db,
    sql`with helped as (
          select h.id, h.income_per_capita, h.disabled_members from households h
          where h.programme_id = ${programmeId} and h.year = ${year}
            and h.filed_at is not null and left(h.village_code, 6) = ${countyCode}
        ), confirmed as (
          select helped.id, r.income_per_capita - helped.income_per_capita as increase
          from helped join income_records r on r.household_id = helped.id
          where r.year = ${year} and r.confirmed_at is not null
        ), funds as (
          select s.kind, s.amount_yuan from supports s join households h on h.id = s.household_id
          where h.programme_id = ${programmeId} and left(h.village_code, 6) = ${countyCode}
            and s.kind in ('micro_loan', 'dpf_funding')
            and s.granted_on >= make_date(${year}, 1, 1) and s.granted_on < make_date(${year} + 1, 1, 1)
        )
        select
          (select count(*) from helped)::int as helped,
          (select coalesce(sum(disabled_members), 0) from helped)::int as disabled,
          (select count(*) from confirmed)::int as compared,
          (select coalesce(sum(increase), 0) from confirmed)::text as increase,
          (select round(avg(increase)) from confirmed)::int as mean,
          (select coalesce(sum(amount_yuan), 0) from funds where kind = 'dpf_funding')::text as grants,
          (select coalesce(sum(amount_yuan), 0) from funds where kind = 'micro_loan')::text as loans`,
  );
  const helped = Number(row?.helped ?? 0);
  const compared = Number(row?.compared ?? 0);
  const grantsYuan = Number(row?.grants ?? 0);
  const loansYuan = Number(row?.loans ?? 0);
  return {
    householdsHelped: helped,
    disabledHelped: Number(row?.disabled ?? 0),
    incomeCompared: compared,
    incomeMissing: helped - compared,
    incomeMeanIncreaseYuan: row?.mean === null || row?.mean === undefined ? null : Number(row.mean),
    incomeIncreaseYuan: Number(row?.increase ?? 0),
    grantsYuan,
    loansYuan,
    fundsInvestedYuan: grantsYuan + loansYuan,
  };
}

/** The figures' columns of annual_summaries, as the actions store them and getSummary reads them. */
export function summaryFigureColumns(f: SummaryFigures) {
  return {
    householdsHelped: f.householdsHelped,
    disabledHelped: f.disabledHelped,
    incomeCompared: f.incomeCompared,
    incomeMissing: f.incomeMissing,
    incomeMeanIncreaseYuan: f.incomeMeanIncreaseYuan,
    incomeIncreaseYuan: f.incomeIncreaseYuan,
    grantsYuan: f.grantsYuan,
    loansYuan: f.loansYuan,
    fundsInvestedYuan: f.fundsInvestedYuan,
  };
}

/** Selected from annual_summaries: exactly the stored SummaryFigures. */
export const storedFigureColumns = {
  householdsHelped: annualSummaries.householdsHelped,
  disabledHelped: annualSummaries.disabledHelped,
  incomeCompared: annualSummaries.incomeCompared,
  incomeMissing: annualSummaries.incomeMissing,
  incomeMeanIncreaseYuan: annualSummaries.incomeMeanIncreaseYuan,
  incomeIncreaseYuan: annualSummaries.incomeIncreaseYuan,
  grantsYuan: annualSummaries.grantsYuan,
  loansYuan: annualSummaries.loansYuan,
  fundsInvestedYuan: annualSummaries.fundsInvestedYuan,
};

type StoredRow = {
  id: number;
  countyCode: string;
  year: number;
  status: 'draft' | 'submitted';
  submittedAt: Date | null;
};

export type SummaryListRow = {
  countyCode: string;
  countyName: string;
  year: number;
  status: SummaryStatus;
  /** A draft exists (also when the report is late). */
  hasDraft: boolean;
  submittedAt: Date | null;
};

export type SummaryOverview = {
  programme: PlanProgramme;
  years: number[];
  /** 'city': every county for one year; 'county': one county for every year. */
  scope: 'city' | 'county';
  year: number;
  rows: SummaryListRow[];
};

/**
 * The reports `official` may see: the city gets every county for `year` (this year when `year` is not
 * a programme year), the late ones first; a county official gets their county for every programme
 * year. Null without 'summary.view' or a programme.
 */
export async function getSummaryOverview(official: Official, year: number, now: Date): Promise<SummaryOverview | null> {
  if (!roleMay(official.role, 'summary.view')) return null;
  const level = regionLevel(official.regionCode);
  if (level !== 'city' && level !== 'county') return null;
  const db = await getDb();
  const programme = await currentProgramme(db);
  if (!programme) return null;
  const years = programmeYears(programme);
  const chosenYear = years.includes(year) ? year : currentProgrammeYear(programme, now);

  const counties = (await countiesOf(db, programme.cityCode)).filter((c) => can(official, 'summary.view', c.code));
  if (counties.length === 0) return { programme, years, scope: level, year: chosenYear, rows: [] };
  const stored: StoredRow[] = await db
    .select({
      id: annualSummaries.id,
      countyCode: annualSummaries.countyCode,
      year: annualSummaries.year,
      status: annualSummaries.status,
      submittedAt: annualSummaries.submittedAt,
    })
    .from(annualSummaries)
    .where(
      and(
        eq(annualSummaries.programmeId, programme.id),
        inArray(annualSummaries.countyCode, counties.map((c) => c.code)),
        level === 'city' ? eq(annualSummaries.year, chosenYear) : undefined,
      ),
    );
  const pairs = level === 'city' ? counties.map((c) => ({ county: c, year: chosenYear })) : years.map((y) => ({ county: counties[0]!, year: y }));
  const rows = pairs.map(({ county, year: y }) => {
    const row = stored.find((s) => s.countyCode === county.code && s.year === y) ?? null;
    return {
      countyCode: county.code,
      countyName: county.name,
      year: y,
      status: summaryStatus(row, y, now),
      hasDraft: row?.status === 'draft',
      submittedAt: row?.submittedAt ?? null,
    };
  });
  // The city chases the late ones: they come first; a county reads its years in order.
  if (level === 'city') rows.sort((a, b) => compareSummaryStatus(a.status, b.status) || a.countyCode.localeCompare(b.countyCode));
  return { programme, years, scope: level, year: chosenYear, rows };
}

export type SummaryDetail = {
  programme: PlanProgramme;
  countyCode: string;
  countyName: string;
  year: number;
  status: SummaryStatus;
  /** Submitted: the figures stored at submission; otherwise the figures as the records stand now. */
  figures: SummaryFigures;
  notes: string;
  summary: string;
  submittedAt: Date | null;
  submittedBy: string | null;
  /** The official may save and submit it (county official of this county, not yet submitted). */
  editable: boolean;
};

/** One county's report for one year, or null when it is not the official's to see or does not exist. */
export async function getSummary(official: Official, countyCode: string, year: number, now: Date): Promise<SummaryDetail | null> {
  if (regionLevel(countyCode) !== 'county' || !can(official, 'summary.view', countyCode)) return null;
  const db = await getDb();
  const programme = await currentProgramme(db);
  if (!programme || !Number.isInteger(year) || year < programme.startYear || year > programme.endYear) return null;
  const [county] = await db
    .select({ name: regions.name })
    .from(regions)
    .where(and(eq(regions.code, countyCode), eq(regions.level, 'county'), eq(regions.parentCode, programme.cityCode)));
  if (!county) return null;
  const [row] = await db
    .select({
      status: annualSummaries.status,
      figures: storedFigureColumns,
      notes: annualSummaries.notes,
      summary: annualSummaries.summary,
      submittedAt: annualSummaries.submittedAt,
      submittedBy: officials.displayName,
    })
    .from(annualSummaries)
    .leftJoin(officials, eq(officials.id, annualSummaries.submittedBy))
    .where(and(eq(annualSummaries.programmeId, programme.id), eq(annualSummaries.countyCode, countyCode), eq(annualSummaries.year, year)));
  const stored = row ?? null;
  const figures: SummaryFigures =
    stored?.status === 'submitted'
      ? stored.figures
      : await computeSummaryFigures(db, { programmeId: programme.id, countyCode, year });
  return {
    programme,
    countyCode,
    countyName: county.name,
    year,
    status: summaryStatus(stored, year, now),
    figures,
    notes: stored?.notes ?? '',
    summary: stored?.summary ?? '',
    submittedAt: stored?.submittedAt ?? null,
    submittedBy: stored?.submittedBy ?? null,
    editable: can(official, 'summary.write', countyCode) && canEditSummary(stored),
  };
}
