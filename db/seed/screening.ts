// Demo screening refusals (筛查未通过, issue 10 item 2): in each county with demo households, a few
// households its county DPF official screened and found not eligible, so the county pages show screened
// against eligible and /admin/screening has something to list. Names are invented and private.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { households, officials, screeningRefusalPrivate, screeningRefusals, type ScreeningCriterion } from '../schema';
import { addDays, chinaDateString } from '@/lib/domain/time';
import type { SeedAuditEvent } from './after-notice';

const PLANS: { criterion: ScreeningCriterion; name: string; reason: string }[] = [
  { criterion: 'income', name: '赵*平', reason: '核实上一年度家庭年人均纯收入为3,260元，高于收入标准。' },
  { criterion: 'no_labour', name: '钱*英', reason: '家庭成员均无劳动能力，建议纳入低保和托养服务。' },
  { criterion: 'no_certificate', name: '孙*', reason: '家庭成员尚未办理残疾人证，已告知评残办理流程，办证后可重新申请。' },
];

export async function seedScreening(tx: Tx, now: Date, programmeId: number, audit: SeedAuditEvent[]): Promise<number> {
  const villages = await tx
    .selectDistinct({ county: sql<string>`left(${households.villageCode}, 6)`, villageCode: households.villageCode, year: households.year })
    .from(households)
    .where(eq(households.programmeId, programmeId))
    .orderBy(asc(sql`left(${households.villageCode}, 6)`), asc(households.villageCode));
  const firstByCounty = new Map<string, { villageCode: string; year: number }>();
  for (const v of villages) if (!firstByCounty.has(v.county)) firstByCounty.set(v.county, v);
  let n = 0;
  let i = 0;
  for (const [county, village] of firstByCounty) {
    const [writer] = await tx
      .select({ id: officials.id, role: officials.role, createdAt: officials.createdAt })
      .from(officials)
      .where(and(eq(officials.role, 'county_dpf'), eq(officials.regionCode, county)))
      .limit(1);
    if (!writer) continue;
    for (const plan of PLANS.slice(0, 1 + (i++ % PLANS.length))) {
      // A few days after the account was made, never after yesterday.
      const on = [addDays(chinaDateString(writer.createdAt), 3 + n), addDays(chinaDateString(now), -1)].sort()[0]!;
      const at = new Date(Math.min(now.getTime() - 3_600_000, Math.max(writer.createdAt.getTime(), new Date(`${on}T02:00:00Z`).getTime())));
      const [row] = await tx
        .insert(screeningRefusals)
        .values({ programmeId, year: village.year, villageCode: village.villageCode, criterion: plan.criterion, screenedOn: chinaDateString(at), recordedBy: writer.id, createdAt: at })
        .returning({ id: screeningRefusals.id });
      await tx.insert(screeningRefusalPrivate).values({ refusalId: row!.id, fullName: plan.name, reason: plan.reason });
      audit.push({
        at,
        officialId: writer.id,
        role: writer.role,
        action: 'screening.refuse',
        entityType: 'screening_refusal',
        entityId: String(row!.id),
        summary: { villageCode: village.villageCode, year: village.year, criterion: plan.criterion, screenedOn: chinaDateString(at) },
      });
      n++;
    }
  }
  return n;
}
