// Read model of a notice's public history (公示记录): the steps the audit log recorded for the notice
// and for its objections, oldest first, each with who acted as a role and a region, never a person.
//
// Public by construction: from audit_log it selects only the action, time, role and entity ids, never
// the summary; from officials only the region code (no name, no username); it never imports the
// *_private tables. Facts that the summary would hold (the other notice of a correction, an
// objection's outcome) come from the public columns of notices, objections and notice_entries.
import { and, asc, eq, inArray, ne, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { getDb } from '@/db';
import { auditLog, noticeEntries, notices, objections, officials, regions } from '@/db/schema';
import { PUBLIC_OBJECTION } from './public';
import { ROLES, type Role } from '@/lib/domain/permissions';

export type NoticeEventKind =
  | 'published'
  | 'superseded'
  | 'objection_recorded'
  | 'objection_investigated'
  | 'objection_resolved'
  | 'closed'
  | 'withdrawn';

/** The audit actions the public sees, and what each means. Drafting steps are never public. */
const NOTICE_ACTIONS = {
  'notice.publish': 'published',
  'notice.supersede': 'superseded',
  'notice.close': 'closed',
  'notice.withdraw': 'withdrawn',
} as const satisfies Record<string, NoticeEventKind>;
const OBJECTION_ACTIONS = {
  'objection.record': 'objection_recorded',
  'objection.accept': 'objection_recorded', // an online objection becomes one when an official accepts it
  'objection.investigate': 'objection_investigated',
  'objection.resolve': 'objection_resolved',
} as const satisfies Record<string, NoticeEventKind>;

export type NoticeEvent = {
  auditId: number;
  at: Date;
  kind: NoticeEventKind;
  /** Who acted: the role at the time and the acting official's region; null = the system. */
  actor: { role: Role; regionCode: string | null; regionName: string | null } | null;
  /** For a publication of a correction: the notice it corrects; for 'superseded': its correction. */
  otherNoticeId: number | null;
  /** For objection events: its number on the notice page (异议 1, 2, …), what it is about, its outcome. */
  objection: {
    number: number;
    about: { position: number; maskedName: string | null } | null; // null: the whole notice; maskedName null once the list is hidden
    outcome: 'upheld' | 'dismissed' | null;
  } | null;
};

function isRole(role: string | null): role is Role {
  return role !== null && (ROLES as readonly string[]).includes(role);
}

/**
 * The public history of a published notice, oldest first; empty for a draft or an unknown id. With
 * `hideNames` (the notice's list is no longer shown), objections name their entry by number only.
 */
export async function getNoticeHistory(noticeId: number, hideNames = false): Promise<NoticeEvent[]> {
  if (!Number.isSafeInteger(noticeId) || noticeId <= 0) return [];
  const db = await getDb();
  const [notice] = await db
    .select({ id: notices.id, supersedesId: notices.supersedesId })
    .from(notices)
    .where(and(eq(notices.id, noticeId), ne(notices.status, 'draft')));
  if (!notice) return [];

  const [correction, objectionRows] = await Promise.all([
    db
      .select({ id: notices.id })
      .from(notices)
      .where(and(eq(notices.supersedesId, noticeId), ne(notices.status, 'draft'))),
    // Numbered as the public notice page numbers them: by time received, then id.
    db
      .select({
        id: objections.id,
        status: objections.status,
        position: noticeEntries.position,
        maskedName: noticeEntries.maskedName,
      })
      .from(objections)
      .leftJoin(noticeEntries, eq(noticeEntries.id, objections.entryId))
      .where(and(eq(objections.noticeId, noticeId), PUBLIC_OBJECTION))
      .orderBy(asc(objections.receivedAt), asc(objections.id)),
  ]);

  const actorRegion = alias(regions, 'actor_region');
  const objectionIds = objectionRows.map((o) => String(o.id));
  const rows = await db
    .select({
      auditId: auditLog.id,
      at: auditLog.at,
      role: auditLog.role,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      regionCode: officials.regionCode,
      regionName: actorRegion.name,
    })
    .from(auditLog)
    .leftJoin(officials, eq(officials.id, auditLog.officialId))
    .leftJoin(actorRegion, eq(actorRegion.code, officials.regionCode))
    .where(
      or(
        and(
          eq(auditLog.entityType, 'notice'),
          eq(auditLog.entityId, String(noticeId)),
          inArray(auditLog.action, Object.keys(NOTICE_ACTIONS)),
        ),
        objectionIds.length === 0
          ? sql`false`
          : and(
              eq(auditLog.entityType, 'objection'),
              inArray(auditLog.entityId, objectionIds),
              inArray(auditLog.action, Object.keys(OBJECTION_ACTIONS)),
            ),
      ),
    )
    .orderBy(asc(auditLog.at), asc(auditLog.id));

  const objectionById = new Map(objectionRows.map((o, i) => [String(o.id), { ...o, number: i + 1 }]));
  return rows.flatMap((row): NoticeEvent[] => {
    const actor = isRole(row.role) ? { role: row.role, regionCode: row.regionCode, regionName: row.regionName } : null;
    const base = { auditId: row.auditId, at: row.at, actor };
    if (row.entityType === 'notice') {
      const kind = NOTICE_ACTIONS[row.action as keyof typeof NOTICE_ACTIONS];
      const otherNoticeId =
        kind === 'superseded' ? (correction[0]?.id ?? null) : kind === 'published' ? notice.supersedesId : null;
      return [{ ...base, kind, otherNoticeId, objection: null }];
    }
    const o = objectionById.get(row.entityId);
    if (!o) return [];
    const kind = OBJECTION_ACTIONS[row.action as keyof typeof OBJECTION_ACTIONS];
    // A resolution is final, so the objection's status now is the outcome this step decided.
    const outcome = kind === 'objection_resolved' && (o.status === 'upheld' || o.status === 'dismissed') ? o.status : null;
    const about = o.position === null ? null : { position: o.position, maskedName: hideNames ? null : o.maskedName };
    return [{ ...base, kind, otherNoticeId: null, objection: { number: o.number, about, outcome } }];
  });
}
