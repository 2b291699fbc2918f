// Read models of the counties' annual summaries (总结验收) and the figures they report, computed from
// the records: households helped, income increase, funds invested. A county official sees their own
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
import { countiesOf, currentProgramme, programmeYears, type PlanProgramme } from './plan';

export type SummaryFigures = {
  /** Households of the year in the county that were approved and filed (建档). */
  householdsHelped: number;
  /** Σ over those households of (confirmed per-capita income of the year − per-capita income at registration), yuan. */
  incomeIncreaseYuan: number;
  /** Households helped without a confirmed income record for the year; they count as 0 increase.
   * null for a submitted report: the count is not stored, and today's count would not match its figures. */
  incomeMissing: number | null;
  /** Σ micro-loans and DPF funding granted to the county's households within the calendar year, yuan. */
  fundsInvestedYuan: number;
};

type FigureRow = { helped: number; increase: string; missing: number; funds: string };

/** The figures of one county and year as the records stand now (inside a transaction when given one). */
export async function computeSummaryFigures(
  db: Db | Tx,
  target: { programmeId: number; countyCode: string; year: number },
): Promise<SummaryFigures & { incomeMissing: number }> {
  const { programmeId, countyCode, year } = target;
  // income_records is unique per household and year, so "the latest confirmed record of the year" is
  // that year's record once the county has confirmed it.
  const [row] = await queryRows<FigureRow>(
    db as Db,
    sql`with helped as (
          select h.id, h.income_per_capita from households h
          where h.programme_id = ${programmeId} and h.year = ${year}
            and h.filed_at is not null and left(h.village_code, 6) = ${countyCode}
        ), confirmed as (
          select helped.id, r.income_per_capita - helped.income_per_capita as increase
          from helped join income_records r on r.household_id = helped.id
          where r.year = ${year} and r.confirmed_at is not null
        )
        select
          (select count(*) from helped)::int as helped,
          (select coalesce(sum(increase), 0) from confirmed)::text as increase,
          ((select count(*) from helped) - (select count(*) from confirmed))::int as missing,
          (select coalesce(sum(s.amount_yuan), 0) from supports s join households h on h.id = s.household_id
            where h.programme_id = ${programmeId} and left(h.village_code, 6) = ${countyCode}
              and s.kind in ('micro_loan', 'dpf_funding')
              and s.granted_on >= make_date(${year}, 1, 1) and s.granted_on < make_date(${year} + 1, 1, 1))::text as funds`,
  );
  return {
    householdsHelped: Number(row?.helped ?? 0),
    incomeIncreaseYuan: Number(row?.increase ?? 0),
    incomeMissing: Number(row?.missing ?? 0),
    fundsInvestedYuan: Number(row?.funds ?? 0),
  };
}

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
      householdsHelped: annualSummaries.householdsHelped,
      incomeIncreaseYuan: annualSummaries.incomeIncreaseYuan,
      fundsInvestedYuan: annualSummaries.fundsInvestedYuan,
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
      ? {
          householdsHelped: stored.householdsHelped,
          incomeIncreaseYuan: stored.incomeIncreaseYuan,
          fundsInvestedYuan: stored.fundsInvestedYuan,
          incomeMissing: null,
        }
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
