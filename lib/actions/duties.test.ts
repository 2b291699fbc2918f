// The duties of issue 10 item 5 against a real database: who may record each where, the field messages,
// the Party stage order (in the action and in the database's CHECK), the audit rows, the overdue fixes
// a dashboard shows and the public per-stage counts.
import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type Db } from '@/db/client';
import { auditLog, householdMembers, inspectionFixes, inspections, jointMeetings, partyDevelopments, trainings } from '@/db/schema';
import type { Official } from '@/lib/auth/official';
import { getWorkFile, listInspections, overdueFixes, partyStageCounts, skillCounts } from '@/lib/data/officials/duties';
import { getPartyStageCounts, getPublicMeetings } from '@/lib/data/public-duties';
import { zhAdmin } from '@/lib/i18n/zh-admin';
import { zhAdminDuties } from '@/lib/i18n/zh-admin-duties';
import { zhPublishedText } from '@/lib/i18n/zh-published-text';
import { createFiledHousehold, createOfficial, createPassedHousehold } from '@/test/approvals';
import { useSeededDatabase } from '@/test/seeded-database';
import { demoAccounts } from '@/test/officials';
import { outcome } from '@/test/action-results';
import { addFix, recordInspection, recordMeeting, recordTraining, resolveFix, saveParty } from './duties';

const PINGAN = '220802100201';
const OTHER_COUNTY_VILLAGE = '220821100201';
const NOW = new Date('2026-11-28T04:00:00Z'); // 12:00 on 2026-11-28 in China
const t = zhAdminDuties.errors;

const database = useSeededDatabase();
let db: Db;
const accounts: Record<string, Official> = {};
let home: number;
let elsewhere: number;
let unfiled: number;
/** Each household's registrant (member 1): trainings and Party records name a member. */
const member: Record<number, number> = {};

beforeAll(async () => {
  db = database.db;
  Object.assign(accounts, await demoAccounts(db));
  accounts['other-county-dpf'] = await createOfficial(db, 'county_dpf', '220821');
  accounts['other-county-org'] = await createOfficial(db, 'county_org', '220821');
  home = await createFiledHousehold(db, PINGAN, NOW);
  elsewhere = await createFiledHousehold(db, OTHER_COUNTY_VILLAGE, NOW);
  unfiled = (await createPassedHousehold(db, PINGAN, NOW)).id;
  for (const m of await db.select({ id: householdMembers.id, householdId: householdMembers.householdId }).from(householdMembers).where(eq(householdMembers.position, 1))) {
    member[m.householdId] = m.id;
  }
});

const lastAudit = async (action: string) =>
  (await db.select({ role: auditLog.role, entityId: auditLog.entityId, summary: auditLog.summary }).from(auditLog).where(eq(auditLog.action, action)).orderBy(auditLog.id)).at(-1);

describe('实用技术培训', () => {
  const form = (householdId: number, extra: Record<string, unknown> = {}) => ({ memberId: String(member[householdId]), skill: '食用菌种植', trainedOn: '2026-10-12', trainer: '洮北区农业技术推广中心', ...extra });

  it('the village, the township and the county DPF record it inside their region; others are refused', async () => {
    const cases: [string, number, string][] = [
      ['village-a', home, 'ok'],
      ['village-b', home, 'region'],
      ['township-party', home, 'ok'],
      ['township-dpf', home, 'ok'],
      ['county-dpf', home, 'ok'],
      ['county-dpf', elsewhere, 'region'],
      ['county-org', home, 'role'],
      ['city', home, 'role'],
      ['admin', home, 'role'],
    ];
    for (const [name, target, expected] of cases) {
      const result = await recordTraining.run(accounts[name]!, form(target), NOW);
      expect([name, outcome(result)]).toEqual([name, expected]);
    }
    expect(await db.select().from(trainings).where(eq(trainings.householdId, elsewhere))).toEqual([]);
  });

  it('needs the skill, the date and the trainer; refuses a future date and an unfiled household', async () => {
    const empty = await recordTraining.run(accounts['village-a']!, { memberId: String(member[home]) }, NOW);
    expect(empty).toMatchObject({ ok: false, message: zhAdmin.errors.fixFields, fieldErrors: { skill: t.skill, trainedOn: t.trainedOn, trainer: t.trainer } });
    const future = await recordTraining.run(accounts['village-a']!, form(home, { trainedOn: '2026-11-29' }), NOW);
    expect(future.ok ? null : future.fieldErrors).toEqual({ trainedOn: zhAdminDuties.errors.partyDate.future });
    expect(outcome(await recordTraining.run(accounts['village-a']!, form(unfiled), NOW))).toBe('rule');
  });

  it('counts distinct skills toward the 1–2 per household, and audits the date only', async () => {
    await recordTraining.run(accounts['village-a']!, form(home, { skill: '电商销售', trainer: '审计培训人' }), NOW);
    expect((await skillCounts(db, [home, unfiled])).get(home)).toBe(2); // 食用菌种植 several times, 电商销售 once
    expect((await skillCounts(db, [unfiled])).get(unfiled)).toBeUndefined();
    const audit = await lastAudit('training.record');
    expect(audit).toMatchObject({ role: 'village', entityId: String(home), summary: { trainedOn: '2026-10-12' } });
    expect(JSON.stringify(audit!.summary)).not.toMatch(/电商|审计/);
  });
});

describe('发展残疾人党员', () => {
  const form = (householdId: number, dates: Record<string, string> = {}) => ({ memberId: String(member[householdId]), appliedOn: '2025-03-01', ...dates });

  it('the village Party organisation, the township Party committee and the county Organisation Department, in their region', async () => {
    const cases: [string, number, string][] = [
      ['township-dpf', home, 'role'],
      ['county-dpf', home, 'role'],
      ['city', home, 'role'],
      ['village-b', home, 'region'],
      ['other-county-org', home, 'region'],
      ['village-a', home, 'ok'],
      ['township-party', home, 'ok'],
      ['county-org', home, 'ok'],
    ];
    for (const [name, target, expected] of cases) expect([name, outcome(await saveParty.run(accounts[name]!, form(target), NOW))]).toEqual([name, expected]);
    expect(await db.select().from(partyDevelopments).where(eq(partyDevelopments.householdId, home))).toHaveLength(1);
  });

  it('moves stages forward in order, with dates not in the future and not before the previous stage', async () => {
    const va = accounts['village-a']!;
    const skipped = await saveParty.run(va, form(home, { candidateOn: '2025-09-01' }), NOW);
    expect(skipped.ok ? null : skipped.fieldErrors).toEqual({ candidateOn: t.partyDate.skipped });
    const early = await saveParty.run(va, form(home, { activistOn: '2025-02-01' }), NOW);
    expect(early.ok ? null : early.fieldErrors).toEqual({ activistOn: t.partyDate.beforePrevious });
    const future = await saveParty.run(va, form(home, { activistOn: '2026-11-29' }), NOW);
    expect(future.ok ? null : future.fieldErrors).toEqual({ activistOn: t.partyDate.future });
    expect(outcome(await saveParty.run(va, form(home, { activistOn: '2025-09-01', candidateOn: '2026-03-01' }), NOW))).toBe('ok');
    const back = await saveParty.run(va, form(home, { activistOn: '2025-09-01' }), NOW);
    expect(back.ok ? null : back.fieldErrors).toEqual({ candidateOn: t.partyDate.movedBack });
    expect(await db.select({ c: partyDevelopments.candidateOn }).from(partyDevelopments).where(eq(partyDevelopments.householdId, home))).toEqual([{ c: '2026-03-01' }]);
    expect(await lastAudit('party.update')).toMatchObject({ entityId: String(home), summary: { memberId: member[home], from: 'applicant', stage: 'candidate' } });
    expect(await saveParty.run(va, { memberId: String(member[home]) }, NOW)).toMatchObject({ ok: false, fieldErrors: { appliedOn: t.appliedOn } });
    expect(await saveParty.run(va, { memberId: '2147483647', appliedOn: '2025-03-01' }, NOW)).toMatchObject({ ok: false, fieldErrors: { memberId: t.memberId } });
  });

  it('the database refuses a stage out of order too', async () => {
    await expect(
      db.insert(partyDevelopments).values({ householdId: unfiled, memberId: member[unfiled]!, appliedOn: '2025-01-01', candidateOn: '2025-06-01' }),
    ).rejects.toThrow();
    // A member of another household is refused by the trigger.
    await expect(
      db.insert(partyDevelopments).values({ householdId: unfiled, memberId: member[home]!, appliedOn: '2025-01-01' }),
    ).rejects.toThrow();
  });

  it('only counts per stage leave the private table, per county, the same for the public and the officials', async () => {
    const officialCounts = await partyStageCounts(db, '220802');
    expect(officialCounts.candidate).toBeGreaterThanOrEqual(1);
    expect(await getPartyStageCounts('220802')).toEqual(officialCounts);
    const [sqlCount] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from party_developments d join households h on h.id = d.household_id
      where left(h.village_code, 6) = '220802' and h.filed_at is not null`);
    expect(Object.values(officialCounts).reduce((a, b) => a + b, 0)).toBe(Number(sqlCount!.n));
    expect(await getPartyStageCounts('220800')).toBeNull();
  });
});

describe('联席会议', () => {
  const form = (extra: Record<string, unknown> = {}) => ({
    heldOn: '2026-11-10',
    body_county_org: 'on',
    body_county_dpf: 'on',
    decisions: '研究落实2027年度帮扶资金',
    publicSummary: '县委组织部、县残联研究了明年的帮扶资金安排。',
    ...extra,
  });

  it('the county DPF and Organisation Department record their county’s meetings; nobody else', async () => {
    for (const [name, expected] of [['county-dpf', 'ok'], ['county-org', 'ok'], ['city', 'role'], ['township-dpf', 'role'], ['village-a', 'role'], ['admin', 'role']] as const) {
      expect([name, outcome(await recordMeeting.run(accounts[name]!, form(), NOW))]).toEqual([name, expected]);
    }
    const rows = await db.select({ county: jointMeetings.countyCode, bodies: jointMeetings.bodies }).from(jointMeetings).where(eq(jointMeetings.decisions, '研究落实2027年度帮扶资金'));
    expect(rows).toEqual([
      { county: '220802', bodies: ['county_org', 'county_dpf'] },
      { county: '220802', bodies: ['county_org', 'county_dpf'] },
    ]);
    expect(await lastAudit('meeting.record')).toMatchObject({ role: 'county_org', summary: { countyCode: '220802', heldOn: '2026-11-10', public: true } });
  });

  it('needs two bodies (other counts), the decisions and a date not in the future; the summary is optional', async () => {
    const cd = accounts['county-dpf']!;
    const one = await recordMeeting.run(cd, form({ body_county_org: undefined }), NOW);
    expect(one.ok ? null : one.fieldErrors).toEqual({ bodies: t.bodies });
    expect(outcome(await recordMeeting.run(cd, form({ body_county_org: undefined, otherBodies: '县卫生健康局', publicSummary: '' }), NOW))).toBe('ok');
    const [row] = await db.select({ s: jointMeetings.publicSummary, o: jointMeetings.otherBodies }).from(jointMeetings).where(eq(jointMeetings.otherBodies, '县卫生健康局'));
    expect(row).toEqual({ s: null, o: '县卫生健康局' });
    const empty = await recordMeeting.run(cd, {}, NOW);
    expect(empty.ok ? null : Object.keys(empty.fieldErrors).sort()).toEqual(['decisions', 'heldOn']);
    expect(outcome(await recordMeeting.run(cd, form({ heldOn: '2026-11-29' }), NOW))).toBe('rule');
  });

  it('the county page shows only meetings with a public summary, and only the summary', async () => {
    const shown = await getPublicMeetings('220802');
    expect(shown.length).toBeGreaterThanOrEqual(2);
    for (const m of shown) expect(Object.keys(m).sort()).toEqual(['heldOn', 'id', 'summary']);
    expect(shown.some((m) => m.summary === '')).toBe(false);
    expect(await getPublicMeetings('220800')).toEqual([]); // the city is no county
  });

  it('refuses personal numbers in the public summary', async () => {
    const r = await recordMeeting.run(accounts['county-dpf']!, form({ publicSummary: '联系人13912345678' }), NOW);
    expect(r.ok ? null : r.fieldErrors).toEqual({ publicSummary: zhPublishedText.personalNumbers(['mobile']) });
  });
});

describe('督导检查', () => {
  const form = (regionCode: string, extra: Record<string, unknown> = {}) => ({
    regionCode,
    inspectedOn: '2026-10-20',
    findings: '部分回访记录不完整',
    requirement1: '补齐回访记录',
    dueOn1: '2026-11-20',
    requirement2: '落实小额贷款担保',
    dueOn2: '2026-12-31',
    ...extra,
  });

  it('the city inspects below it, a county below it; never itself, a sibling or above', async () => {
    const cases: [string, string, string][] = [
      ['city', '220802', 'ok'],
      ['city', '220800', 'region'],
      ['county-dpf', '220802100', 'ok'],
      ['county-org', '220802100201', 'ok'],
      ['county-dpf', '220802', 'region'],
      ['county-dpf', '220821100', 'region'],
      ['county-dpf', '220800', 'region'],
      ['township-dpf', '220802100201', 'role'],
      ['village-a', '220802100201', 'role'],
    ];
    for (const [name, region, expected] of cases) expect([name, region, outcome(await recordInspection.run(accounts[name]!, form(region), NOW))]).toEqual([name, region, expected]);
    const made = await db.select({ by: inspections.inspectorRegionCode, of: inspections.regionCode }).from(inspections).where(eq(inspections.findings, '部分回访记录不完整'));
    expect(made).toEqual([
      { by: '220800', of: '220802' },
      { by: '220802', of: '220802100' },
      { by: '220802', of: '220802100201' },
    ]);
  });

  it('checks each fix: a due date with every requirement, not before the inspection', async () => {
    const cd = accounts['county-dpf']!;
    const missing = await recordInspection.run(cd, form('220802100', { dueOn1: '' , requirement2: '' }), NOW);
    expect(missing.ok ? null : missing.fieldErrors).toEqual({ dueOn1: t.fixMissingDue, requirement2: t.fixMissingRequirement });
    const early = await recordInspection.run(cd, form('220802100', { dueOn2: '2026-10-19' }), NOW);
    expect(early.ok ? null : early.fieldErrors).toEqual({ dueOn2: t.dueBeforeInspection });
    const empty = await recordInspection.run(cd, {}, NOW);
    expect(empty.ok ? null : Object.keys(empty.fieldErrors).sort()).toEqual(['findings', 'inspectedOn', 'regionCode']);
  });

  it('an overdue fix shows on the inspected region’s dashboards until it is fixed, and the audit rows follow', async () => {
    const city = accounts['city']!;
    const made = await recordInspection.run(city, form('220802', { findings: '逾期整改测试', requirement2: '', dueOn2: '' }), NOW);
    expect(made.ok).toBe(true);
    const inspectionId = made.ok ? (made.value as number) : 0;
    expect(await lastAudit('inspection.record')).toMatchObject({ role: 'city', entityId: String(inspectionId), summary: { regionCode: '220802', fixes: ['2026-11-20'] } });
    const [fix] = await db.select().from(inspectionFixes).where(eq(inspectionFixes.inspectionId, inspectionId));
    const onDashboard = async (name: string) => (await overdueFixes(accounts[name]!, NOW)).some((f) => f.fixId === fix!.id);
    expect(await onDashboard('county-dpf')).toBe(true);
    expect(await onDashboard('city')).toBe(true);
    expect(await onDashboard('other-county-dpf')).toBe(false);
    expect(await onDashboard('township-dpf')).toBe(false); // the county was inspected, not the township
    expect((await overdueFixes(accounts['county-dpf']!, new Date('2026-11-20T04:00:00Z'))).some((f) => f.fixId === fix!.id)).toBe(false); // due today: not yet

    // Adding a fix is the inspector's; recording it done is the inspected county's (or the inspector's).
    expect(outcome(await addFix.run(accounts['county-dpf']!, { inspectionId: String(inspectionId), requirement: '再查', dueOn: '2026-12-01' }, NOW))).toBe('region');
    expect(outcome(await addFix.run(city, { inspectionId: String(inspectionId), requirement: '再查', dueOn: '2026-10-01' }, NOW))).toBe('rule');
    expect(outcome(await addFix.run(city, { inspectionId: String(inspectionId), requirement: '再查', dueOn: '2026-12-01' }, NOW))).toBe('ok');
    expect(await lastAudit('inspection.fix_add')).toMatchObject({ entityId: String(inspectionId), summary: { dueOn: '2026-12-01' } });

    const resolve = { fixId: String(fix!.id), fixedOn: '2026-11-25', fixNote: '已补齐回访记录' };
    expect(outcome(await resolveFix.run(accounts['other-county-dpf']!, resolve, NOW))).toBe('region');
    expect((await resolveFix.run(accounts['county-org']!, { fixId: String(fix!.id) }, NOW)).ok ? null : 'refused').toBe('refused');
    const before = await resolveFix.run(accounts['county-org']!, { ...resolve, fixedOn: '2026-10-19' }, NOW);
    expect(before.ok ? null : before.fieldErrors).toEqual({ fixedOn: t.fixedBeforeInspection });
    expect(outcome(await resolveFix.run(accounts['county-org']!, resolve, NOW))).toBe('ok');
    expect(await onDashboard('county-dpf')).toBe(false);
    expect(await resolveFix.run(accounts['county-org']!, resolve, NOW)).toMatchObject({ ok: false, message: t.fixDone });
    expect(await lastAudit('inspection.fix_done')).toMatchObject({ role: 'county_org', summary: { fixId: fix!.id, fixedOn: '2026-11-25' } });
    const [listed] = (await listInspections(accounts['county-dpf']!, NOW)).filter((i) => i.id === inspectionId);
    expect(listed!.fixes.map((f) => f.state)).toEqual(['fixed', 'open']);
  });

  it('the database refuses an inspection of a region not below the inspector', async () => {
    await expect(db.insert(inspections).values({ inspectorRegionCode: '220802', regionCode: '220821100', inspectedOn: '2026-10-01', findings: 'x' })).rejects.toThrow();
    await expect(db.insert(inspections).values({ inspectorRegionCode: '220800', regionCode: '220800', inspectedOn: '2026-10-01', findings: 'x' })).rejects.toThrow();
  });
});

describe('工作档案', () => {
  it('gathers a county’s or a township’s records for those who may see it', async () => {
    const file = await getWorkFile(accounts['county-dpf']!, '220802', NOW);
    expect(file).toMatchObject({ code: '220802', level: 'county' });
    expect(file!.meetings.length).toBeGreaterThanOrEqual(2);
    expect(file!.inspections.length).toBeGreaterThanOrEqual(1);
    expect(file!.trainingSessions).toBeGreaterThanOrEqual(1);
    expect(await getWorkFile(accounts['township-dpf']!, '220802100', NOW)).toMatchObject({ level: 'township' });
    expect(await getWorkFile(accounts['township-dpf']!, '220802', NOW)).toBeNull(); // above its region
    expect(await getWorkFile(accounts['other-county-dpf']!, '220802', NOW)).toBeNull();
    expect(await getWorkFile(accounts['village-a']!, '220802100', NOW)).toBeNull(); // the role
    expect(await getWorkFile(accounts['county-dpf']!, '220802100201', NOW)).toBeNull(); // a village has no work file
  });
});

