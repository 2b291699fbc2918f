// The board poster (张贴用公示, /admin/notices/[id]/poster): the published notice with the households'
// FULL names, because neighbours must recognise them on the village board. Only for officials who may
// view the notice and the households of its village; each read is audited ('notice.poster'). Nothing
// else private is selected: no ID or certificate number, phone, address or objection text.
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { householdPrivate, noticeEntries } from '@/db/schema';
import { recordPrivateRead } from '@/lib/audit/private-read';
import type { Official } from '@/lib/auth/official';
import { getNoticeCheck } from '@/lib/data/notice-print';
import type { PublicEntry } from '@/lib/data/public';
import { can } from '@/lib/domain/permissions';
import { getOfficialNotice } from './notices';

/** The published snapshot of a listed household, with its full name. */
export type PosterEntry = PublicEntry & { fullName: string };

/**
 * The poster of a notice: null when unknown or outside the official's region; `postable: false` for a
 * notice that is not in its period or after it awaiting closing (a draft, withdrawn, superseded or
 * closed one), or for an official who may not see household names there.
 */
export async function getNoticePoster(official: Official, id: number, now: Date = new Date()) {
  const found = await getOfficialNotice(official, id);
  if (!found) return null;
  const { notice } = found;
  const check = await getNoticeCheck(id);
  if (notice.status !== 'published' || !check || !can(official, 'household.view', notice.villageCode)) {
    return { postable: false as const, notice: { id: notice.id, title: notice.title } };
  }
  const db = await getDb();
  const names = await db
    .select({ entryId: noticeEntries.id, fullName: householdPrivate.fullName })
    .from(noticeEntries)
    .innerJoin(householdPrivate, eq(householdPrivate.householdId, noticeEntries.householdId))
    .where(eq(noticeEntries.noticeId, id));
  const nameOf = new Map(names.map((n) => [n.entryId, n.fullName]));
  const entries: PosterEntry[] = found.entries.map(({ householdId: _h, problem: _p, ...e }) => ({ ...e, fullName: nameOf.get(e.id) ?? e.maskedName }));
  await recordPrivateRead(db, official, 'notice.poster', { noticeId: notice.id, entries: entries.length }, now);
  return {
    postable: true as const,
    notice: {
      id: notice.id,
      title: notice.title,
      body: notice.body,
      issuingBody: notice.issuingBody,
      objectionPlace: notice.objectionPlace,
      objectionPhone: notice.objectionPhone,
      periodStartDate: notice.periodStartDate,
      periodEndDate: notice.periodEndDate,
      reviewDate: notice.reviewDate,
      reviewRepresentatives: notice.reviewRepresentatives,
    },
    entries,
    regionPath: found.regionPath,
    fingerprint: check.fingerprint,
    incomeThreshold: check.incomeThreshold,
  };
}
