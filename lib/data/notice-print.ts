// What the printable notice adds to the public notice (lib/data/public.ts rules apply: public columns
// only, never a *_private table): the fingerprint of the published snapshot and the programme's income
// threshold for the criteria. The officials' poster reads the fingerprint here too, so both always agree.
import { asc, and, eq, ne } from 'drizzle-orm';
import { cache } from 'react';
import { getDb } from '@/db';
import { noticeEntries, notices, programmes } from '@/db/schema';
import { noticeFingerprint } from '@/lib/domain/fingerprint';
import { publicEntryColumns } from './public';

/**
 * The fingerprint of a published notice (null for a draft or unknown id) and its programme's rules.
 * The fingerprint covers the whole snapshot even after the list is hidden (retention), with masked
 * names only, so an old paper can still be checked.
 */
export const getNoticeCheck = cache(async (id: number) => {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const db = await getDb();
  const [notice] = await db
    .select({
      id: notices.id,
      villageCode: notices.villageCode,
      title: notices.title,
      body: notices.body,
      issuingBody: notices.issuingBody,
      periodStartDate: notices.periodStartDate,
      periodEndDate: notices.periodEndDate,
      objectionPlace: notices.objectionPlace,
      objectionPhone: notices.objectionPhone,
      incomeThreshold: programmes.incomeThreshold,
    })
    .from(notices)
    .innerJoin(programmes, eq(programmes.id, notices.programmeId))
    .where(and(eq(notices.id, id), ne(notices.status, 'draft')));
  if (!notice) return null;
  const entries = await db.select(publicEntryColumns).from(noticeEntries).where(eq(noticeEntries.noticeId, id)).orderBy(asc(noticeEntries.position));
  return { fingerprint: noticeFingerprint(notice, entries), incomeThreshold: notice.incomeThreshold };
});
