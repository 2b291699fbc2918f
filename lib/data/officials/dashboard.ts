// Read model of the officials' dashboard (工作台): what needs doing in the official's region (open
// notices, unresolved objections, online submissions awaiting triage, left-out reports awaiting
// screening, notices waiting to be closed) and counts by status. Everything is
// filtered by the official's region prefix in SQL; states are derived with lib/domain from `now`.
// Only public columns are read here (the notice snapshot's masked names, never *_private).
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import type { Db } from '@/db/client';
import { householdCounts as householdRollup, householdStatuses, leftOutReports, noticeEntries, notices, objections, regions } from '@/db/schema';
import { villagesOf } from '@/lib/data/public';
import type { Official } from '@/lib/auth/official';
import {
  canCloseNotice,
  chinaDateString,
  daysBetween,
  daysLeft,
  noticeState,
  regionPrefix,
  type CloseNoticeRefusal,
  type NoticeState,
} from '@/lib/domain';
import { can, roleMay } from '@/lib/domain/permissions';

export type HouseholdStatus = (typeof householdStatuses)[number];

export type OpenNoticeRow = {
  id: number;
  title: string;
  place: string; // township + village, e.g. 平安镇平安村委会
  periodEndDate: string;
  periodEndsAt: Date;
  daysLeft: number;
  entries: number;
  unresolvedObjections: number;
};

/** An objection (异议) recorded but not yet upheld or dismissed. */
export type PendingObjectionRow = {
  id: number;
  noticeId: number;
  place: string;
  status: 'received' | 'investigating';
  about: { position: number; maskedName: string } | null; // null: the whole notice
  receivedAt: Date;
  /** China calendar days since it was received (0 = today). */
  daysWaiting: number;
};

/** A notice whose period has ended while it is still published: close it, or see what blocks it. */
export type EndedNoticeRow = {
  id: number;
  title: string;
  place: string;
  periodEndDate: string;
  closable: { ok: true } | { ok: false; reason: CloseNoticeRefusal; count?: number };
};

/** An objection lodged online that waits for triage (status 'submitted'): accept or reject it on its own page. */
export type TriageRow = {
  id: number;
  noticeId: number;
  place: string;
  reference: string;
  about: { position: number; maskedName: string } | null; // null: the whole notice
  receivedAt: Date;
  daysWaiting: number;
};

/** A left-out report (应列未列) not screened yet. Who and why are on its own page (an audited read). */
export type LeftOutToScreenRow = { id: number; reference: string; place: string; receivedAt: Date; daysWaiting: number };

export type Dashboard = {
  openNotices: OpenNoticeRow[];
  pendingObjections: PendingObjectionRow[];
  /** Online submissions awaiting triage; null when the role may not triage (record objections). */
  awaitingTriage: TriageRow[] | null;
  /** Left-out reports awaiting screening; null when the role may not screen them. */
  leftOutToScreen: LeftOutToScreenRow[] | null;
  endedNotices: EndedNoticeRow[];
  householdsByStatus: Record<HouseholdStatus, number>;
  noticesByState: Record<NoticeState, number>;
};

const noticeStates: readonly NoticeState[] = ['draft', 'open', 'period_ended', 'closed', 'withdrawn', 'superseded'];

// The township's name comes from the village code's first 9 digits (the region tree is fixed).
const placeOf = (villageCode: typeof notices.villageCode | typeof leftOutReports.villageCode) =>
  sql<string>`coalesce((select t.name from ${regions} t where t.code = left(${villageCode}, 9)), '') || ${regions.name}`;

/**
 * The dashboard of `official` at `now`, or null when the role has no dashboard (the system
 * administrator manages accounts only).
 */
export async function getDashboard(official: Official, now: Date): Promise<Dashboard | null> {
  const prefix = regionPrefix(official.regionCode);
  if (prefix === null || !can(official, 'dashboard.view', official.regionCode)) return null;
  // A code range, not LIKE 'prefix%': a btree on a column that is not in the C collation serves only the
  // range (notices_village_idx; left_out_reports_village_idx below).
  const inRegion = villagesOf(notices.villageCode, official.regionCode);
  const db = await getDb();

  const unresolvedCount = sql<number>`(select count(*) from ${objections} o
    where o.notice_id = ${notices.id} and o.status in ('received', 'investigating'))::int`;
  const entryCount = sql<number>`(select count(*) from ${noticeEntries} e where e.notice_id = ${notices.id})::int`;

  // Objections of the region's notices in the given statuses, oldest first, with what each is about.
  const objectionsOfRegion = (status: SQL) =>
    db
      .select({
        id: objections.id,
        noticeId: objections.noticeId,
        villageCode: notices.villageCode,
        place: placeOf(notices.villageCode),
        status: objections.status,
        reference: objections.reference,
        position: noticeEntries.position,
        maskedName: noticeEntries.maskedName,
        receivedAt: objections.receivedAt,
      })
      .from(objections)
      .innerJoin(notices, eq(notices.id, objections.noticeId))
      .innerJoin(regions, eq(regions.code, notices.villageCode))
      .leftJoin(noticeEntries, eq(noticeEntries.id, objections.entryId))
      .where(and(inRegion, status))
      .orderBy(asc(objections.receivedAt), asc(objections.id));

  const mayTriage = roleMay(official.role, 'objection.record') && roleMay(official.role, 'objection.view');
  const mayScreen = roleMay(official.role, 'leftout.screen');

  const [published, pending, householdCounts, noticeCounts, submitted, leftOut] = await Promise.all([
    db
      .select({
        id: notices.id,
        title: notices.title,
        place: placeOf(notices.villageCode),
        periodEndDate: notices.periodEndDate,
        periodEndsAt: notices.periodEndsAt,
        entries: entryCount,
        unresolvedObjections: unresolvedCount,
      })
      .from(notices)
      .innerJoin(regions, eq(regions.code, notices.villageCode))
      .where(and(inRegion, eq(notices.status, 'published')))
      .orderBy(asc(notices.periodEndsAt), asc(notices.id)),
    objectionsOfRegion(inArray(objections.status, ['received', 'investigating'])),
    // From the rollup kept by triggers (migration 0016), not by counting the region's households.
    db
      .select({ status: householdRollup.status, n: sql<number>`coalesce(sum(${householdRollup.n}), 0)::int` })
      .from(householdRollup)
      .where(villagesOf(householdRollup.villageCode, official.regionCode))
      .groupBy(householdRollup.status),
    // Grouped by end instant as well, so the open/ended split is decided by lib/domain, not SQL;
    // there are few distinct end instants (each is a China midnight).
    db
      .select({ status: notices.status, periodEndsAt: notices.periodEndsAt, n: sql<number>`count(*)::int` })
      .from(notices)
      .where(inRegion)
      .groupBy(notices.status, notices.periodEndsAt),
    // Online submissions (issue 9 item 4) wait for the village or township to accept or reject them.
    mayTriage ? objectionsOfRegion(eq(objections.status, 'submitted')) : Promise.resolve(null),
    mayScreen
      ? db
          .select({
            id: leftOutReports.id,
            reference: leftOutReports.reference,
            villageCode: leftOutReports.villageCode,
            place: placeOf(leftOutReports.villageCode),
            receivedAt: leftOutReports.receivedAt,
          })
          .from(leftOutReports)
          .innerJoin(regions, eq(regions.code, leftOutReports.villageCode))
          .where(and(villagesOf(leftOutReports.villageCode, official.regionCode), eq(leftOutReports.status, 'received')))
          .orderBy(asc(leftOutReports.receivedAt), asc(leftOutReports.id))
      : Promise.resolve(null),
  ]);

  const today = chinaDateString(now);
  const openNotices: OpenNoticeRow[] = [];
  const ended: typeof published = [];
  for (const n of published) {
    const state = noticeState({ status: 'published', periodEndsAt: n.periodEndsAt }, now);
    if (state === 'open') {
      openNotices.push({
        id: n.id,
        title: n.title,
        place: n.place,
        periodEndDate: n.periodEndDate!, // a published notice has its period (DB check)
        periodEndsAt: n.periodEndsAt!,
        daysLeft: daysLeft(n.periodEndsAt!, now),
        entries: n.entries,
        unresolvedObjections: n.unresolvedObjections,
      });
    } else {
      ended.push(n);
    }
  }

  const endedNotices = await closability(db, ended, now);
  const waitingDays = (receivedAt: Date) => Math.max(0, daysBetween(chinaDateString(receivedAt), today));

  const householdsByStatus = Object.fromEntries(householdStatuses.map((s) => [s, 0])) as Record<HouseholdStatus, number>;
  for (const row of householdCounts) householdsByStatus[row.status] += row.n;
  const noticesByState = Object.fromEntries(noticeStates.map((s) => [s, 0])) as Record<NoticeState, number>;
  for (const row of noticeCounts) noticesByState[noticeState(row, now)] += row.n;

  return {
    openNotices,
    pendingObjections: pending.map((o) => ({
      id: o.id,
      noticeId: o.noticeId,
      place: o.place,
      status: o.status as PendingObjectionRow['status'], // filtered to these two in SQL
      about: o.position === null || o.maskedName === null ? null : { position: o.position, maskedName: o.maskedName },
      receivedAt: o.receivedAt,
      daysWaiting: waitingDays(o.receivedAt),
    })),
    awaitingTriage:
      submitted
        ?.filter((o) => can(official, 'objection.record', o.villageCode) && can(official, 'objection.view', o.villageCode))
        .map((o) => ({
          id: o.id,
          noticeId: o.noticeId,
          place: o.place,
          reference: o.reference ?? '',
          about: o.position === null || o.maskedName === null ? null : { position: o.position, maskedName: o.maskedName },
          receivedAt: o.receivedAt,
          daysWaiting: waitingDays(o.receivedAt),
        })) ?? null,
    leftOutToScreen:
      leftOut
        ?.filter((r) => can(official, 'leftout.screen', r.villageCode))
        .map((r) => ({ id: r.id, reference: r.reference, place: r.place, receivedAt: r.receivedAt, daysWaiting: waitingDays(r.receivedAt) })) ?? null,
    endedNotices,
    householdsByStatus,
    noticesByState,
  };
}

/** Asks lib/domain whether each period-ended notice may be closed, given its objections. */
async function closability(
  db: Db,
  rows: { id: number; title: string; place: string; periodEndDate: string | null; periodEndsAt: Date | null }[],
  at: Date,
): Promise<EndedNoticeRow[]> {
  if (rows.length === 0) return [];
  const objectionRows = await db
    .select({ noticeId: objections.noticeId, status: objections.status, entryId: objections.entryId })
    .from(objections)
    .where(inArray(objections.noticeId, rows.map((r) => r.id)));
  return rows.map((n) => ({
    id: n.id,
    title: n.title,
    place: n.place,
    periodEndDate: n.periodEndDate!,
    closable: canCloseNotice(
      { status: 'published', periodEndsAt: n.periodEndsAt },
      objectionRows.filter((o) => o.noticeId === n.id),
      at,
    ),
  }));
}
