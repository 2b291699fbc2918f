// A county's public record (issue 10 items 2 and 4): objections received and how they ended, filed
// households visited in the last 90 days, screened against eligible, people helped, and the annual
// summaries it submitted (figures and written summary; never the county's internal remarks). Aggregates only, by
// SQL: like lib/data/public.ts this module never imports a private table or the accounts table (a test
// checks). Each figure is defined in the /progress glossary (zh-county-record.ts `terms`).
import { and, count, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { annualSummaries, households, notices, objections, screeningRefusals, visits } from '@/db/schema';
import { regionLevel } from '@/lib/domain/regions';
import { isLateStatus, summaryDeadline, summaryStatus } from '@/lib/domain/summary';
import { addDays, chinaDateString } from '@/lib/domain/time';
import { VISIT_INTERVAL_DAYS } from '@/lib/domain/visits';
import { PUBLIC_OBJECTION, villagesOf, type Programme } from './public';

export type PublicSummary = {
  year: number;
  submittedAt: Date;
  onTime: boolean;
  householdsHelped: number;
  disabledHelped: number;
  incomeMeanIncreaseYuan: number | null;
  incomeCompared: number;
  incomeMissing: number;
  grantsYuan: number;
  loansYuan: number;
  /** The written summary (工程执行情况总结): refused at submission when it holds a personal number. */
  summary: string;
};

export type CountyRecord = {
  /** Objections about the county's notices (online ones once admitted), and those upheld and dismissed. */
  objections: { received: number; upheld: number; dismissed: number };
  /** Filed households, and those of them visited on or after `since` (China date, 90 days back). */
  visits: { filed: number; visited: number; since: string };
  /** Eligible (registered) households, and those screened and found not eligible. */
  screening: { eligible: number; refused: number; screened: number };
  /** Filed households and the disabled people in them (残疾人口). */
  helped: { households: number; disabledPeople: number };
  /** Programme years whose deadline has passed, and how many of them got a report by the deadline. */
  summaryDeadlines: { due: number; onTime: number };
  /** Submitted reports, newest year first. */
  summaries: PublicSummary[];
};

/** Households and disabled people helped (filed) in a region: the /progress headline and a county page. */
export async function getPeopleHelped(programmeId: number, regionCode: string): Promise<CountyRecord['helped']> {
  const db = await getDb();
  const [row] = await db
    .select({ households: count(), disabledPeople: sql<number>`coalesce(sum(${households.disabledMembers}), 0)::int` })
    .from(households)
    .where(and(eq(households.programmeId, programmeId), villagesOf(households.villageCode, regionCode), isNotNull(households.filedAt)));
  return { households: Number(row?.households ?? 0), disabledPeople: Number(row?.disabledPeople ?? 0) };
}

export async function getCountyRecord(programme: Programme, countyCode: string, now: Date): Promise<CountyRecord | null> {
  if (regionLevel(countyCode) !== 'county') return null;
  const db = await getDb();
  const inCounty = (column: Parameters<typeof villagesOf>[0]) => villagesOf(column, countyCode);
  const ofProgramme = and(eq(households.programmeId, programme.id), inCounty(households.villageCode));
  const since = addDays(chinaDateString(now), -VISIT_INTERVAL_DAYS);
  const [objectionRow, visitRow, eligibleRow, refusedRow, helped, submitted] = await Promise.all([
    db
      .select({
        received: count(),
        upheld: sql<number>`count(*) filter (where ${objections.status} = 'upheld')::int`,
        dismissed: sql<number>`count(*) filter (where ${objections.status} = 'dismissed')::int`,
      })
      .from(objections)
      .innerJoin(notices, eq(notices.id, objections.noticeId))
      .where(and(eq(notices.programmeId, programme.id), inCounty(notices.villageCode), PUBLIC_OBJECTION)),
    db
      .select({
        filed: count(),
        // Qualified by hand: inside a select drizzle writes a column unqualified, which the subquery would read as its own.
        visited: sql<number>`count(*) filter (where exists (select 1 from ${visits} v where v.household_id = "households"."id" and v.visited_on >= ${since}))::int`,
      })
      .from(households)
      .where(and(ofProgramme, isNotNull(households.filedAt))),
    db.select({ n: count() }).from(households).where(ofProgramme),
    db
      .select({ n: count() })
      .from(screeningRefusals)
      .where(and(eq(screeningRefusals.programmeId, programme.id), inCounty(screeningRefusals.villageCode))),
    getPeopleHelped(programme.id, countyCode),
    db
      .select({
        year: annualSummaries.year,
        submittedAt: annualSummaries.submittedAt,
        householdsHelped: annualSummaries.householdsHelped,
        disabledHelped: annualSummaries.disabledHelped,
        incomeMeanIncreaseYuan: annualSummaries.incomeMeanIncreaseYuan,
        incomeCompared: annualSummaries.incomeCompared,
        incomeMissing: annualSummaries.incomeMissing,
        grantsYuan: annualSummaries.grantsYuan,
        loansYuan: annualSummaries.loansYuan,
        summary: annualSummaries.summary,
      })
      .from(annualSummaries)
      .where(
        and(
          eq(annualSummaries.programmeId, programme.id),
          eq(annualSummaries.countyCode, countyCode),
          eq(annualSummaries.status, 'submitted'),
          inArray(annualSummaries.year, years(programme)),
        ),
      )
      .orderBy(desc(annualSummaries.year)),
  ]);
  const summaries: PublicSummary[] = submitted.map((s) => {
    const submittedAt = s.submittedAt!;
    const status = summaryStatus({ status: 'submitted', submittedAt }, s.year, now);
    return { ...s, submittedAt, onTime: !isLateStatus(status) };
  });
  const dueYears = years(programme).filter((y) => now.getTime() >= summaryDeadline(y).getTime());
  const eligible = Number(eligibleRow[0]?.n ?? 0);
  const refused = Number(refusedRow[0]?.n ?? 0);
  return {
    objections: {
      received: Number(objectionRow[0]?.received ?? 0),
      upheld: Number(objectionRow[0]?.upheld ?? 0),
      dismissed: Number(objectionRow[0]?.dismissed ?? 0),
    },
    visits: { filed: Number(visitRow[0]?.filed ?? 0), visited: Number(visitRow[0]?.visited ?? 0), since },
    screening: { eligible, refused, screened: eligible + refused },
    helped,
    summaryDeadlines: { due: dueYears.length, onTime: summaries.filter((s) => s.onTime && dueYears.includes(s.year)).length },
    summaries,
  };
}

function years(p: Programme): number[] {
  return Array.from({ length: p.endYear - p.startYear + 1 }, (_, i) => p.startYear + i);
}
