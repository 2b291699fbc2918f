// Demo data of the duties (issue 10 item 5): practical-skills trainings of filed households, a few
// disabled people on their way into the Party, joint meetings of every county (most with a public
// summary), and inspections by the city and by 洮北区 with fixes fixed, open and overdue, so that the
// dashboards of 洮北区 and 平安镇 show overdue fixes. Demo only: runs from demo.ts, never in production.
import { and, asc, eq, isNotNull } from 'drizzle-orm';
import { addDays, chinaDateString, startOfChinaDay } from '../../lib/domain/time';
import type { Tx } from '../client';
import { householdMembers, households, inspectionFixes, inspections, jointMeetings, officials, partyDevelopments, trainings } from '../schema';
import type { SeedAuditEvent } from './after-notice';
import { chance, int, mulberry32, pick } from './random';
import { COUNTIES } from './regions';

const SEED = 0x20261210;
const SKILLS = ['食用菌种植', '家电维修', '电商销售', '肉牛养殖', '果蔬大棚管理', '手工编织', '杂粮深加工', '中药材种植'];
const TRAINERS = ['县农业技术推广中心', '县残联职业技能培训基地', '乡镇农业服务站', '技术能手现场指导', '县人社局职业培训学校'];
const DECISIONS = [
  '研究本年度帮扶对象的资金安排，残联资助优先用于增收项目。\n确定下季度组织实用技术培训两期。',
  '通报各乡镇建档进度；对回访不及时的乡镇进行督促。\n协调信用社为帮扶家庭小额贷款提供担保。',
  '研究解决帮扶对象住房保障问题；安排县残联与民政部门对接低保评估。',
];
const SUMMARIES = [
  '县委组织部、县残联召开联席会议，研究了本年度帮扶资金安排和实用技术培训计划。',
  '联席会议通报了建档和回访进度，要求各乡镇按期完成回访，并协调落实小额贷款担保。',
];

export interface DutiesSummary {
  trainings: number;
  partyDevelopments: number;
  meetings: number;
  inspections: number;
  overdueFixes: number;
}

type Account = { id: number; role: (typeof officials.$inferSelect)['role']; regionCode: string };

export async function seedDuties(tx: Tx, now: Date, audit: SeedAuditEvent[]): Promise<DutiesSummary> {
  const rng = mulberry32(SEED);
  const last = addDays(chinaDateString(now), -1);
  const at = (day: string, hour = 10) => new Date(startOfChinaDay(day).getTime() + hour * 3_600_000 + int(rng, 0, 59) * 60_000);
  const accounts = await tx.select({ id: officials.id, role: officials.role, regionCode: officials.regionCode }).from(officials).orderBy(asc(officials.id));
  const account = (role: Account['role'], regionCode: string): Account | undefined => accounts.find((a) => a.role === role && a.regionCode === regionCode);
  const log = (who: Account, when: Date, action: string, entityType: string, entityId: number, summary: Record<string, unknown>) =>
    audit.push({ at: when, officialId: who.id, role: who.role, action, entityType, entityId: String(entityId), summary });

  const filed = await tx
    .select({ id: households.id, villageCode: households.villageCode, filedAt: households.filedAt })
    .from(households)
    .where(isNotNull(households.filedAt))
    .orderBy(asc(households.id));
  // Trainings and Party records name a member: the registrant (member 1), whose details are always entered.
  const registrant = new Map(
    (await tx.select({ householdId: householdMembers.householdId, id: householdMembers.id }).from(householdMembers).where(eq(householdMembers.position, 1))).map((m) => [m.householdId, m.id]),
  );

  // 1. Trainings: about two in three filed households, one or two skills each; the first has two.
  let trainingCount = 0;
  for (const [i, h] of filed.entries()) {
    if (i > 0 && !chance(rng, 0.65)) continue;
    const who = account('village', h.villageCode) ?? account('county_dpf', h.villageCode.slice(0, 6));
    if (!who) continue;
    const first = addDays(chinaDateString(h.filedAt!), int(rng, 5, 40));
    const skills = i === 0 ? SKILLS.slice(0, 2) : [pick(rng, SKILLS), ...(chance(rng, 0.3) ? [pick(rng, SKILLS)] : [])];
    for (const [k, skill] of skills.entries()) {
      const trainedOn = addDays(first, k * int(rng, 20, 60));
      if (trainedOn > last) continue;
      const when = at(trainedOn, 15);
      const [row] = await tx.insert(trainings).values({ householdId: h.id, memberId: registrant.get(h.id)!, skill, trainedOn, trainer: pick(rng, TRAINERS), createdBy: who.id, createdAt: when }).returning({ id: trainings.id });
      log(who, when, 'training.record', 'household', h.id, { trainingId: row!.id, trainedOn });
      trainingCount++;
    }
  }

  // 2. Party development: two households per county at different stages (measure 5).
  const STAGE_PLANS = [
    { appliedOn: -400, activistOn: -300, candidateOn: -120 },
    { appliedOn: -200 },
    { appliedOn: -800, activistOn: -700, candidateOn: -500, probationaryOn: -400, memberOn: -30 },
    { appliedOn: -500, activistOn: -380, candidateOn: -250, probationaryOn: -60 },
    { appliedOn: -150, activistOn: -40 },
  ] as const;
  let partyCount = 0;
  for (const [c, county] of COUNTIES.entries()) {
    const mine = filed.filter((h) => h.villageCode.startsWith(county.code)).slice(0, 2);
    for (const [k, h] of mine.entries()) {
      const plan = STAGE_PLANS[(c * 2 + k) % STAGE_PLANS.length]!;
      const dates = Object.fromEntries(Object.entries(plan).map(([f, d]) => [f, addDays(last, d)])) as { appliedOn: string } & Record<string, string>;
      const who = account('village', h.villageCode) ?? account('county_org', county.code);
      if (!who) continue;
      const stage = dates.memberOn ? 'member' : dates.probationaryOn ? 'probationary' : dates.candidateOn ? 'candidate' : dates.activistOn ? 'activist' : 'applicant';
      const when = at(Object.values(dates).sort().at(-1)!, 11);
      await tx.insert(partyDevelopments).values({ householdId: h.id, memberId: registrant.get(h.id)!, ...dates, createdBy: who.id, updatedAt: when });
      log(who, when, 'party.record', 'household', h.id, { stage });
      partyCount++;
    }
  }

  // 3. Joint meetings: every county twice this year, by its Organisation Department; most publish a summary.
  let meetingCount = 0;
  for (const [c, county] of COUNTIES.entries()) {
    const who = account('county_org', county.code) ?? account('county_dpf', county.code);
    if (!who) continue;
    for (const [k, daysAgo] of [150 + c * 3, 40 + c * 2].entries()) {
      const heldOn = addDays(last, -daysAgo);
      const publicSummary = c === 1 && k === 1 ? null : SUMMARIES[k % SUMMARIES.length]!;
      const when = at(heldOn, 16);
      const bodies = k === 0 ? ['county_org', 'county_dpf', 'county_government'] : ['county_org', 'county_dpf', 'township_party', 'township_dpf'];
      const [row] = await tx
        .insert(jointMeetings)
        .values({ countyCode: county.code, heldOn, bodies, otherBodies: k === 0 ? '县民政局' : '', decisions: DECISIONS[(c + k) % DECISIONS.length]!, publicSummary, createdBy: who.id, createdAt: when })
        .returning({ id: jointMeetings.id });
      log(who, when, 'meeting.record', 'joint_meeting', row!.id, { countyCode: county.code, heldOn, bodies, public: publicSummary !== null });
      meetingCount++;
    }
  }

  // 4. Inspections: the city of 洮北区 (one fix done, one overdue), 洮北区 of 平安镇 (one overdue, one open).
  const plans = [
    {
      by: '220800', role: 'city' as const, of: '220802', daysAgo: 60, findings: '抽查发现部分建档户的回访记录间隔超过90天；年度总结数据与名册基本一致。',
      fixes: [
        { requirement: '补齐逾期未回访户的回访记录', due: 30, fixedAfter: 20, note: '已组织各乡镇完成补访并录入' },
        { requirement: '建立回访提醒台账', due: 45, fixedAfter: null, note: '' },
      ],
    },
    {
      by: '220802', role: 'county_dpf' as const, of: '220802100', daysAgo: 30, findings: '平安镇部分帮扶户尚未落实增收项目，实用技术培训覆盖不全。',
      fixes: [
        { requirement: '为未落实增收项目的帮扶户选定项目', due: 20, fixedAfter: null, note: '' },
        { requirement: '组织一期实用技术培训', due: 60, fixedAfter: null, note: '' },
      ],
    },
  ];
  let overdue = 0;
  for (const p of plans) {
    const who = account(p.role, p.by);
    if (!who) continue;
    const inspectedOn = addDays(last, -p.daysAgo);
    const when = at(inspectedOn, 15);
    const [row] = await tx.insert(inspections).values({ inspectorRegionCode: p.by, regionCode: p.of, inspectedOn, findings: p.findings, createdBy: who.id, createdAt: when }).returning({ id: inspections.id });
    const fixes = p.fixes.map((f) => ({ ...f, dueOn: addDays(inspectedOn, f.due) }));
    await tx.insert(inspectionFixes).values(fixes.map((f) => ({ inspectionId: row!.id, requirement: f.requirement, dueOn: f.dueOn, updatedBy: who.id, updatedAt: when })));
    log(who, when, 'inspection.record', 'inspection', row!.id, { regionCode: p.of, inspectedOn, fixes: fixes.map((f) => f.dueOn) });
    for (const f of fixes) {
      if (f.fixedAfter === null) {
        if (f.dueOn < chinaDateString(now)) overdue++;
        continue;
      }
      const fixedOn = addDays(inspectedOn, f.fixedAfter);
      const by = account('county_dpf', p.of) ?? who;
      const fixedAt = at(fixedOn, 17);
      const [fix] = await tx.select({ id: inspectionFixes.id }).from(inspectionFixes).where(and(eq(inspectionFixes.inspectionId, row!.id), eq(inspectionFixes.requirement, f.requirement)));
      await tx.update(inspectionFixes).set({ fixedOn, fixNote: f.note, updatedBy: by.id, updatedAt: fixedAt }).where(eq(inspectionFixes.id, fix!.id));
      log(by, fixedAt, 'inspection.fix_done', 'inspection', row!.id, { fixId: fix!.id, fixedOn });
    }
  }
  return { trainings: trainingCount, partyDevelopments: partyCount, meetings: meetingCount, inspections: plans.length, overdueFixes: overdue };
}
