// The help-measure read models against a real database: what each filed household still lacks, one
// household's whole record, and the region every read is confined to.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import type { Official } from '@/lib/auth/official';
import { saveDpfFunding, addHelper, saveMicroLoan, saveProject, saveVillageJob, setGuarantee, setPairing } from '@/lib/actions/help';
import { recordIncome } from '@/lib/actions/incomes';
import { saveVisit } from '@/lib/actions/visits';
import { createFiledHousehold, createPassedHousehold } from '@/test/approvals';
import { ok } from '@/test/action-results';
import { useSeededDatabase } from '@/test/seeded-database';
import { demoOfficials } from '@/test/officials';
import { getHelpRecord, getHouseholdHeader, listFiledHouseholds } from './help';
import { listIncomeOverview } from './incomes';

const PINGAN = '220802100201';
const NOW = new Date('2026-11-28T04:00:00Z');

const database = useSeededDatabase();
let db: Db;
let villageA: Official;
let villageB: Official;
let city: Official;
let admin: Official;
let bare: number; // filed, nothing recorded
let complete: number; // filed, every measure recorded
let unfiled: number;

beforeAll(async () => {
  db = database.db;
  ({ villageA, villageB, city, admin } = await demoOfficials(db));
  bare = await createFiledHousehold(db, PINGAN, NOW);
  complete = await createFiledHousehold(db, PINGAN, NOW);
  unfiled = (await createPassedHousehold(db, PINGAN, NOW)).id;

  const id = String(complete);
  ok(await setPairing.run(villageA, { householdId: id, cadreName: '王明', cadrePost: '村党支部书记', agreementDate: '2026-11-01' }, NOW));
  ok(await addHelper.run(villageA, { householdId: id, helperName: '赵强', helperKind: 'leader' }, NOW));
  ok(await addHelper.run(villageA, { householdId: id, helperName: '钱进', helperKind: 'science_envoy' }, NOW));
  ok(await saveProject.run(villageA, { householdId: id, description: '养殖肉牛', startedOn: '2026-11-05', support: ['technology', 'funds'] }, NOW));
  ok(await setGuarantee.run(villageA, { householdId: id, guaranteeKind: 'dibao', securedOn: '2026-11-06' }, NOW));
  ok(await saveVillageJob.run(villageA, { householdId: id, enterprise: '村合作社', startedOn: '2026-11-07' }, NOW));
  ok(await saveMicroLoan.run(villageA, { householdId: id, amountYuan: '20000', lender: '信用社', purpose: '购买种牛', grantedOn: '2026-11-08' }, NOW));
  ok(await saveDpfFunding.run(villageA, { householdId: id, amountYuan: '3000', fundingSource: '县残联', grantedOn: '2026-11-09' }, NOW));
  ok(await saveVisit.run(villageA, { householdId: id, visitedOn: '2026-11-10', visitor: '李乡', findings: '良好' }, NOW));
  ok(await saveVisit.run(villageA, { householdId: id, visitedOn: '2026-11-20', visitor: '李乡', findings: '更好' }, NOW));
  ok(await recordIncome.run(villageA, { householdId: id, year: '2026', incomePerCapita: '3100' }, NOW));
});

describe('listFiledHouseholds', () => {
  it('lists filed households of the region with what each lacks', async () => {
    const { rows, total } = await listFiledHouseholds(villageA);
    expect(total).toBeGreaterThanOrEqual(2);
    expect(rows.every((r) => r.villageCode === PINGAN)).toBe(true);
    expect(rows.find((r) => r.id === bare)).toMatchObject({ paired: false, helpers: 0, projects: 0, lastVisitedOn: null, gaps: ['pairing', 'helpers', 'project'] });
    expect(rows.find((r) => r.id === complete)).toMatchObject({ paired: true, helpers: 2, projects: 1, lastVisitedOn: '2026-11-20', gaps: [] });
    expect(rows.map((r) => r.id)).not.toContain(unfiled);
  });

  it('shows nothing outside the region, and nothing to the system administrator', async () => {
    expect((await listFiledHouseholds(villageB)).rows.map((r) => r.id)).not.toContain(bare);
    expect((await listFiledHouseholds(city)).rows.map((r) => r.id)).toContain(bare);
    expect(await listFiledHouseholds(admin)).toEqual({ rows: [], total: 0 });
  });

  it('respects the limit and still gives the total', async () => {
    const all = await listFiledHouseholds(city);
    const one = await listFiledHouseholds(city, 1);
    expect(one.rows).toHaveLength(1);
    expect(one.total).toBe(all.total);
  });
});

describe('getHelpRecord', () => {
  it('gathers every measure, the visits newest first, and the next visit date', async () => {
    const record = await getHelpRecord(villageA, complete, NOW);
    expect(record).not.toBeNull();
    expect(record!.household).toMatchObject({ id: complete, villageCode: PINGAN, villageName: '平安村委会', townshipName: '平安镇', incomeThreshold: 2800 });
    expect(record!.household.filedAt).toBeInstanceOf(Date);
    expect(record!.pairing).toEqual({ cadreName: '王明', cadrePost: '村党支部书记', agreementDate: '2026-11-01' });
    expect(record!.helpers.map((h) => [h.name, h.kind])).toEqual([
      ['赵强', 'leader'],
      ['钱进', 'science_envoy'],
    ]);
    expect(record!.projects).toEqual([expect.objectContaining({ description: '养殖肉牛', startedOn: '2026-11-05', support: ['technology', 'funds'] })]);
    expect(record!.guarantees).toEqual({ dibao: '2026-11-06' });
    expect(record!.supports.village_job.map((s) => [s.description, s.amountYuan])).toEqual([['村合作社', null]]);
    expect(record!.supports.micro_loan.map((s) => [s.amountYuan, s.source, s.description])).toEqual([[20000, '信用社', '购买种牛']]);
    expect(record!.supports.dpf_funding.map((s) => [s.amountYuan, s.source])).toEqual([[3000, '县残联']]);
    expect(record!.visits.map((v) => v.visitedOn)).toEqual(['2026-11-20', '2026-11-10']);
    expect(record!.gaps).toEqual([]);
    expect(record!.visitOverdue).toBe(false);
    expect(record!.nextVisitDueBy).toBe('2027-02-18');
  });

  it('marks a household never visited as overdue, and lists its gaps', async () => {
    const record = await getHelpRecord(villageA, bare, NOW);
    expect(record).toMatchObject({ pairing: null, helpers: [], projects: [], guarantees: {}, visits: [], visitOverdue: true, nextVisitDueBy: null });
    expect(record!.gaps).toEqual(['pairing', 'helpers', 'project']);
  });

  it('reads an unfiled household (so the page can say why nothing can be recorded)', async () => {
    expect((await getHouseholdHeader(villageA, unfiled))!.filedAt).toBeNull();
  });

  it('returns null outside the region, for the administrator, and for ids that cannot exist', async () => {
    expect(await getHelpRecord(villageB, complete, NOW)).toBeNull();
    expect(await getHelpRecord(admin, complete, NOW)).toBeNull();
    expect(await getHelpRecord(villageA, 0, NOW)).toBeNull();
    expect(await getHelpRecord(villageA, 2_000_000_000, NOW)).toBeNull();
    expect(await getHelpRecord(villageA, 2 ** 40, NOW)).toBeNull();
  });
});

describe('listIncomeOverview', () => {
  it('gives each filed household its latest figure, unconfirmed count and poverty status', async () => {
    const rows = await listIncomeOverview(villageA, NOW);
    expect(rows.find((r) => r.id === complete)).toMatchObject({
      latest: { year: 2026, incomePerCapita: 3100, confirmed: false },
      unconfirmed: 1,
      exitYear: null,
      incomeThreshold: 2800,
    });
    expect(rows.find((r) => r.id === bare)).toMatchObject({ latest: null, unconfirmed: 0, exitYear: null });
    expect(rows.map((r) => r.id)).not.toContain(unfiled);
    expect((await listIncomeOverview(villageB, NOW)).map((r) => r.id)).not.toContain(complete);
  });
});
