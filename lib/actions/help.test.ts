// Help measures (帮扶措施) against a real database, through the same `run` the Server Actions call: who may
// record them where, field messages, the filed-household rule, the helper limit and the audit rows.
// The households are made here (passed a real notice, then filed through every approval step), so
// whatever the demo's post-notice rows hold cannot change what these tests check.
import { and, count, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { auditLog, guarantees, helpers, households, incomeProjects, pairings, supports } from '@/db/schema';
import type { Official } from '@/lib/auth/official';
import { zhAdmin } from '@/lib/i18n/zh-admin';
import { zhAdminHelp } from '@/lib/i18n/zh-admin-help';
import { createFiledHousehold, createPassedHousehold } from '@/test/approvals';
import { useSeededDatabase } from '@/test/seeded-database';
import { demoAccounts } from '@/test/officials';
import type { ActionResult } from './core';
import { outcome } from '@/test/action-results';
import * as help from './help';

const { addHelper, removeHelper, removeProject, removeSupport, saveDpfFunding, saveMicroLoan, saveProject, saveVillageJob, setGuarantee, setPairing } = help;
const PINGAN = '220802100201'; // 平安村委会, 平安镇, 洮北区: the demo accounts' village
const OTHER_TOWNSHIP = '220802101201'; // a village of another township of 洮北区
const OTHER_COUNTY = '220821100201'; // a village of 镇赉县
const NOW = new Date('2026-11-28T04:00:00Z'); // 12:00 on 2026-11-28 in China
const t = zhAdminHelp.errors;

const database = useSeededDatabase();
let db: Db;
const accounts: Record<string, Official> = {};
let home: number; // filed, in 平安村委会
let otherTownship: number; // filed, in another township of the same county
let otherCounty: number; // filed, in another county
let unfiled: number; // passed its notice, not yet filed

beforeAll(async () => {
  db = database.db;
  Object.assign(accounts, await demoAccounts(db));
  home = await createFiledHousehold(db, PINGAN, NOW);
  otherTownship = await createFiledHousehold(db, OTHER_TOWNSHIP, NOW);
  otherCounty = await createFiledHousehold(db, OTHER_COUNTY, NOW);
  unfiled = (await createPassedHousehold(db, PINGAN, NOW)).id;
});

const count$ = async (table: typeof helpers | typeof incomeProjects | typeof supports, householdId: number) =>
  (await db.select({ n: count() }).from(table).where(eq(table.householdId, householdId)))[0]!.n;

const pairingForm = (householdId: number, extra: Record<string, unknown> = {}) => ({
  householdId: String(householdId),
  cadreName: '测试干部',
  cadrePost: '村党支部书记',
  agreementDate: '2026-11-01',
  ...extra,
});

// Each form, filled in validly for a household.
const forms = {
  setPairing: [setPairing, (id: number) => pairingForm(id)],
  setGuarantee: [setGuarantee, (id: number) => ({ householdId: String(id), guaranteeKind: 'rural_medical', securedOn: '2026-10-01' })],
  saveProject: [saveProject, (id: number) => ({ householdId: String(id), description: '养殖肉牛', startedOn: '2026-10-01', support: 'technology' })],
  saveVillageJob: [saveVillageJob, (id: number) => ({ householdId: String(id), enterprise: '村农民专业合作社', startedOn: '2026-10-01' })],
  saveMicroLoan: [saveMicroLoan, (id: number) => ({ householdId: String(id), amountYuan: '20000', lender: '农村信用社', purpose: '购买种牛', grantedOn: '2026-10-01' })],
  saveDpfFunding: [saveDpfFunding, (id: number) => ({ householdId: String(id), amountYuan: '3000', fundingSource: '县残联', grantedOn: '2026-10-01' })],
} as const;

describe('who may record help measures, and where', () => {
  // Written out by hand (not read from permissions.ts), so a change to the rules fails here.
  const cases: [string, () => number, 'ok' | 'role' | 'region'][] = [
    ['village-a', () => home, 'ok'],
    ['village-b', () => home, 'region'],
    ['township-party', () => home, 'ok'],
    ['township-party', () => otherTownship, 'region'],
    ['township-dpf', () => home, 'ok'],
    ['township-dpf', () => otherTownship, 'region'],
    ['county-dpf', () => home, 'ok'],
    ['county-dpf', () => otherTownship, 'ok'],
    ['county-dpf', () => otherCounty, 'region'],
    ['county-org', () => home, 'role'],
    ['city', () => home, 'role'],
    ['admin', () => home, 'role'],
  ];

  for (const [name, [action, form]] of Object.entries(forms)) {
    it(`${name}: village, township and county DPF officials inside their region only`, async () => {
      for (const [username, target, expected] of cases) {
        const result = await action.run(accounts[username]!, form(target()), NOW);
        expect([username, target(), outcome(result)]).toEqual([username, target(), expected]);
        if (expected !== 'ok') expect(result.message).toBe(expected === 'role' ? zhAdmin.errors.role : zhAdmin.errors.region);
      }
    });
  }

  it('addHelper and removeHelper follow the same rule', async () => {
    for (const [username, target, expected] of cases) {
      const official = accounts[username]!;
      const added = await addHelper.run(official, { householdId: String(target()), helperName: '测试帮扶人', helperKind: 'leader' }, NOW);
      expect([username, outcome(added)]).toEqual([username, expected]);
      if (added.ok) {
        const [row] = await db.select({ id: helpers.id }).from(helpers).where(eq(helpers.householdId, target())).orderBy(sql`${helpers.id} desc`).limit(1);
        const removed = await removeHelper.run(official, { householdId: String(target()), helperId: String(row!.id) }, NOW);
        expect(outcome(removed)).toBe('ok');
      }
    }
    expect(await count$(helpers, home)).toBe(0);
  });

  it('removeProject and removeSupport follow the same rule', async () => {
    for (const [username, target, expected] of cases) {
      // The rows to remove are written straight into the database: they are the setting, not the test.
      const [project] = await db
        .insert(incomeProjects)
        .values({ householdId: target(), description: '养殖肉牛', startedOn: '2026-10-01', supportTechnology: true, supportInformation: false, supportFunds: false })
        .returning({ id: incomeProjects.id });
      const [loan] = await db
        .insert(supports)
        .values({ householdId: target(), kind: 'micro_loan', description: '', amountYuan: 5000, source: '农村信用社', grantedOn: '2026-10-01' })
        .returning({ id: supports.id });
      const official = accounts[username]!;
      const id = String(target());
      const removedProject = await removeProject.run(official, { householdId: id, projectId: String(project!.id) }, NOW);
      const removedLoan = await removeSupport.run(official, { householdId: id, supportId: String(loan!.id) }, NOW);
      expect([username, target(), outcome(removedProject), outcome(removedLoan)]).toEqual([username, target(), expected, expected]);
      const left = [
        ...(await db.select({ id: incomeProjects.id }).from(incomeProjects).where(eq(incomeProjects.id, project!.id))),
        ...(await db.select({ id: supports.id }).from(supports).where(eq(supports.id, loan!.id))),
      ];
      expect([username, left.length]).toEqual([username, expected === 'ok' ? 0 : 2]);
      await db.delete(incomeProjects).where(eq(incomeProjects.id, project!.id));
      await db.delete(supports).where(eq(supports.id, loan!.id));
    }
  });

  it('refuses a signed-out caller', async () => {
    expect(outcome(await setPairing.run(null, pairingForm(home), NOW))).toBe('signed_out');
  });
});

describe('a household must be filed first', () => {
  it('refuses every measure on a household that passed its notice but is not filed, and writes nothing', async () => {
    const before = (await db.select({ n: count() }).from(auditLog))[0]!.n;
    for (const [action, form] of Object.values(forms)) {
      const result = await action.run(accounts['village-a']!, form(unfiled), NOW);
      expect(result).toMatchObject({ ok: false, message: t.notFiled, refused: 'rule' });
    }
    const helper = await addHelper.run(accounts['village-a']!, { householdId: String(unfiled), helperName: '测试', helperKind: 'technician' }, NOW);
    expect(helper).toMatchObject({ ok: false, message: t.notFiled });
    expect((await db.select({ n: count() }).from(auditLog))[0]!.n).toBe(before);
    expect(await db.select().from(pairings).where(eq(pairings.householdId, unfiled))).toEqual([]);
  });

  it('refuses a household that does not exist, on the household field', async () => {
    const result = await setPairing.run(accounts['village-a']!, pairingForm(2_000_000_000), NOW);
    expect(result).toMatchObject({ ok: false, message: t.notFound, fieldErrors: { householdId: t.householdId } });
  });

  it('says "outside your region" before anything about the household', async () => {
    const [registered] = await db.select({ id: households.id }).from(households).where(and(eq(households.villageCode, OTHER_COUNTY), eq(households.status, 'registered'))).limit(1);
    if (registered) expect(outcome(await setPairing.run(accounts['village-a']!, pairingForm(registered.id), NOW))).toBe('region');
    expect(outcome(await setPairing.run(accounts['village-a']!, pairingForm(otherCounty), NOW))).toBe('region');
  });
});

describe('field messages', () => {
  it('names each missing pairing field', async () => {
    const result = await setPairing.run(accounts['village-a']!, { householdId: String(home) }, NOW);
    expect(result).toMatchObject({
      ok: false,
      message: zhAdmin.errors.fixFields,
      fieldErrors: { cadreName: t.cadreName, cadrePost: t.cadrePost, agreementDate: t.agreementDate },
    });
    const blank = await setPairing.run(accounts['village-a']!, { householdId: '', cadreName: '  ', cadrePost: '', agreementDate: '' }, NOW);
    expect(blank.ok ? {} : blank.fieldErrors).toEqual({ householdId: t.householdId, cadreName: t.cadreName, cadrePost: t.cadrePost, agreementDate: t.agreementDate });
  });

  it('checks the dates: a real day, not before 2000, not after today in China', async () => {
    const va = accounts['village-a']!;
    const fieldOf = (r: ActionResult) => (r.ok ? 'ok' : r.fieldErrors.agreementDate);
    expect(fieldOf(await setPairing.run(va, pairingForm(home, { agreementDate: '2026-02-30' }), NOW))).toBe(t.dateInvalid);
    expect(fieldOf(await setPairing.run(va, pairingForm(home, { agreementDate: '2026/11/01' }), NOW))).toBe(t.dateInvalid);
    expect(fieldOf(await setPairing.run(va, pairingForm(home, { agreementDate: '1999-12-31' }), NOW))).toBe(t.dateTooEarly);
    const future = await setPairing.run(va, pairingForm(home, { agreementDate: '2026-11-29' }), NOW);
    expect(future).toMatchObject({ ok: false, message: t.dateFuture, fieldErrors: { agreementDate: t.dateFuture }, refused: 'rule' });
    expect(fieldOf(await setPairing.run(va, pairingForm(home, { agreementDate: '2026-11-28' }), NOW))).toBe('ok');
    // 00:30 on 29 November in China is still the 28th in UTC: the 29th is today, not the future.
    const afterChinaMidnight = new Date('2026-11-28T16:30:00Z');
    expect(fieldOf(await setPairing.run(va, pairingForm(home, { agreementDate: '2026-11-29' }), afterChinaMidnight))).toBe('ok');
    expect(fieldOf(await setPairing.run(va, pairingForm(home, { agreementDate: '2026-11-30' }), afterChinaMidnight))).toBe(t.dateFuture);
  });

  it('limits names to 20 characters and asks for a helper kind from the list', async () => {
    const long = await setPairing.run(accounts['village-a']!, pairingForm(home, { cadreName: '张'.repeat(21) }), NOW);
    expect(long.ok ? null : long.fieldErrors.cadreName).toBe(t.nameLong);
    const kind = await addHelper.run(accounts['village-a']!, { householdId: String(home), helperName: '测试', helperKind: 'boss' }, NOW);
    expect(kind.ok ? null : kind.fieldErrors).toEqual({ helperKind: t.helperKind });
  });

  it('asks for at least one kind of project support, and takes ticked boxes from FormData', async () => {
    const none = await saveProject.run(accounts['village-a']!, { householdId: String(home), description: '养羊', startedOn: '2026-10-01' }, NOW);
    expect(none.ok ? null : none.fieldErrors).toEqual({ support: t.support });
    const bogus = await saveProject.run(accounts['village-a']!, { householdId: String(home), description: '养羊', startedOn: '2026-10-01', support: 'land' }, NOW);
    expect(bogus.ok ? null : bogus.fieldErrors.support).toBe(t.support);

    const form = new FormData();
    form.set('householdId', String(home));
    form.set('description', '种植大棚蔬菜');
    form.set('startedOn', '2026-09-15');
    form.append('support', 'information');
    form.append('support', 'funds');
    expect(outcome(await saveProject.run(accounts['township-dpf']!, form, NOW))).toBe('ok');
    const [row] = await db.select().from(incomeProjects).where(and(eq(incomeProjects.householdId, home), eq(incomeProjects.description, '种植大棚蔬菜')));
    expect(row).toMatchObject({ startedOn: '2026-09-15', supportTechnology: false, supportInformation: true, supportFunds: true });
  });

  it('takes amounts as positive whole yuan, full-width digits and thousands separators included', async () => {
    const va = accounts['village-a']!;
    const loan = (amountYuan: string) => saveMicroLoan.run(va, { householdId: String(home), amountYuan, lender: '农村信用社', grantedOn: '2026-10-01' }, NOW);
    for (const [amount, message] of [
      ['', t.amountYuan],
      ['abc', t.amountYuan],
      ['12.5', t.amountYuan],
      ['0', t.amountRange],
      ['-100', t.amountRange],
      ['10000001', t.amountRange],
    ] as const) {
      const result = await loan(amount);
      expect([amount, result.ok ? 'ok' : result.fieldErrors.amountYuan]).toEqual([amount, message]);
    }
    expect(outcome(await loan('１２，０００'))).toBe('ok');
    const rows = await db.select().from(supports).where(and(eq(supports.householdId, home), eq(supports.kind, 'micro_loan'), eq(supports.amountYuan, 12000)));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ source: '农村信用社', description: '', grantedOn: '2026-10-01' });

    const funding = await saveDpfFunding.run(va, { householdId: String(home), amountYuan: '500', grantedOn: '2026-12-01' }, NOW);
    expect(funding.ok ? null : funding.fieldErrors).toEqual({ fundingSource: t.fundingSource });
    const job = await saveVillageJob.run(va, { householdId: String(home), enterprise: '', startedOn: '' }, NOW);
    expect(job.ok ? null : job.fieldErrors).toEqual({ enterprise: t.enterprise, startedOn: t.jobStartedOn });
    const futureJob = await saveVillageJob.run(va, { householdId: String(home), enterprise: '合作社', startedOn: '2026-12-01' }, NOW);
    expect(futureJob.ok ? null : futureJob.fieldErrors).toEqual({ startedOn: t.dateFuture });
  });
});

describe('one pairing, one to two helpers, one date per guarantee', () => {
  it('keeps one pairing per household and lets it be changed', async () => {
    const household = await createFiledHousehold(db, PINGAN, NOW);
    const va = accounts['village-a']!;
    const first = await setPairing.run(va, pairingForm(household, { cadreName: '王明', agreementDate: '2026-10-10' }), NOW);
    expect(first).toMatchObject({ ok: true, message: zhAdminHelp.success.pairing, redirectTo: `/admin/help/${household}?saved=pairing` });
    await setPairing.run(accounts['township-party']!, pairingForm(household, { cadreName: '李强', cadrePost: '乡镇党委委员', agreementDate: '2026-10-12' }), NOW);
    expect(await db.select({ cadreName: pairings.cadreName, cadrePost: pairings.cadrePost, agreementDate: pairings.agreementDate }).from(pairings).where(eq(pairings.householdId, household))).toEqual([
      { cadreName: '李强', cadrePost: '乡镇党委委员', agreementDate: '2026-10-12' },
    ]);
  });

  it('refuses a third helper, and allows one again after a removal', async () => {
    const household = await createFiledHousehold(db, PINGAN, NOW);
    const va = accounts['village-a']!;
    const add = (helperName: string) => addHelper.run(va, { householdId: String(household), helperName, helperKind: 'technician' }, NOW);
    expect(outcome(await add('帮扶甲'))).toBe('ok');
    expect(outcome(await add('帮扶乙'))).toBe('ok');
    const third = await add('帮扶丙');
    expect(third).toMatchObject({ ok: false, message: t.tooManyHelpers, refused: 'rule' });
    expect(await count$(helpers, household)).toBe(2);

    const [first] = await db.select({ id: helpers.id }).from(helpers).where(and(eq(helpers.householdId, household), eq(helpers.name, '帮扶甲')));
    // A helper id of another household is not this household's to remove.
    const wrong = await removeHelper.run(va, { householdId: String(home), helperId: String(first!.id) }, NOW);
    expect(wrong).toMatchObject({ ok: false, fieldErrors: { helperId: t.helperId } });
    expect(outcome(await removeHelper.run(va, { householdId: String(household), helperId: String(first!.id) }, NOW))).toBe('ok');
    expect(outcome(await add('帮扶丙'))).toBe('ok');
    expect((await db.select({ name: helpers.name }).from(helpers).where(eq(helpers.householdId, household))).map((h) => h.name).sort()).toEqual(['帮扶丙', '帮扶乙'].sort());
  });

  it('holds the helper limit when two officials add at the same moment', async () => {
    const household = await createFiledHousehold(db, PINGAN, NOW);
    await addHelper.run(accounts['village-a']!, { householdId: String(household), helperName: '帮扶甲', helperKind: 'leader' }, NOW);
    const results = await Promise.all(
      ['village-a', 'township-dpf', 'county-dpf'].map((u) =>
        addHelper.run(accounts[u]!, { householdId: String(household), helperName: `帮扶${u}`, helperKind: 'science_envoy' }, NOW),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await count$(helpers, household)).toBe(2);
  });

  it('removes a mistaken project or support of this household only, and says which page to go back to', async () => {
    const household = await createFiledHousehold(db, PINGAN, NOW);
    const va = accounts['village-a']!;
    const id = String(household);
    await saveProject.run(va, { householdId: id, description: '错登项目', startedOn: '2026-10-01', support: 'funds' }, NOW);
    await saveProject.run(va, { householdId: id, description: '养殖肉牛', startedOn: '2026-10-02', support: 'technology' }, NOW);
    await saveVillageJob.run(va, forms.saveVillageJob[1](household), NOW);
    await saveDpfFunding.run(va, forms.saveDpfFunding[1](household), NOW);
    const [mistake] = await db.select({ id: incomeProjects.id }).from(incomeProjects).where(and(eq(incomeProjects.householdId, household), eq(incomeProjects.description, '错登项目')));
    const [job] = await db.select({ id: supports.id }).from(supports).where(and(eq(supports.householdId, household), eq(supports.kind, 'village_job')));
    const [funding] = await db.select({ id: supports.id }).from(supports).where(and(eq(supports.householdId, household), eq(supports.kind, 'dpf_funding')));

    // Another household's id for the same record is refused on the field, and removes nothing.
    expect(await removeProject.run(va, { householdId: String(home), projectId: String(mistake!.id) }, NOW)).toMatchObject({ ok: false, fieldErrors: { projectId: t.projectId } });
    expect(await removeSupport.run(va, { householdId: String(home), supportId: String(job!.id) }, NOW)).toMatchObject({ ok: false, fieldErrors: { supportId: t.supportId } });
    expect(await removeProject.run(va, { householdId: id, projectId: 'abc' }, NOW)).toMatchObject({ ok: false, fieldErrors: { projectId: t.projectId } });
    expect(await count$(incomeProjects, household)).toBe(2);
    expect(await count$(supports, household)).toBe(2);

    expect(await removeProject.run(va, { householdId: id, projectId: String(mistake!.id) }, NOW)).toMatchObject({
      ok: true,
      message: zhAdminHelp.success.projectRemoved,
      redirectTo: `/admin/help/${household}/projects?saved=removed`,
    });
    expect(await removeSupport.run(va, { householdId: id, supportId: String(job!.id) }, NOW)).toMatchObject({
      ok: true,
      message: zhAdminHelp.success.supportRemoved.village_job,
      redirectTo: `/admin/help/${household}/jobs?saved=removed`,
    });
    expect(await removeSupport.run(va, { householdId: id, supportId: String(funding!.id) }, NOW)).toMatchObject({
      ok: true,
      redirectTo: `/admin/help/${household}/funding?saved=removed`,
    });
    // Removing it twice finds nothing the second time.
    expect(await removeSupport.run(va, { householdId: id, supportId: String(funding!.id) }, NOW)).toMatchObject({ ok: false, fieldErrors: { supportId: t.supportId } });
    expect((await db.select({ d: incomeProjects.description }).from(incomeProjects).where(eq(incomeProjects.householdId, household))).map((r) => r.d)).toEqual(['养殖肉牛']);
    expect(await count$(supports, household)).toBe(0);
  });

  it('corrects a project or support of this household, of the same kind only, and audits the correction', async () => {
    const household = await createFiledHousehold(db, PINGAN, NOW);
    const va = accounts['village-a']!;
    const id = String(household);
    await saveProject.run(va, { householdId: id, description: '养殖肉午', startedOn: '2026-10-01', support: 'funds' }, NOW);
    await saveMicroLoan.run(va, { householdId: id, amountYuan: '50000', lender: '信用社', grantedOn: '2026-10-05' }, NOW);
    await saveVillageJob.run(va, forms.saveVillageJob[1](household), NOW);
    const [project] = await db.select({ id: incomeProjects.id }).from(incomeProjects).where(eq(incomeProjects.householdId, household));
    const [loan] = await db.select({ id: supports.id }).from(supports).where(and(eq(supports.householdId, household), eq(supports.kind, 'micro_loan')));
    const [job] = await db.select({ id: supports.id }).from(supports).where(and(eq(supports.householdId, household), eq(supports.kind, 'village_job')));

    const fixedProject = await saveProject.run(
      va,
      { householdId: id, projectId: String(project!.id), description: '养殖肉牛', startedOn: '2026-10-02', support: ['technology', 'funds'] },
      NOW,
    );
    expect(fixedProject).toMatchObject({ ok: true, message: zhAdminHelp.success.updated, redirectTo: `/admin/help/${household}?saved=updated` });
    const fixedLoan = await saveMicroLoan.run(va, { householdId: id, supportId: String(loan!.id), amountYuan: '5000', lender: '农村信用社', grantedOn: '2026-10-05' }, NOW);
    expect(fixedLoan).toMatchObject({ ok: true, message: zhAdminHelp.success.updated });
    expect(await db.select().from(incomeProjects).where(eq(incomeProjects.householdId, household))).toMatchObject([
      { id: project!.id, description: '养殖肉牛', startedOn: '2026-10-02', supportTechnology: true, supportInformation: false, supportFunds: true },
    ]);
    expect(await db.select({ amountYuan: supports.amountYuan, source: supports.source }).from(supports).where(eq(supports.id, loan!.id))).toEqual([{ amountYuan: 5000, source: '农村信用社' }]);

    // Refused, and nothing changes: a job's id given as a loan, another household's row, a region not one's own.
    const asLoan = await saveMicroLoan.run(va, { householdId: id, supportId: String(job!.id), amountYuan: '1', lender: 'x', grantedOn: '2026-10-05' }, NOW);
    expect(asLoan).toMatchObject({ ok: false, fieldErrors: { supportId: t.supportId } });
    const otherHousehold = await saveProject.run(va, { householdId: String(home), projectId: String(project!.id), description: 'x', startedOn: '2026-10-02', support: 'funds' }, NOW);
    expect(otherHousehold).toMatchObject({ ok: false, fieldErrors: { projectId: t.projectId } });
    const elsewhere = await saveMicroLoan.run(accounts['village-b']!, { householdId: id, supportId: String(loan!.id), amountYuan: '9', lender: 'x', grantedOn: '2026-10-05' }, NOW);
    expect(elsewhere).toMatchObject({ ok: false, message: zhAdmin.errors.region });
    expect(await db.select({ kind: supports.kind, amountYuan: supports.amountYuan }).from(supports).where(eq(supports.householdId, household)).orderBy(supports.id)).toEqual([
      { kind: 'micro_loan', amountYuan: 5000 },
      { kind: 'village_job', amountYuan: null },
    ]);
    expect(await count$(incomeProjects, household)).toBe(1);

    const audits = await db
      .select({ action: auditLog.action, summary: auditLog.summary })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'household'), eq(auditLog.entityId, id), sql`${auditLog.action} like '%.update'`))
      .orderBy(auditLog.id);
    expect(audits).toEqual([
      { action: 'project.update', summary: { projectId: project!.id, startedOn: '2026-10-02', support: ['technology', 'funds'] } },
      { action: 'support.update', summary: { supportId: loan!.id, kind: 'micro_loan', amountYuan: 5000, grantedOn: '2026-10-05' } },
    ]);
  });

  it('keeps one date per guarantee kind, updated when set again', async () => {
    const household = await createFiledHousehold(db, PINGAN, NOW);
    const set = (guaranteeKind: string, securedOn: string) =>
      setGuarantee.run(accounts['township-dpf']!, { householdId: String(household), guaranteeKind, securedOn }, NOW);
    expect(outcome(await set('dibao', '2026-09-01'))).toBe('ok');
    expect(outcome(await set('housing', '2026-09-05'))).toBe('ok');
    expect(outcome(await set('dibao', '2026-09-10'))).toBe('ok');
    const bad = await set('pension', '2026-09-10');
    expect(bad.ok ? null : bad.fieldErrors).toEqual({ guaranteeKind: t.guaranteeKind });
    const rows = await db.select({ kind: guarantees.kind, securedOn: guarantees.securedOn }).from(guarantees).where(eq(guarantees.householdId, household));
    expect(rows.sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([
      { kind: 'dibao', securedOn: '2026-09-10' },
      { kind: 'housing', securedOn: '2026-09-05' },
    ]);
  });
});

describe('the audit trail', () => {
  it('records each measure with public facts only', async () => {
    const household = await createFiledHousehold(db, PINGAN, NOW);
    const va = accounts['village-a']!;
    const id = String(household);
    await setPairing.run(va, pairingForm(household, { cadreName: '审计干部', cadrePost: '驻村第一书记' }), NOW);
    await addHelper.run(va, { householdId: id, helperName: '审计帮扶人', helperKind: 'party_entrepreneur' }, NOW);
    await saveProject.run(va, { householdId: id, description: '审计项目养鹅', startedOn: '2026-10-02', support: ['funds', 'technology'] }, NOW);
    await setGuarantee.run(va, { householdId: id, guaranteeKind: 'rural_pension', securedOn: '2026-10-03' }, NOW);
    await saveVillageJob.run(va, { householdId: id, enterprise: '审计合作社', startedOn: '2026-10-04' }, NOW);
    await saveMicroLoan.run(va, { householdId: id, amountYuan: '8000', lender: '审计信用社', purpose: '审计用途', grantedOn: '2026-10-05' }, NOW);
    await saveDpfFunding.run(va, { householdId: id, amountYuan: '2000', fundingSource: '审计残联', grantedOn: '2026-10-06' }, NOW);
    const rows = await db
      .select({ action: auditLog.action, entityType: auditLog.entityType, summary: auditLog.summary, officialId: auditLog.officialId, at: auditLog.at })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'household'), eq(auditLog.entityId, id)))
      .orderBy(auditLog.id);
    const mine = rows.filter((r) => r.action !== 'approval.decide' && r.action !== 'household.file');
    expect(mine.map((r) => r.action)).toEqual(['pairing.set', 'helper.add', 'project.add', 'guarantee.set', 'support.add', 'support.add', 'support.add']);
    expect(mine.every((r) => r.officialId === va.id && r.at.getTime() === NOW.getTime())).toBe(true);
    expect(mine[0]!.summary).toEqual({ agreementDate: '2026-11-01', replaced: false });
    expect(mine[2]!.summary).toMatchObject({ startedOn: '2026-10-02', support: ['technology', 'funds'] });
    expect(mine[5]!.summary).toMatchObject({ kind: 'micro_loan', amountYuan: 8000, grantedOn: '2026-10-05' });
    const text = JSON.stringify(mine.map((r) => r.summary));
    expect(text).not.toMatch(/审计/);
  });

  it('records a removal with what was removed: kind, amount and date, never a name', async () => {
    const household = await createFiledHousehold(db, PINGAN, NOW);
    const va = accounts['village-a']!;
    const id = String(household);
    await saveProject.run(va, { householdId: id, description: '审计删除项目', startedOn: '2026-10-02', support: 'funds' }, NOW);
    await saveMicroLoan.run(va, { householdId: id, amountYuan: '6000', lender: '审计删除信用社', purpose: '', grantedOn: '2026-10-05' }, NOW);
    const [project] = await db.select({ id: incomeProjects.id }).from(incomeProjects).where(eq(incomeProjects.householdId, household));
    const [loan] = await db.select({ id: supports.id }).from(supports).where(eq(supports.householdId, household));
    await removeProject.run(va, { householdId: id, projectId: String(project!.id) }, NOW);
    await removeSupport.run(va, { householdId: id, supportId: String(loan!.id) }, NOW);
    const rows = await db
      .select({ action: auditLog.action, summary: auditLog.summary })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'household'), eq(auditLog.entityId, id), sql`${auditLog.action} like '%.remove'`))
      .orderBy(auditLog.id);
    expect(rows).toEqual([
      { action: 'project.remove', summary: { projectId: project!.id, startedOn: '2026-10-02' } },
      { action: 'support.remove', summary: { supportId: loan!.id, kind: 'micro_loan', amountYuan: 6000, grantedOn: '2026-10-05' } },
    ]);
    expect(JSON.stringify(rows)).not.toMatch(/审计/);
  });
});
