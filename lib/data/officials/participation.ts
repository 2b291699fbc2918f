// Officials' reads of the posting record (张贴记录) and of left-out household reports (应列未列), within
// the official's region. Private parts (the board photo, who and why, the reporter's contact) are
// audited as private reads here, never by the pages.
import { and, asc, desc, eq, like } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { getDb } from '@/db';
import { leftOutPrivate, leftOutReports, noticePostingPhotos, noticePostings, notices, officials, regions } from '@/db/schema';
import type { Official } from '@/lib/auth/official';
import { recordPrivateRead } from '@/lib/audit/private-read';
import { can, roleMay } from '@/lib/domain/permissions';
import { noticeTakesPostingWithdrawal } from '@/lib/domain/posting';
import { regionPrefix } from '@/lib/domain/regions';
import { rowId } from '@/lib/route-params';

export type OfficialPosting = {
  id: number;
  place: string;
  postedAt: Date;
  hasPhoto: boolean;
  recordedByName: string | null;
  /** Withdrawn (撤回) as made by mistake: when, by whom and why; the public page no longer lists it. */
  withdrawal: { at: Date; byName: string | null; reason: string } | null;
  /** This official may withdraw it now (not yet withdrawn, the notice still published). */
  mayWithdraw: boolean;
};

const withdrawer = alias(officials, 'posting_withdrawer');

/** The postings of a notice the official may see (notice.view), earliest first, withdrawn ones too. */
export async function getOfficialPostings(official: Official, noticeId: number): Promise<OfficialPosting[]> {
  const db = await getDb();
  const rows = await db
    .select({
      id: noticePostings.id,
      place: noticePostings.place,
      postedAt: noticePostings.postedAt,
      photo: noticePostingPhotos.postingId,
      recordedByName: officials.displayName,
      withdrawnAt: noticePostings.withdrawnAt,
      withdrawnByName: withdrawer.displayName,
      withdrawReason: noticePostings.withdrawReason,
      villageCode: notices.villageCode,
      noticeStatus: notices.status,
    })
    .from(noticePostings)
    .innerJoin(notices, eq(notices.id, noticePostings.noticeId))
    .leftJoin(noticePostingPhotos, eq(noticePostingPhotos.postingId, noticePostings.id))
    .leftJoin(officials, eq(officials.id, noticePostings.recordedBy))
    .leftJoin(withdrawer, eq(withdrawer.id, noticePostings.withdrawnBy))
    .where(eq(noticePostings.noticeId, noticeId))
    .orderBy(asc(noticePostings.postedAt), asc(noticePostings.id));
  return rows
    .filter((r) => can(official, 'notice.view', r.villageCode))
    .map((r) => ({
      id: r.id,
      place: r.place,
      postedAt: r.postedAt,
      hasPhoto: r.photo !== null,
      recordedByName: r.recordedByName,
      withdrawal: r.withdrawnAt ? { at: r.withdrawnAt, byName: r.withdrawnByName, reason: r.withdrawReason ?? '' } : null,
      mayWithdraw: !r.withdrawnAt && noticeTakesPostingWithdrawal(r.noticeStatus) && can(official, 'notice.post', r.villageCode),
    }));
}

const DATA_URL = /^data:(image\/(?:jpeg|png|webp));base64,([A-Za-z0-9+/]+={0,2})$/;

/** The board photo of a posting, for officials of its village or above; the read is audited. */
export async function getPostingPhoto(
  official: Official,
  noticeId: number,
  postingId: number,
): Promise<{ contentType: string; bytes: Uint8Array<ArrayBuffer> } | null> {
  const id = rowId(postingId);
  if (id === null || rowId(noticeId) === null) return null;
  const db = await getDb();
  const [row] = await db
    .select({ villageCode: notices.villageCode, photo: noticePostingPhotos.photo })
    .from(noticePostings)
    .innerJoin(notices, eq(notices.id, noticePostings.noticeId))
    .innerJoin(noticePostingPhotos, eq(noticePostingPhotos.postingId, noticePostings.id))
    .where(and(eq(noticePostings.id, id), eq(noticePostings.noticeId, noticeId)));
  if (!row || !can(official, 'notice.view', row.villageCode)) return null;
  const match = DATA_URL.exec(row.photo);
  if (!match) return null;
  await recordPrivateRead(db, official, 'notice.posting_photo', { postingId: id, noticeId });
  return { contentType: match[1]!, bytes: new Uint8Array(Buffer.from(match[2]!, 'base64')) };
}

export type LeftOutListRow = {
  id: number;
  reference: string;
  villageCode: string;
  villageName: string;
  receivedAt: Date;
  status: (typeof leftOutReports.$inferSelect)['status'];
};

/** The reports in the official's region, unscreened first, then newest first. No private column. */
export async function listLeftOut(official: Official): Promise<LeftOutListRow[] | null> {
  if (!roleMay(official.role, 'leftout.view')) return null;
  const db = await getDb();
  const rows = await db
    .select({
      id: leftOutReports.id,
      reference: leftOutReports.reference,
      villageCode: leftOutReports.villageCode,
      villageName: regions.name,
      receivedAt: leftOutReports.receivedAt,
      status: leftOutReports.status,
    })
    .from(leftOutReports)
    .innerJoin(regions, eq(regions.code, leftOutReports.villageCode))
    .where(like(leftOutReports.villageCode, `${regionPrefix(official.regionCode)}%`))
    .orderBy(desc(leftOutReports.status), desc(leftOutReports.receivedAt), desc(leftOutReports.id));
  // 'received' sorts after 'not_eligible' and before 'screened_in': put the unscreened ones first.
  const visible = rows.filter((r) => can(official, 'leftout.view', r.villageCode));
  return [...visible.filter((r) => r.status === 'received'), ...visible.filter((r) => r.status !== 'received')];
}

const recorder = alias(officials, 'recorder');
const screener = alias(officials, 'screener');

/** One report with its private part, for an official of its region; the read is audited. */
export async function getLeftOut(official: Official, id: number) {
  const reportId = rowId(id);
  if (reportId === null || !roleMay(official.role, 'leftout.view')) return null;
  const db = await getDb();
  const [row] = await db
    .select({
      id: leftOutReports.id,
      reference: leftOutReports.reference,
      villageCode: leftOutReports.villageCode,
      villageName: regions.name,
      noticeId: leftOutReports.noticeId,
      noticeTitle: notices.title,
      channel: leftOutReports.channel,
      status: leftOutReports.status,
      receivedAt: leftOutReports.receivedAt,
      screenedAt: leftOutReports.screenedAt,
      publicReason: leftOutReports.publicReason,
      recordedByName: recorder.displayName,
      screenedByName: screener.displayName,
      who: leftOutPrivate.who,
      why: leftOutPrivate.why,
      reporterContact: leftOutPrivate.reporterContact,
    })
    .from(leftOutReports)
    .innerJoin(leftOutPrivate, eq(leftOutPrivate.reportId, leftOutReports.id))
    .innerJoin(regions, eq(regions.code, leftOutReports.villageCode))
    .leftJoin(notices, eq(notices.id, leftOutReports.noticeId))
    .leftJoin(recorder, eq(recorder.id, leftOutReports.recordedBy))
    .leftJoin(screener, eq(screener.id, leftOutReports.screenedBy))
    .where(eq(leftOutReports.id, reportId));
  if (!row || !can(official, 'leftout.view', row.villageCode)) return null;
  await recordPrivateRead(db, official, 'leftout.view', { reportId });
  return { ...row, mayScreen: row.status === 'received' && can(official, 'leftout.screen', row.villageCode) };
}
export type OfficialLeftOut = NonNullable<Awaited<ReturnType<typeof getLeftOut>>>;
