// Public reads of what villagers see beside a notice (issue 9 items 2 and 6): where and when it was
// posted, and the reports of left-out households (应列未列) with their outcomes. Public columns only:
// this module never imports a *_private table, the board photos or the accounts (a test checks).
import { and, asc, desc, eq, isNull, ne } from 'drizzle-orm';
import { getDb } from '@/db';
import { leftOutReports, noticePostings, notices, regions } from '@/db/schema';
import type { LeftOutStatus } from '@/lib/domain/left-out';

export type PublicPosting = { id: number; place: string; postedAt: Date };

/**
 * Where and when the notice was posted, earliest first. A withdrawn record (撤回: made by mistake) is
 * left out: the line states where the notice hangs, and a wrong statement struck through would still
 * be read aloud, copied and printed as one; the withdrawal and its reason stay with the officials.
 */
export async function getNoticePostings(noticeId: number): Promise<PublicPosting[]> {
  const db = await getDb();
  return db
    .select({ id: noticePostings.id, place: noticePostings.place, postedAt: noticePostings.postedAt })
    .from(noticePostings)
    .where(and(eq(noticePostings.noticeId, noticeId), isNull(noticePostings.withdrawnAt)))
    .orderBy(asc(noticePostings.postedAt), asc(noticePostings.id));
}

export type PublicLeftOut = {
  reference: string;
  villageCode: string;
  receivedAt: Date;
  status: LeftOutStatus;
  screenedAt: Date | null;
  publicReason: string | null;
};

const publicLeftOutColumns = {
  reference: leftOutReports.reference,
  villageCode: leftOutReports.villageCode,
  receivedAt: leftOutReports.receivedAt,
  status: leftOutReports.status,
  screenedAt: leftOutReports.screenedAt,
  publicReason: leftOutReports.publicReason,
};

/** A village's reports, newest first: reference, dates, state and public reason, nothing personal. */
export async function getVillageLeftOut(villageCode: string): Promise<PublicLeftOut[]> {
  const db = await getDb();
  return db
    .select(publicLeftOutColumns)
    .from(leftOutReports)
    .where(eq(leftOutReports.villageCode, villageCode))
    .orderBy(desc(leftOutReports.receivedAt), desc(leftOutReports.id));
}

/** One report by its reference, with its village's name. */
export async function getLeftOutByReference(reference: string): Promise<(PublicLeftOut & { villageName: string }) | null> {
  const db = await getDb();
  const [row] = await db
    .select({ ...publicLeftOutColumns, villageName: regions.name })
    .from(leftOutReports)
    .innerJoin(regions, eq(regions.code, leftOutReports.villageCode))
    .where(eq(leftOutReports.reference, reference));
  return row ?? null;
}

/** The title of a published notice of this village (a report may come from its page), or null. */
export async function getVillageNoticeTitle(noticeId: number, villageCode: string): Promise<string | null> {
  const db = await getDb();
  const [row] = await db
    .select({ title: notices.title })
    .from(notices)
    .where(and(eq(notices.id, noticeId), eq(notices.villageCode, villageCode), ne(notices.status, 'draft')));
  return row?.title ?? null;
}
