// Approval and filing (审批建档) against a real database: who may decide which step where, the order
// of the steps, returns and rounds, filing, dates, concurrency and the audit row.
import { and, asc, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { approvals, auditLog, households } from '@/db/schema';
import type { Official } from '@/lib/auth/official';
import { APPROVAL_STEPS, type ApprovalStep } from '@/lib/domain/approval';
import { addDays, chinaDateString, startOfChinaDay } from '@/lib/domain/time';
import { agreeSteps, approversFor, countRows, createPassedHousehold, demoApprovers } from '@/test/approvals';
import { useSeededDatabase } from '@/test/seeded-database';
import { demoOfficials } from '@/test/officials';
import { decideApproval } from './approvals';

const PINGAN = '220802100201'; // 平安村委会, 平安镇, 洮北区: the demo accounts' village
const JIEBEI = '220821100201'; // 街北村委会, 镇赉镇, 镇赉县: outside every demo account but the city's

const database = useSeededDatabase();
let db: Db;
let now: Date;
let demo: Record<ApprovalStep, Official>;
let city: Official;
let admin: Official;

beforeAll(async () => {
  db = database.db;
  now = database.seededAt;
  demo = await demoApprovers(db);
  ({ city, admin } = await demoOfficials(db));
});

const decide = (official: Official | null, input: Record<string, unknown>, at = now) => decideApproval.run(official, input, at);
const agree = (official: Official, householdId: number, at = now) => decide(official, { householdId, decision: 'agree', opinion: '同意' }, at);

async function rowsOf(householdId: number) {
  return db
    .select({ round: approvals.round, step: approvals.step, decision: approvals.decision, decidedOn: approvals.decidedOn, officialId: approvals.officialId })
    .from(approvals)
    .where(eq(approvals.householdId, householdId))
    .orderBy(asc(approvals.id));
}

async function filedAtOf(householdId: number): Promise<Date | null> {
  const [row] = await db.select({ filedAt: households.filedAt }).from(households).where(eq(households.id, householdId));
  return row!.filedAt;
}

describe('who may decide each step', () => {
  it('every role tries every step inside and outside its region: only the step’s own role, in region, succeeds', async () => {
    const inside = await createPassedHousehold(db, PINGAN, now);
    const outside = await createPassedHousehold(db, JIEBEI, now);
    const local = await approversFor(db, JIEBEI); // the five bodies of 街北村委会, 镇赉镇, 镇赉县
    const everyone = [...Object.values(demo), city, admin];

    for (const [i, step] of APPROVAL_STEPS.entries()) {
      // Inside the demo accounts' region: the other roles are refused, the city and admin by role.
      for (const official of everyone.filter((o) => o.role !== step)) {
        const result = await agree(official, inside.id);
        expect(result.ok, `${official.username} on step ${step}`).toBe(false);
        if (!result.ok) expect(result.refused).toBe(official.role === 'city' || official.role === 'admin' ? 'role' : 'rule');
      }
      // The 镇赉县 bodies, even the one whose step it is, are outside this household's region.
      for (const official of Object.values(local)) {
        const result = await agree(official, inside.id);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.refused).toBe('region');
      }
      expect(await rowsOf(inside.id)).toHaveLength(i);
      expect((await agree(demo[step], inside.id)).ok).toBe(true);

      // Outside the demo accounts' region: every demo account is refused, then the local body decides.
      for (const official of everyone) {
        const result = await agree(official, outside.id);
        expect(result.ok, `${official.username} outside, step ${step}`).toBe(false);
        if (!result.ok) expect(result.refused).toBe(official.role === 'city' || official.role === 'admin' ? 'role' : 'region');
      }
      for (const official of Object.values(local).filter((o) => o.role !== step)) {
        expect((await agree(official, outside.id)).ok).toBe(false);
      }
      expect((await agree(local[step], outside.id)).ok).toBe(true);
    }

    const insideRows = await rowsOf(inside.id);
    expect(insideRows.map((r) => [r.round, r.step, r.decision, r.officialId])).toEqual(
      APPROVAL_STEPS.map((s) => [1, s, 'agree', demo[s].id]),
    );
    expect((await rowsOf(outside.id)).map((r) => r.officialId)).toEqual(APPROVAL_STEPS.map((s) => local[s].id));
    expect(await filedAtOf(inside.id)).toEqual(now);
    expect(await filedAtOf(outside.id)).toEqual(now);
  });

  it('refuses a signed-out caller before anything else', async () => {
    const h = await createPassedHousehold(db, PINGAN, now);
    expect(await decide(null, { householdId: h.id, decision: 'agree', opinion: '同意' })).toMatchObject({ ok: false, refused: 'signed_out' });
    expect(await rowsOf(h.id)).toEqual([]);
  });
});

describe('order of the steps', () => {
  it('a step whose previous step has not agreed in this round is refused, and says what it waits for', async () => {
    const h = await createPassedHousehold(db, PINGAN, now);
    const early = await agree(demo.county_org, h.id);
    expect(early).toMatchObject({ ok: false, refused: 'rule' });
    expect(early.message).toContain('村党组织审核');
    expect((await agree(demo.township_party, h.id)).ok).toBe(false);

    expect((await agree(demo.village, h.id)).ok).toBe(true);
    const again = await agree(demo.village, h.id);
    expect(again).toMatchObject({ ok: false, refused: 'rule', message: '您的环节已经作出了决定' });
    const skip = await agree(demo.township_dpf, h.id);
    expect(skip.ok).toBe(false);
    expect(skip.message).toContain('乡镇党委审核');
    expect((await agree(demo.township_party, h.id)).ok).toBe(true);
    expect((await rowsOf(h.id)).map((r) => r.step)).toEqual(['village', 'township_party']);
  });

  it('refuses households that did not pass a notice, and unknown ones', async () => {
    const [listed] = await db
      .select({ id: households.id })
      .from(households)
      .where(and(eq(households.villageCode, PINGAN), eq(households.status, 'listed')))
      .limit(1);
    expect(listed).toBeDefined();
    expect(await agree(demo.village, listed!.id)).toMatchObject({ ok: false, refused: 'rule', message: '这户没有通过公示，不能审批建档' });
    expect(await agree(demo.village, 2_000_000_000)).toMatchObject({ ok: false, refused: 'rule' });
    expect(await rowsOf(listed!.id)).toEqual([]);
  });
});

describe('return and rounds', () => {
  it('a return ends the round; the next round starts at the village and runs all five steps again', async () => {
    const h = await createPassedHousehold(db, PINGAN, now);
    await agreeSteps(h.id, demo, 2, now);
    const returned = await decide(demo.township_dpf, { householdId: h.id, decision: 'return', opinion: '登记表家庭人口与户口簿不一致，请核实' });
    expect(returned).toMatchObject({ ok: true, value: { round: 1, step: 'township_dpf', decision: 'return', effect: 'returned' } });
    expect(returned.ok && returned.redirectTo).toBe(`/admin/approvals/${h.id}?decided=returned`);

    // The agreements of round 1 do not carry over: the township waits for the village again.
    expect((await agree(demo.township_party, h.id)).ok).toBe(false);
    expect((await agree(demo.county_dpf, h.id)).ok).toBe(false);
    const resubmitted = await agree(demo.village, h.id);
    expect(resubmitted).toMatchObject({ ok: true, value: { round: 2, step: 'village' } });
    for (const step of APPROVAL_STEPS.slice(1)) expect((await agree(demo[step], h.id)).ok).toBe(true);

    expect((await rowsOf(h.id)).map((r) => `${r.round}:${r.step}:${r.decision}`)).toEqual([
      '1:village:agree',
      '1:township_party:agree',
      '1:township_dpf:return',
      ...APPROVAL_STEPS.map((s) => `2:${s}:agree`),
    ]);
    expect(await filedAtOf(h.id)).toEqual(now);
  });
});

describe('filing', () => {
  it('sets filedAt only at the county organisation department’s agreement, in the same transaction', async () => {
    const h = await createPassedHousehold(db, PINGAN, now);
    for (const step of APPROVAL_STEPS.slice(0, 4)) {
      expect((await agree(demo[step], h.id)).ok).toBe(true);
      expect(await filedAtOf(h.id)).toBeNull();
    }
    // A return at the last step files nothing.
    expect((await decide(demo.county_org, { householdId: h.id, decision: 'return', opinion: '材料不全' })).ok).toBe(true);
    expect(await filedAtOf(h.id)).toBeNull();
    await agreeSteps(h.id, demo, 4, now);
    const later = new Date(now.getTime() + 60_000);
    const filed = await agree(demo.county_org, h.id, later);
    expect(filed).toMatchObject({ ok: true, value: { effect: 'filed', round: 2 }, redirectTo: `/admin/approvals/${h.id}?decided=filed` });
    expect(await filedAtOf(h.id)).toEqual(later);

    // Filed: nothing is left to decide, for anyone.
    for (const step of APPROVAL_STEPS) {
      expect(await agree(demo[step], h.id, later)).toMatchObject({ ok: false, message: '这户已经建档，不需要再审核' });
    }
  });
});

describe('the decision date', () => {
  it('defaults to today in China time, from the server clock', async () => {
    // 17:30 UTC is already the next day in China.
    const lateUtc = new Date(`${now.toISOString().slice(0, 10)}T17:30:00Z`);
    const h = await createPassedHousehold(db, PINGAN, lateUtc);
    expect((await agree(demo.village, h.id, lateUtc)).ok).toBe(true);
    const [row] = await rowsOf(h.id);
    expect(row!.decidedOn).toBe(chinaDateString(lateUtc));
    expect(row!.decidedOn).toBe(addDays(lateUtc.toISOString().slice(0, 10), 1));
  });

  it('may not be in the future, before the notice closed, or before the previous step; a past date is kept', async () => {
    const h = await createPassedHousehold(db, PINGAN, now);
    const today = chinaDateString(now);
    const closedOn = chinaDateString(h.closedAt);
    const with_ = (official: Official, decidedOn: string) => decide(official, { householdId: h.id, decision: 'agree', opinion: '同意', decidedOn });

    const tomorrow = await with_(demo.village, addDays(today, 1));
    expect(tomorrow).toMatchObject({ ok: false, refused: 'rule', fieldErrors: { decidedOn: '审核日期不能晚于今天' } });
    // one second before China midnight, "tomorrow" is still the future; at midnight it is today
    const midnight = startOfChinaDay(addDays(today, 1));
    expect((await decide(demo.village, { householdId: h.id, decision: 'agree', opinion: '同意', decidedOn: addDays(today, 1) }, new Date(midnight.getTime() - 1000))).ok).toBe(false);

    const early = await with_(demo.village, addDays(closedOn, -1));
    expect(early).toMatchObject({ ok: false, fieldErrors: { decidedOn: `审核日期不能早于公示办结的日期（${closedOn}）` } });
    expect(await with_(demo.village, '2026-02-30')).toMatchObject({ ok: false, fieldErrors: { decidedOn: expect.any(String) } });
    expect(await with_(demo.village, '28/11/2026')).toMatchObject({ ok: false, fieldErrors: { decidedOn: expect.any(String) } });
    expect(await rowsOf(h.id)).toEqual([]);

    const villageOn = addDays(closedOn, 3);
    expect((await with_(demo.village, villageOn)).ok).toBe(true);
    const beforeVillage = await with_(demo.township_party, addDays(villageOn, -1));
    expect(beforeVillage).toMatchObject({ ok: false, fieldErrors: { decidedOn: `审核日期不能早于上一环节的审核日期（${villageOn}）` } });
    expect((await with_(demo.township_party, villageOn)).ok).toBe(true);
    expect((await rowsOf(h.id)).map((r) => r.decidedOn)).toEqual([villageOn, villageOn]);

    // The first decision after midnight China time may be dated the new day.
    const h2 = await createPassedHousehold(db, PINGAN, now);
    expect((await decide(demo.village, { householdId: h2.id, decision: 'agree', opinion: '同意', decidedOn: addDays(today, 1) }, midnight)).ok).toBe(true);
  });
});

describe('form fields', () => {
  it('each missing or wrong field gets its own Chinese message', async () => {
    const h = await createPassedHousehold(db, PINGAN, now);
    const form = new FormData();
    form.set('householdId', String(h.id));
    form.set('opinion', '   ');
    form.set('decidedOn', '');
    const result = await decide(demo.village, form as unknown as Record<string, unknown>);
    expect(result).toMatchObject({ ok: false, fieldErrors: { decision: '请选择同意或退回', opinion: '请填写审核意见' } });
    expect(await decide(demo.village, { householdId: 'abc', decision: 'agree', opinion: '同意' })).toMatchObject({
      ok: false,
      fieldErrors: { householdId: '请从审批建档列表中选择帮扶对象' },
    });
    expect(await decide(demo.village, { householdId: h.id, decision: 'maybe', opinion: '同意' })).toMatchObject({
      ok: false,
      fieldErrors: { decision: '请选择同意或退回' },
    });
    expect(await decide(demo.village, { householdId: h.id, decision: 'agree', opinion: '很'.repeat(501) })).toMatchObject({
      ok: false,
      fieldErrors: { opinion: '审核意见不能超过500个字' },
    });
    expect(await rowsOf(h.id)).toEqual([]);
  });

  it('takes a form as the Server Action receives it (strings), trimming the opinion', async () => {
    const h = await createPassedHousehold(db, PINGAN, now);
    const form = new FormData();
    form.set('householdId', String(h.id));
    form.set('decision', 'agree');
    form.set('opinion', '  经入户核实，情况属实，同意上报。 ');
    form.set('decidedOn', chinaDateString(now));
    expect((await decideApproval.run(demo.village, form, now)).ok).toBe(true);
    const [row] = await db.select({ opinion: approvals.opinion }).from(approvals).where(eq(approvals.householdId, h.id));
    expect(row!.opinion).toBe('经入户核实，情况属实，同意上报。');
  });
});

describe('concurrency', () => {
  it('two decisions for the same step at once: exactly one lands', async () => {
    const h = await createPassedHousehold(db, PINGAN, now);
    const secondVillage = (await approversFor(db, PINGAN)).village; // another account of the same village
    const results = await Promise.all([
      decide(demo.village, { householdId: h.id, decision: 'agree', opinion: '同意上报' }),
      decide(secondVillage, { householdId: h.id, decision: 'return', opinion: '需补充材料' }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const refused = results.find((r) => !r.ok)!;
    expect(['您的环节已经作出了决定', '这一环节已经有人作出了决定，请刷新页面查看']).toContain(refused.message);
    expect(await rowsOf(h.id)).toHaveLength(1);
    expect(await countRows(db, sql`select count(*) as n from audit_log where action = 'approval.decide' and entity_id = ${String(h.id)}`)).toBe(1);
  });
});

describe('audit', () => {
  it('records who decided which step, with public facts only', async () => {
    const h = await createPassedHousehold(db, PINGAN, now);
    const opinion = `经核实${h.fullName}家情况属实，同意上报`;
    expect((await decide(demo.village, { householdId: h.id, decision: 'agree', opinion })).ok).toBe(true);
    const rows = await db
      .select({ officialId: auditLog.officialId, role: auditLog.role, entityType: auditLog.entityType, summary: auditLog.summary, at: auditLog.at })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'approval.decide'), eq(auditLog.entityId, String(h.id))));
    expect(rows).toEqual([
      { officialId: demo.village.id, role: 'village', entityType: 'household', summary: { step: 'village', decision: 'agree', round: 1 }, at: now },
    ]);
    expect(JSON.stringify(rows[0]!.summary)).not.toContain(h.fullName);
  });

  it('writes nothing when a decision is refused', async () => {
    const h = await createPassedHousehold(db, PINGAN, now);
    await agree(demo.county_org, h.id);
    await decide(demo.village, { householdId: h.id, decision: 'agree', opinion: '同意', decidedOn: '2099-01-01' });
    expect(await countRows(db, sql`select count(*) as n from audit_log where entity_type = 'household' and entity_id = ${String(h.id)}`)).toBe(0);
  });
});
