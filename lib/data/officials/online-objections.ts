// Objections lodged online that wait for triage (issue 9 item 4), for the officials of the notice's
// village and township: what it is about and what it says. The objector's name and phone are not read
// here; once accepted, the objection's own page shows them as for any objection (audited reveal).
import { and, asc, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { noticeEntries, notices, objectionPrivate, objections } from '@/db/schema';
import type { Official } from '@/lib/auth/official';
import { can } from '@/lib/domain/permissions';

export type OnlineSubmission = {
  id: number;
  reference: string;
  receivedAt: Date;
  about: { position: number; maskedName: string } | null;
  summary: string;
};

/** The notice's submissions awaiting triage, oldest first; [] unless the official may record objections there. */
export async function onlineSubmissions(official: Official, noticeId: number, objectionId?: number): Promise<OnlineSubmission[]> {
  const db = await getDb();
  const [notice] = await db.select({ villageCode: notices.villageCode }).from(notices).where(eq(notices.id, noticeId));
  if (!notice || !can(official, 'objection.record', notice.villageCode) || !can(official, 'objection.view', notice.villageCode)) return [];
  const rows = await db
    .select({
      id: objections.id,
      reference: objections.reference,
      receivedAt: objections.receivedAt,
      position: noticeEntries.position,
      maskedName: noticeEntries.maskedName,
      summary: objectionPrivate.summary,
    })
    .from(objections)
    .innerJoin(objectionPrivate, eq(objectionPrivate.objectionId, objections.id))
    .leftJoin(noticeEntries, eq(noticeEntries.id, objections.entryId))
    .where(
      and(eq(objections.noticeId, noticeId), eq(objections.status, 'submitted'), objectionId === undefined ? undefined : eq(objections.id, objectionId)),
    )
    .orderBy(asc(objections.receivedAt), asc(objections.id));
  return rows.map(({ position, maskedName, reference, ...r }) => ({
    ...r,
    reference: reference ?? '',
    about: position === null || maskedName === null ? null : { position, maskedName },
  }));
}
