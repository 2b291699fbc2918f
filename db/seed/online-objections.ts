// Demo data for objections lodged online (issue 9 item 4): on 平安村's open notice, one submission
// awaiting triage, one the village accepted (then an objection of channel 'online' being handled) and
// one it turned away as not an objection. Their tracking codes are fixed so that the demo can be
// followed: DEMO2-CODE2 (accepted), DEMO3-CODE3 (waiting), DEMO4-CODE4 (rejected).
// Demo only: the text is fictional.
import { and, asc, eq, gt } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { noticeEntries, notices, objectionPrivate, objections, officials } from '@/db/schema';
import { trackingHash } from '@/lib/actions/online-objections';
import type { seedParticipation } from './participation';

/** The demo's audit events, as db/seed/participation.ts takes them. */
type AuditEvent = Parameters<typeof seedParticipation>[1]['audit'][number];

const HOUR = 3_600_000;
const VILLAGE_A = '220802100201'; // 平安村委会

export async function seedOnlineObjections(tx: Tx, { now, audit }: { now: Date; audit: AuditEvent[] }): Promise<void> {
  const [open] = await tx
    .select({ id: notices.id, publishedAt: notices.publishedAt })
    .from(notices)
    .where(and(eq(notices.villageCode, VILLAGE_A), eq(notices.status, 'published'), gt(notices.periodEndsAt, now)))
    .orderBy(asc(notices.id))
    .limit(1);
  if (!open?.publishedAt) return;
  const [entry] = await tx.select({ id: noticeEntries.id }).from(noticeEntries).where(eq(noticeEntries.noticeId, open.id)).orderBy(asc(noticeEntries.position)).limit(1);
  const [village] = await tx.select({ id: officials.id, role: officials.role }).from(officials).where(eq(officials.username, 'village-a'));
  // Within the period and before now: an hour after publication, and half-way to now.
  const first = new Date(open.publishedAt.getTime() + HOUR);
  const second = new Date((open.publishedAt.getTime() + now.getTime()) / 2);
  if (first.getTime() >= now.getTime()) return;
  type Item = { reference: string; code: string; at: Date; entryId: number | null; triage: 'accepted' | 'rejected' | null; summary: string };
  const items: Item[] = [
    { reference: 'YY-DEM2-2222', code: 'DEMO2-CODE2', at: first, entryId: entry?.id ?? null, triage: 'accepted', summary: '听说这户家里有人在城里上班，收入可能不止公示的数。' },
    { reference: 'YY-DEM3-3333', code: 'DEMO3-CODE3', at: second, entryId: null, triage: null, summary: '公示栏的名单被雨淋湿看不清了，请重新张贴。' },
    { reference: 'YY-DEM4-4444', code: 'DEMO4-CODE4', at: first, entryId: null, triage: 'rejected', summary: '低价出售化肥，有意者请联系。' },
  ];
  const rejection = '内容是广告，与本公示无关，不属于异议。';
  for (const item of items) {
    const triagedAt = item.triage ? new Date(Math.min(item.at.getTime() + 2 * HOUR, now.getTime())) : null;
    const rejected = item.triage === 'rejected' && triagedAt !== null;
    const [row] = await tx
      .insert(objections)
      .values({
        noticeId: open.id,
        entryId: item.entryId,
        channel: 'online',
        status: item.triage === 'accepted' ? 'received' : rejected ? 'rejected' : 'submitted',
        receivedAt: item.at,
        reference: item.reference,
        triagedAt: village ? triagedAt : null,
        triagedBy: triagedAt && village ? village.id : null,
        ...(rejected ? { resolvedAt: triagedAt, resolvedBy: village?.id ?? null, resolutionReason: rejection } : {}),
      })
      .returning({ id: objections.id });
    await tx.insert(objectionPrivate).values({ objectionId: row!.id, summary: item.summary, trackingHash: trackingHash(item.code) });
    const summary = { noticeId: open.id, about: item.entryId === null ? 'notice' : 'entry', channel: 'online', reference: item.reference };
    audit.push({ at: item.at, officialId: null, role: null, action: 'objection.lodge', entityType: 'objection', entityId: String(row!.id), summary });
    if (triagedAt && village) {
      audit.push({
        at: triagedAt,
        officialId: village.id,
        role: village.role,
        action: rejected ? 'objection.reject' : 'objection.accept',
        entityType: 'objection',
        entityId: String(row!.id),
        summary: { noticeId: open.id, reference: item.reference, channel: 'online' },
      });
    }
  }
}
