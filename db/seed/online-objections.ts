// Demo data for objections lodged online (issue 9 item 4): on 平安村's open notice, one submission
// awaiting triage and one the village accepted (then an objection of channel 'online' being handled).
// Their tracking codes are fixed so that the demo can be followed: DEMO2-CODE2 and DEMO3-CODE3.
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
  const items = [
    { reference: 'YY-DEM2-2222', code: 'DEMO2-CODE2', at: first, entryId: entry?.id ?? null, accepted: true, summary: '听说这户家里有人在城里上班，收入可能不止公示的数。' },
    { reference: 'YY-DEM3-3333', code: 'DEMO3-CODE3', at: second, entryId: null, accepted: false, summary: '公示栏的名单被雨淋湿看不清了，请重新张贴。' },
  ];
  for (const item of items) {
    const triagedAt = item.accepted ? new Date(Math.min(item.at.getTime() + 2 * HOUR, now.getTime())) : null;
    const [row] = await tx
      .insert(objections)
      .values({
        noticeId: open.id,
        entryId: item.entryId,
        channel: 'online',
        status: item.accepted ? 'received' : 'submitted',
        receivedAt: item.at,
        reference: item.reference,
        triagedAt,
        triagedBy: item.accepted ? (village?.id ?? null) : null,
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
        action: 'objection.accept',
        entityType: 'objection',
        entityId: String(row!.id),
        summary: { noticeId: open.id, reference: item.reference, channel: 'online' },
      });
    }
  }
}
