// Demo data for the posting record (张贴记录) and left-out household reports (应列未列), issue 9 items 2
// and 6: every published or closed notice was posted on its village's board two hours after
// publication (an open one of 平安村 also on a group's board); 平安村 and 永平村 have reports in each state.
// Demo only: the households and people named here are fictional.
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { leftOutPrivate, leftOutReports, noticePostings, notices, officials } from '@/db/schema';
import { leftOutReference } from '@/lib/domain/left-out';
import type { Role } from '@/lib/domain/permissions';

type AuditEvent = {
  at: Date;
  officialId: number | null;
  role: Role | null;
  action: string;
  entityType: string;
  entityId: string;
  summary: Record<string, unknown>;
};

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const VILLAGE_A = '220802100201'; // 平安村委会
const VILLAGE_B = '220802100202'; // 永平村委会

// Fixed bytes, so the demo's references are the same on every seed.
const ref = (n: number) => leftOutReference(Uint8Array.from({ length: 8 }, (_, i) => (n * 37 + i * 11) % 256));

export async function seedParticipation(tx: Tx, { now, audit }: { now: Date; audit: AuditEvent[] }): Promise<void> {
  const posted = await tx
    .select({ id: notices.id, villageCode: notices.villageCode, publishedAt: notices.publishedAt, createdBy: notices.createdBy, role: officials.role })
    .from(notices)
    .leftJoin(officials, eq(officials.id, notices.createdBy))
    .where(inArray(notices.status, ['published', 'closed']));
  for (const n of posted) {
    if (!n.publishedAt) continue;
    const places = ['村委会门前公开栏', ...(n.villageCode === VILLAGE_A && n.publishedAt.getTime() > now.getTime() - 7 * DAY ? ['三组村民活动室公开栏'] : [])];
    for (const [i, place] of places.entries()) {
      const postedAt = new Date(n.publishedAt.getTime() + (2 + i) * HOUR);
      if (postedAt.getTime() > now.getTime()) continue;
      const [row] = await tx
        .insert(noticePostings)
        .values({ noticeId: n.id, place, postedAt, recordedAt: postedAt, recordedBy: n.createdBy })
        .returning({ id: noticePostings.id });
      audit.push({
        at: postedAt,
        officialId: n.createdBy,
        role: n.role,
        action: 'notice.post',
        entityType: 'notice_posting',
        entityId: String(row!.id),
        summary: { noticeId: n.id, place, postedAt: postedAt.toISOString(), photo: false },
      });
    }
  }

  const [township] = await tx.select({ id: officials.id, role: officials.role }).from(officials).where(eq(officials.username, 'township-party'));
  const [openA] = await tx
    .select({ id: notices.id })
    .from(notices)
    .where(and(eq(notices.villageCode, VILLAGE_A), eq(notices.status, 'published')))
    .orderBy(notices.id)
    .limit(1);
  const reports: {
    n: number;
    village: string;
    daysAgo: number;
    noticeId?: number;
    who: string;
    why: string;
    contact: string | null;
    screened?: { daysAgo: number; outcome: 'screened_in' | 'not_eligible'; reason: string };
  }[] = [
    {
      n: 1,
      village: VILLAGE_A,
      daysAgo: 40,
      who: '四组赵某某家',
      why: '户主持听力残疾证，夫妻二人种地为生，年人均收入约两千元。',
      contact: '赵大姐 13800000001',
      screened: { daysAgo: 30, outcome: 'screened_in', reason: '经入户核实符合帮扶条件，已纳入下次公示。' },
    },
    {
      n: 2,
      village: VILLAGE_A,
      daysAgo: 25,
      who: '一组孙某某家',
      why: '家里有残疾老人。',
      contact: null,
      screened: { daysAgo: 18, outcome: 'not_eligible', reason: '经核实，该户年人均纯收入高于本工程标准。' },
    },
    { n: 3, village: VILLAGE_A, daysAgo: 1, noticeId: openA?.id, who: '三组独居的聋人老人', why: '持残疾人证，没有固定收入，愿意在村里干活。', contact: null },
    { n: 4, village: VILLAGE_B, daysAgo: 3, who: '二组钱某某家', why: '儿子肢体残疾，家里收入低。', contact: '钱某 13800000004' },
  ];
  for (const r of reports) {
    const receivedAt = new Date(now.getTime() - r.daysAgo * DAY);
    const screenedAt = r.screened ? new Date(now.getTime() - r.screened.daysAgo * DAY) : null;
    const reference = ref(r.n);
    const [row] = await tx
      .insert(leftOutReports)
      .values({
        reference,
        villageCode: r.village,
        noticeId: r.noticeId ?? null,
        channel: 'online',
        receivedAt,
        status: r.screened?.outcome ?? 'received',
        screenedAt,
        screenedBy: r.screened ? township!.id : null,
        publicReason: r.screened?.reason ?? null,
      })
      .returning({ id: leftOutReports.id });
    await tx.insert(leftOutPrivate).values({ reportId: row!.id, who: r.who, why: r.why, reporterContact: r.contact });
    const entity = { entityType: 'left_out_report', entityId: String(row!.id) };
    audit.push({
      at: receivedAt,
      officialId: null,
      role: null,
      action: 'leftout.report',
      ...entity,
      summary: { reference, villageCode: r.village, noticeId: r.noticeId ?? null, channel: 'online' },
    });
    if (r.screened && screenedAt) {
      audit.push({
        at: screenedAt,
        officialId: township!.id,
        role: township!.role,
        action: 'leftout.screen',
        ...entity,
        summary: { reference, villageCode: r.village, outcome: r.screened.outcome },
      });
    }
  }
}
