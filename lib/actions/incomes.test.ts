// Income follow-up (收入跟踪) against a real database: who may record and confirm where, one figure per
// household and year, corrections until confirmed, and "out of poverty" only at or above the threshold.
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { auditLog, guaranteeKinds, guarantees, householdMembers, incomeProjects, incomeRecords, programmes, trainings } from '@/db/schema';
import type { Official } from '@/lib/auth/official';
import { getIncomeHistory } from '@/lib/data/officials/incomes';
import { zhAdmin } from '@/lib/i18n/zh-admin';
import { zhAdminHelp } from '@/lib/i18n/zh-admin-help';
import { createFiledHousehold, createOfficial, createPassedHousehold } from '@/test/approvals';
import { useSeededDatabase } from '@/test/seeded-database';
import { demoAccounts } from '@/test/officials';
import { outcome } from '@/test/action-results';
import { confirmIncome, recordIncome, updateIncome } from './incomes';

const PINGAN = '220802100201';
const OTHER_TOWNSHIP = '220802101201';
const OTHER_COUNTY = '220821100201';
const NOW = new Date('2026-11-28T04:00:00Z'); // 2026 in China: only 2026 may be recorded for a 2026 household
const IN_2028 = new Date('2028-03-01T04:00:00Z'); // 2026, 2027 and 2028 may be recorded
const t = zhAdminHelp.errors;

const database = useSeededDatabase();
let db: Db;
let threshold: number;
const accounts: Record<string, Official> = {};

const filed = (villageCode = PINGAN) => createFiledHousehold(db, villageCode, NOW);

/**
 * 稳定脱贫 needs, besides the income, every member in 新农合 and 新农保 with 低保 settled, secure housing, a
 * member trained in a practical skill and an income project (lib/domain/stable-exit.ts, lib/data/stable-exit.ts).
 */
async function helpInPlace(id: number): Promise<void> {
  await db.insert(guarantees).values(guaranteeKinds.map((kind) => ({ householdId: id, kind, securedOn: '2026-01-05' })));
  await db.update(householdMembers).set({ ruralMedical: true, ruralPension: true, dibao: 'granted' }).where(eq(householdMembers.householdId, id));
  await db.insert(incomeProjects).values({ householdId: id, description: '养殖肉牛', startedOn: '2026-01-05' });
  // The registrant (position 1, made with the household by migration 0017's trigger) is the one trained.
  const [registrant] = await db
    .select({ id: householdMembers.id })
    .from(householdMembers)
    .where(and(eq(householdMembers.householdId, id), eq(householdMembers.position, 1)));
  await db.insert(trainings).values({ householdId: id, memberId: registrant!.id, skill: '肉牛养殖', trainedOn: '2026-01-05', trainer: '县畜牧站' });
}

beforeAll(async () => {
  db = database.db;
  Object.assign(accounts, await demoAccounts(db));
  threshold = (await db.select({ v: programmes.incomeThreshold }).from(programmes).limit(1))[0]!.v;
  expect(threshold).toBe(2800);
});

const record = (official: Official, householdId: number, year: number, income: number | string, at = NOW) =>
  recordIncome.run(official, { householdId: String(householdId), year: String(year), incomePerCapita: String(income) }, at);
const recordIdOf = async (householdId: number, year: number) =>
  (await db.select({ id: incomeRecords.id }).from(incomeRecords).where(and(eq(incomeRecords.householdId, householdId), eq(incomeRecords.year, year))))[0]!.id;

describe('who may record an income, and where', () => {
  it('the village, the township DPF and the county DPF, inside their region only', async () => {
    const home = await filed();
    const otherTownship = await filed(OTHER_TOWNSHIP);
    const otherCounty = await filed(OTHER_COUNTY);
    // Each allowed official records a different year (2026–2028 are open in 2028).
    const cases: [string, number, number, 'ok' | 'role' | 'region'][] = [
      ['village-a', home, 2026, 'ok'],
      ['village-b', home, 2027, 'region'],
      ['township-dpf', home, 2027, 'ok'],
      ['township-dpf', otherTownship, 2027, 'region'],
      ['county-dpf', home, 2028, 'ok'],
      ['county-dpf', otherTownship, 2028, 'ok'],
      ['county-dpf', otherCounty, 2028, 'region'],
      ['township-party', home, 2028, 'role'],
      ['county-org', home, 2028, 'role'],
      ['city', home, 2028, 'role'],
      ['admin', home, 2028, 'role'],
    ];
    for (const [username, target, year, expected] of cases) {
      const result = await record(accounts[username]!, target, year, 2500, IN_2028);
      expect([username, target, outcome(result)]).toEqual([username, target, expected]);
      if (expected !== 'ok') expect(result.message).toBe(expected === 'role' ? zhAdmin.errors.role : zhAdmin.errors.region);
    }
    expect((await db.select().from(incomeRecords).where(eq(incomeRecords.householdId, home))).map((r) => r.year).sort()).toEqual([2026, 2027, 2028]);
  });
});

describe('recording and correcting', () => {
  it('names the missing fields and keeps the year within the household’s years up to now', async () => {
    const home = await filed();
    const empty = await recordIncome.run(accounts['village-a']!, { householdId: String(home) }, NOW);
    expect(empty).toMatchObject({ ok: false, fieldErrors: { year: t.year, incomePerCapita: t.incomePerCapita } });
    const negative = await record(accounts['village-a']!, home, 2026, -1);
    expect(negative.ok ? null : negative.fieldErrors).toEqual({ incomePerCapita: t.incomeRange });
    const nextYear = await record(accounts['village-a']!, home, 2027, 3000);
    expect(nextYear).toMatchObject({ ok: false, message: t.yearRange(2026, 2026), fieldErrors: { year: t.yearRange(2026, 2026) } });
    const before = await record(accounts['village-a']!, home, 2025, 3000, IN_2028);
    expect(before.ok ? null : before.fieldErrors.year).toBe(t.yearRange(2026, 2028));
  });

  it('keeps one figure per household and year (the unique key answers the second one)', async () => {
    const home = await filed();
    expect(await record(accounts['village-a']!, home, 2026, 2600)).toMatchObject({ ok: true, redirectTo: `/admin/incomes/${home}?saved=recorded` });
    const again = await record(accounts['county-dpf']!, home, 2026, 2700);
    expect(again).toMatchObject({ ok: false, message: t.incomeDuplicate, fieldErrors: { year: t.incomeDuplicate }, refused: 'rule' });
    const rows = await db.select().from(incomeRecords).where(eq(incomeRecords.householdId, home));
    expect(rows.map((r) => [r.year, r.incomePerCapita, r.recordedBy])).toEqual([[2026, 2600, accounts['village-a']!.id]]);
  });

  it('lets the figure be corrected until the county confirms it, then never', async () => {
    const home = await filed();
    await record(accounts['village-a']!, home, 2026, 2600);
    const id = String(await recordIdOf(home, 2026));
    expect(outcome(await updateIncome.run(accounts['township-dpf']!, { recordId: id, incomePerCapita: '2650' }, NOW))).toBe('ok');
    expect(outcome(await updateIncome.run(accounts['village-b']!, { recordId: id, incomePerCapita: '9999' }, NOW))).toBe('region');
    expect(outcome(await updateIncome.run(accounts['county-org']!, { recordId: id, incomePerCapita: '9999' }, NOW))).toBe('role');
    expect(outcome(await confirmIncome.run(accounts['county-org']!, { recordId: id }, NOW))).toBe('ok');
    const locked = await updateIncome.run(accounts['village-a']!, { recordId: id, incomePerCapita: '3000' }, NOW);
    expect(locked).toMatchObject({ ok: false, message: t.incomeConfirmed, fieldErrors: { incomePerCapita: t.incomeConfirmed } });
    const twice = await confirmIncome.run(accounts['county-dpf']!, { recordId: id }, NOW);
    expect(twice).toMatchObject({ ok: false, message: t.alreadyConfirmed });
    const [row] = await db.select().from(incomeRecords).where(eq(incomeRecords.id, Number(id)));
    expect(row).toMatchObject({ incomePerCapita: 2650, confirmedBy: accounts['county-org']!.id, confirmedAt: NOW });
  });

  it('refuses a record id that does not exist', async () => {
    const missing = await confirmIncome.run(accounts['county-dpf']!, { recordId: '2000000000' }, NOW);
    expect(missing).toMatchObject({ ok: false, fieldErrors: { recordId: t.recordId } });
  });

  it('refuses a household that is not filed', async () => {
    const { id } = await createPassedHousehold(db, PINGAN, NOW);
    expect(await record(accounts['village-a']!, id, 2026, 2000)).toMatchObject({ ok: false, message: t.notFiled, refused: 'rule' });
  });
});

describe('confirming: the county, inside its region', () => {
  it('county DPF and Organisation Department only; nobody outside the county', async () => {
    const home = await filed();
    const otherCounty = await filed(OTHER_COUNTY);
    for (const year of [2026, 2027]) await record(accounts['village-a']!, home, year, 2000, IN_2028);
    const villageThere = await createOfficial(db, 'village', OTHER_COUNTY);
    await record(villageThere, otherCounty, 2026, 2000);
    const countyThere = await createOfficial(db, 'county_dpf', OTHER_COUNTY.slice(0, 6));

    const cases: [Official, number, number, 'ok' | 'role' | 'region'][] = [
      [accounts['village-a']!, home, 2026, 'role'],
      [accounts['township-party']!, home, 2026, 'role'],
      [accounts['township-dpf']!, home, 2026, 'role'],
      [accounts['city']!, home, 2026, 'role'],
      [accounts['admin']!, home, 2026, 'role'],
      [countyThere, home, 2026, 'region'],
      [accounts['county-dpf']!, otherCounty, 2026, 'region'],
      [accounts['county-org']!, otherCounty, 2026, 'region'],
      [accounts['county-dpf']!, home, 2026, 'ok'],
      [accounts['county-org']!, home, 2027, 'ok'],
      [countyThere, otherCounty, 2026, 'ok'],
    ];
    for (const [official, household, year, expected] of cases) {
      const result = await confirmIncome.run(official, { recordId: String(await recordIdOf(household, year)) }, IN_2028);
      expect([official.username, household, year, outcome(result)]).toEqual([official.username, household, year, expected]);
    }
  });
});

describe('out of poverty (稳定脱贫)', () => {
  it('only once the county confirms a figure at or above the threshold', async () => {
    const below = await filed();
    const at = await filed();
    const above = await filed();
    for (const id of [below, at, above]) await helpInPlace(id);
    await record(accounts['village-a']!, below, 2026, threshold - 1);
    await record(accounts['village-a']!, at, 2026, threshold);
    await record(accounts['village-a']!, above, 2026, threshold + 1200);
    const va = accounts['village-a']!;
    // recorded but not confirmed: nobody is out yet
    for (const id of [below, at, above]) expect((await getIncomeHistory(va, id, NOW))!.exitYear).toBeNull();

    const confirm = async (id: number) => confirmIncome.run(accounts['county-dpf']!, { recordId: String(await recordIdOf(id, 2026)) }, NOW);
    expect(await confirm(below)).toMatchObject({ ok: true, value: { exitYear: null } });
    expect(await confirm(at)).toMatchObject({ ok: true, value: { exitYear: 2026 } });
    expect(await confirm(above)).toMatchObject({ ok: true, value: { exitYear: 2026 } });
    expect((await getIncomeHistory(va, below, NOW))!.exitYear).toBeNull();
    expect((await getIncomeHistory(va, at, NOW))!.exitYear).toBe(2026);
    expect((await getIncomeHistory(va, above, NOW))!.exitYear).toBe(2026);

    const [audit] = await db
      .select({ summary: auditLog.summary })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'income.confirm'), eq(auditLog.entityId, String(at))));
    expect(audit!.summary).toMatchObject({ year: 2026, incomePerCapita: threshold, threshold, outOfPovertySince: 2026 });
  });

  it('keeps the history: each year, its figure, and which body recorded and confirmed it', async () => {
    const home = await filed();
    await helpInPlace(home);
    await record(accounts['village-a']!, home, 2026, 2500, IN_2028);
    await record(accounts['township-dpf']!, home, 2027, 3000, IN_2028);
    await confirmIncome.run(accounts['county-org']!, { recordId: String(await recordIdOf(home, 2027)) }, IN_2028);
    const history = await getIncomeHistory(accounts['township-party']!, home, IN_2028);
    expect(history!.records.map((r) => [r.year, r.incomePerCapita, r.recordedBy, r.confirmedBy?.role ?? null])).toEqual([
      [2026, 2500, accounts['village-a']!.displayName, null],
      [2027, 3000, accounts['township-dpf']!.displayName, 'county_org'],
    ]);
    expect(history!.records[1]!.confirmedBy!.name).toBe(accounts['county-org']!.displayName);
    expect(history!.exitYear).toBe(2027);
    expect(history!.openYears).toEqual([2028]);
    expect(await getIncomeHistory(accounts['village-b']!, home, IN_2028)).toBeNull();
  });
});
