// One audit row for each read of private data (ASVS V16, 等保 安全审计): the data functions that return
// private fields call this, never the pages, so no path that shows them can forget it. The row holds
// ids and counts only, never the values read (no name, no ID number, not even the search text).
import type { Db } from '@/db/client';
import { recordAudit, type AuditEntry } from './record';

/** What was read, and the ids that say which record. */
export type PrivateReads = {
  'household.view': { householdId: number }; // the household page (admin/households/[id])
  'household.photo': { householdId: number };
  'household.print': { householdId: number }; // the printable registration form
  'household.search': { regionCode: string; results: number }; // a search by name or ID number
  'objection.reveal': { objectionId: number; noticeId: number }; // the objector's name and contact
  'notice.poster': { noticeId: number; entries: number }; // the board poster, with full names
  'notice.posting_photo': { postingId: number; noticeId: number }; // a board photo, with full names
  'leftout.view': { reportId: number }; // who should be listed, why, and the reporter's contact
};
export type PrivateRead = keyof PrivateReads;

/** The reads of one household that its 查看记录 lists. */
export const HOUSEHOLD_READS = ['household.view', 'household.photo', 'household.print'] as const satisfies readonly PrivateRead[];

function entryOf(what: PrivateRead, ids: PrivateReads[PrivateRead]): AuditEntry {
  if (what === 'objection.reveal') {
    const { objectionId, noticeId } = ids as PrivateReads['objection.reveal'];
    return { action: what, entityType: 'objection', entityId: objectionId, summary: { noticeId } };
  }
  if (what === 'notice.poster') {
    const { noticeId, entries } = ids as PrivateReads['notice.poster'];
    return { action: what, entityType: 'notice', entityId: noticeId, summary: { entries } };
  }
  if (what === 'notice.posting_photo') {
    const { postingId, noticeId } = ids as PrivateReads['notice.posting_photo'];
    return { action: what, entityType: 'notice_posting', entityId: postingId, summary: { noticeId } };
  }
  if (what === 'leftout.view') {
    const { reportId } = ids as PrivateReads['leftout.view'];
    return { action: what, entityType: 'left_out_report', entityId: reportId, summary: {} };
  }
  if (what === 'household.search') {
    // Where it looked and how many it found, never what was typed.
    const { regionCode, results } = ids as PrivateReads['household.search'];
    return { action: what, entityType: 'region', entityId: regionCode, summary: { results } };
  }
  const { householdId } = ids as PrivateReads['household.view'];
  return { action: what, entityType: 'household', entityId: householdId, summary: {} };
}

/** Records that `official` read private data, in its own transaction (a read has no other). */
export async function recordPrivateRead<W extends PrivateRead>(
  db: Db,
  official: { id: number; role: string },
  what: W,
  ids: PrivateReads[W],
  now: Date = new Date(),
): Promise<void> {
  const entry = entryOf(what, ids);
  await db.transaction((tx) => recordAudit(tx, { id: official.id, role: official.role }, now, entry));
}
