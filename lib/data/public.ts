// Read models for the public pages. This module may select public columns only: it never imports the
// *_private tables or the accounts table (a test checks), and notice pages read the snapshot in
// notice_entries.
import { and, asc, desc, eq, gte, inArray, like, lte, ne, notInArray, sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { cache } from 'react';
import { getDb } from '@/db';
import { currentProgramme } from '@/lib/data/programme';
import { allocations, householdCounts, noticeEntries, notices, objections, regions } from '@/db/schema';
import { ancestorCodes, regionLevel, regionPrefix, type RegionLevel } from '@/lib/domain/regions';
import type { NoticeStatus, ObjectionStatus } from '@/lib/domain/notice';
import { noticeListVisibility, type ListVisibility } from '@/lib/domain/retention';

export type Region = { code: string; name: string; level: RegionLevel };
export type Progress = { publicised: number; passed: number };

// Households count as publicised once a published notice has listed them, and as passed once their
// notice closed without an upheld objection about them.
export const PUBLICISED_STATUSES = ['listed', 'passed', 'removed'] as const;
// Summed from the household_counts rollup (kept by triggers on households in every writing transaction):
// a page never counts households, however many there are.
const publicisedCount = sql<number>`coalesce(sum(${householdCounts.n}) filter (where ${inArray(householdCounts.status, [...PUBLICISED_STATUSES])}), 0)::int`;
const passedCount = sql<number>`coalesce(sum(${householdCounts.n}) filter (where ${householdCounts.status} = 'passed'), 0)::int`;

/**
 * The villages of a region as a range of 12-digit codes: an index serves a range in any collation, a
 * LIKE prefix only in C. An unknown code matches nothing.
 */
export function villagesOf(column: AnyPgColumn, code: string): SQL {
  const prefix = regionPrefix(code);
  return prefix === null ? sql`false` : and(gte(column, prefix.padEnd(12, '0')), lte(column, prefix.padEnd(12, '9')))!;
}

export const getProgramme = cache(async () => currentProgramme(await getDb()));
export type { Programme } from '@/lib/data/programme';

/** City-wide totals over every programme year. */
export async function getCityProgress(programmeId: number): Promise<Progress> {
  const db = await getDb();
  const [row] = await db
    .select({ publicised: publicisedCount, passed: passedCount })
    .from(householdCounts)
    .where(eq(householdCounts.programmeId, programmeId));
  return row ?? { publicised: 0, passed: 0 };
}

export type ChildProgress = Region & Progress & { allocation: number | null; retired: boolean };

/**
 * The regions directly below `code`, each with its progress in `year`; counties also carry their
 * allocation (annex 2) for that year.
 */
export async function getChildrenProgress(code: string, programmeId: number, year: number): Promise<ChildProgress[]> {
  const db = await getDb();
  const children = await db
    .select({ code: regions.code, name: regions.name, level: regions.level, retiredAt: regions.retiredAt })
    .from(regions)
    .where(eq(regions.parentCode, code))
    .orderBy(asc(regions.code));
  if (children.length === 0) return [];
  const codeLength = children[0]!.code.length; // siblings share a level, so a length
  // Inlined (a number we computed), so that GROUP BY sees the same expression as SELECT.
  const childCode = sql<string>`left(${householdCounts.villageCode}, ${sql.raw(String(codeLength))})`;
  const counts = await db
    .select({ code: childCode, publicised: publicisedCount, passed: passedCount })
    .from(householdCounts)
    .where(and(eq(householdCounts.programmeId, programmeId), eq(householdCounts.year, year), villagesOf(householdCounts.villageCode, code)))
    .groupBy(childCode);
  const targets = await db
    .select({ code: allocations.countyCode, target: allocations.targetHouseholds })
    .from(allocations)
    .where(and(eq(allocations.programmeId, programmeId), eq(allocations.year, year)));
  const countsByCode = new Map(counts.map((c) => [c.code, c]));
  const targetsByCode = new Map(targets.map((t) => [t.code, t.target]));
  return children.map(({ retiredAt, ...child }) => ({
    ...child,
    retired: retiredAt !== null,
    publicised: countsByCode.get(child.code)?.publicised ?? 0,
    passed: countsByCode.get(child.code)?.passed ?? 0,
    allocation: targetsByCode.get(child.code) ?? null,
  }));
}

/** Progress of one region in one programme year (every year when `year` is null). */
export async function getRegionProgress(code: string, programmeId: number, year: number | null): Promise<Progress> {
  const db = await getDb();
  const [row] = await db
    .select({ publicised: publicisedCount, passed: passedCount })
    .from(householdCounts)
    .where(
      and(
        eq(householdCounts.programmeId, programmeId),
        year === null ? undefined : eq(householdCounts.year, year),
        villagesOf(householdCounts.villageCode, code),
      ),
    );
  return row ?? { publicised: 0, passed: 0 };
}

export async function getAllocation(countyCode: string, programmeId: number, year: number): Promise<number | null> {
  const db = await getDb();
  const [row] = await db
    .select({ target: allocations.targetHouseholds })
    .from(allocations)
    .where(and(eq(allocations.programmeId, programmeId), eq(allocations.countyCode, countyCode), eq(allocations.year, year)));
  return row?.target ?? null;
}

/**
 * A region with its ancestors (for the breadcrumb), or null for an unknown or malformed code.
 * `retired`: a newer edition of the codes no longer lists it; its page and records stay readable.
 */
export const getRegion = cache(async (code: string): Promise<{ region: Region; ancestors: Region[]; retired: boolean } | null> => {
  if (regionLevel(code) === null) return null;
  const db = await getDb();
  const chain = [...ancestorCodes(code), code];
  const rows = await db
    .select({ code: regions.code, name: regions.name, level: regions.level, retiredAt: regions.retiredAt })
    .from(regions)
    .where(inArray(regions.code, chain));
  const byCode = new Map(rows.map(({ retiredAt, ...r }) => [r.code, r]));
  const region = byCode.get(code);
  if (!region) return null;
  const retired = rows.some((r) => r.code === code && r.retiredAt !== null);
  return { region, ancestors: chain.slice(0, -1).flatMap((c) => byCode.get(c) ?? []), retired };
});

export type NoticeSummary = {
  id: number;
  title: string;
  status: NoticeStatus;
  villageCode: string;
  villageName: string;
  publishedAt: Date | null;
  periodStartDate: string | null;
  periodEndDate: string | null;
  periodEndsAt: Date | null;
  entries: number;
  objections: number;
};

const entryCount = sql<number>`(select count(*) from ${noticeEntries} where ${noticeEntries.noticeId} = ${notices.id})::int`;
/** Online submissions awaiting triage ('submitted') or turned away ('rejected') are not objections: never public. */
export const PUBLIC_OBJECTION = notInArray(objections.status, ['submitted', 'rejected']);
const objectionCount = sql<number>`(select count(*) from ${objections} where ${objections.noticeId} = ${notices.id} and ${PUBLIC_OBJECTION})::int`;

const noticeSummaryColumns = {
  id: notices.id,
  title: notices.title,
  status: notices.status,
  villageCode: notices.villageCode,
  villageName: regions.name,
  publishedAt: notices.publishedAt,
  periodStartDate: notices.periodStartDate,
  periodEndDate: notices.periodEndDate,
  periodEndsAt: notices.periodEndsAt,
  entries: entryCount,
  objections: objectionCount,
};

/**
 * Published notices in a region (drafts are never public), newest first: every one still open, then
 * the most recent others up to `limit` (a city has thousands over the years; a village a handful).
 */
export async function getRegionNotices(code: string, now: Date, limit = Infinity): Promise<{ notices: NoticeSummary[]; total: number }> {
  const db = await getDb();
  const inRegion = and(ne(notices.status, 'draft'), villagesOf(notices.villageCode, code));
  const isOpen = and(eq(notices.status, 'published'), sql`${notices.periodEndsAt} > ${now.toISOString()}`);
  const base = () =>
    db.select(noticeSummaryColumns).from(notices).innerJoin(regions, eq(regions.code, notices.villageCode));
  const [open, recent, [count]] = await Promise.all([
    base().where(and(inRegion, isOpen)).orderBy(asc(notices.periodEndsAt), asc(notices.id)),
    base()
      .where(and(inRegion, sql`not (${isOpen})`))
      .orderBy(desc(notices.publishedAt), desc(notices.id))
      .limit(Number.isFinite(limit) ? limit : 1_000_000),
    db.select({ n: sql<number>`count(*)::int` }).from(notices).where(inRegion),
  ]);
  return { notices: [...open, ...recent], total: count?.n ?? 0 };
}

/** Notices still inside their period at `now`, the soonest to end first. */
export async function getOpenNotices(now: Date, limit: number): Promise<(NoticeSummary & { path: string })[]> {
  const db = await getDb();
  const township = sql<string>`(select name from ${regions} t where t.code = left(${notices.villageCode}, 9))`;
  const county = sql<string>`(select name from ${regions} c where c.code = left(${notices.villageCode}, 6))`;
  const rows = await db
    .select({ ...noticeSummaryColumns, township, county })
    .from(notices)
    .innerJoin(regions, eq(regions.code, notices.villageCode))
    .where(and(eq(notices.status, 'published'), sql`${notices.periodEndsAt} > ${now.toISOString()}`))
    .orderBy(asc(notices.periodEndsAt), asc(notices.id))
    .limit(limit);
  return rows.map(({ township: t, county: c, ...notice }) => ({ ...notice, path: `${c} ${t} ${notice.villageName}` }));
}

/**
 * A listed household as anyone sees it: on the public page, in the draft preview and on the printed
 * notice (components/notice-entry-table.tsx). OfficialEntry adds the household behind it.
 */
export type PublicEntry = {
  id: number;
  position: number;
  maskedName: string;
  sex: 'M' | 'F';
  age: number;
  villageGroup: string | null;
  disabilityCategory: number;
  disabilityGrade: number;
  householdSize: number;
  disabledMembers: number;
  incomePerCapita: number;
  outcome: 'passed' | 'removed' | null;
};

/** The published snapshot of a listed household: the only columns of an entry anyone shows. */
export const publicEntryColumns = {
  id: noticeEntries.id,
  position: noticeEntries.position,
  maskedName: noticeEntries.maskedName,
  sex: noticeEntries.sex,
  age: noticeEntries.age,
  villageGroup: noticeEntries.villageGroup,
  disabilityCategory: noticeEntries.disabilityCategory,
  disabilityGrade: noticeEntries.disabilityGrade,
  householdSize: noticeEntries.householdSize,
  disabledMembers: noticeEntries.disabledMembers,
  incomePerCapita: noticeEntries.incomePerCapita,
  outcome: noticeEntries.outcome,
};

export type PublicObjection = {
  id: number;
  entryId: number | null;
  /** The entry's number on the list (null: the whole notice), shown also when the list is hidden. */
  entryPosition: number | null;
  status: ObjectionStatus;
  channel: (typeof objections.$inferSelect)['channel'];
  /** A letter's postmark date (YYYY-MM-DD), when recorded. */
  postmarkedOn: string | null;
  receivedAt: Date;
  resolvedAt: Date | null;
  resolutionReason: string | null;
};

/** What a hidden list still shows: how many households it had and the outcomes (no names, no details). */
export type ListSummary = { visibility: Exclude<ListVisibility, 'shown'>; entries: number; passed: number; removed: number };

/**
 * A published notice as the public sees it, or null for a draft or unknown id. A withdrawn notice, and
 * a closed one 30 days after closing, return no entries (lib/domain/retention.ts) but `listSummary`.
 */
export const getPublicNotice = cache(async (id: number, now?: Date) => {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const db = await getDb();
  const [notice] = await db
    .select({
      id: notices.id,
      title: notices.title,
      status: notices.status,
      year: notices.year,
      villageCode: notices.villageCode,
      issuingBody: notices.issuingBody,
      body: notices.body,
      objectionPhone: notices.objectionPhone,
      objectionPlace: notices.objectionPlace,
      publishedAt: notices.publishedAt,
      periodStartDate: notices.periodStartDate,
      periodEndDate: notices.periodEndDate,
      periodEndsAt: notices.periodEndsAt,
      closedAt: notices.closedAt,
      withdrawnAt: notices.withdrawnAt,
      withdrawalReason: notices.withdrawalReason,
      reviewDate: notices.reviewDate,
      reviewRepresentatives: notices.reviewRepresentatives,
      supersedesId: notices.supersedesId,
    })
    .from(notices)
    .where(and(eq(notices.id, id), ne(notices.status, 'draft')));
  if (!notice) return null;
  const visibility = noticeListVisibility(notice, now ?? new Date());
  const [entries, objectionRows, supersededBy] = await Promise.all([
    visibility === 'shown'
      ? db.select(publicEntryColumns).from(noticeEntries).where(eq(noticeEntries.noticeId, id)).orderBy(asc(noticeEntries.position))
      : Promise.resolve([] as PublicEntry[]),
    db
      .select({
        id: objections.id,
        entryId: objections.entryId,
        entryPosition: noticeEntries.position,
        status: objections.status,
        channel: objections.channel,
        postmarkedOn: objections.postmarkedOn,
        receivedAt: objections.receivedAt,
        resolvedAt: objections.resolvedAt,
        resolutionReason: objections.resolutionReason,
      })
      .from(objections)
      .leftJoin(noticeEntries, eq(noticeEntries.id, objections.entryId))
      .where(and(eq(objections.noticeId, id), PUBLIC_OBJECTION))
      .orderBy(asc(objections.receivedAt), asc(objections.id)),
    db
      .select({ id: notices.id, title: notices.title })
      .from(notices)
      .where(and(eq(notices.supersedesId, id), ne(notices.status, 'draft'))),
  ]);
  const region = await getRegion(notice.villageCode);
  let listSummary: ListSummary | null = null;
  if (visibility !== 'shown') {
    const [counts] = await db
      .select({
        entries: sql<number>`count(*)::int`,
        passed: sql<number>`count(*) filter (where ${noticeEntries.outcome} = 'passed')::int`,
        removed: sql<number>`count(*) filter (where ${noticeEntries.outcome} = 'removed')::int`,
      })
      .from(noticeEntries)
      .where(eq(noticeEntries.noticeId, id));
    listSummary = { visibility, entries: counts?.entries ?? 0, passed: counts?.passed ?? 0, removed: counts?.removed ?? 0 };
  }
  return {
    notice,
    entries: entries satisfies PublicEntry[],
    listSummary,
    objections: objectionRows satisfies PublicObjection[],
    supersededBy: supersededBy[0] ?? null,
    regionPath: region ? [...region.ancestors, region.region] : [],
  };
});
export type PublicNotice = NonNullable<Awaited<ReturnType<typeof getPublicNotice>>>;

/** Townships and villages (and counties) whose name contains `query`. */
export async function searchRegions(query: string, limit = 50): Promise<(Region & { path: string })[]> {
  const q = query.trim();
  if (q.length === 0) return [];
  const db = await getDb();
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await db
    .select({ code: regions.code, name: regions.name, level: regions.level })
    .from(regions)
    .where(and(ne(regions.level, 'city'), like(regions.name, pattern)))
    .orderBy(asc(sql`length(${regions.code})`), asc(regions.code))
    .limit(limit);
  const parents = [...new Set(rows.flatMap((r) => ancestorCodes(r.code).slice(1)))];
  const parentNames = new Map(
    parents.length === 0
      ? []
      : (await db.select({ code: regions.code, name: regions.name }).from(regions).where(inArray(regions.code, parents))).map(
          (p) => [p.code, p.name] as const,
        ),
  );
  return rows.map((r) => ({
    ...r,
    path: ancestorCodes(r.code)
      .slice(1)
      .map((c) => parentNames.get(c) ?? '')
      .join(' '),
  }));
}
