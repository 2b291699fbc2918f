// The figures of an annual summary (总结验收), computed from records this test creates and checked
// against direct SQL; and the city's overview with a late county, at explicit instants.
import { sql, type SQL } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadOfficial, type Official } from '@/lib/auth/official';
import { DEMO_TOTP_SECRET } from '@/lib/auth/two-factor-policy';
import { saveSummaryDraft, submitSummary } from '@/lib/actions/summaries';
import { useSeededDatabase } from '@/test/seeded-database';
import { officialNamed } from '@/test/officials';
import { computeSummaryFigures, getSummary, getSummaryOverview } from './summaries';

const database = useSeededDatabase();
let programmeId: number;
let confirmer: Official;
const { rows, one } = database;

/** A household of `year` in `village` that passed its notice; filed (建档) unless `filed` is false. */
async function household(village: string, year: number, income: number, filed = true): Promise<number> {
  const { id } = await one<{ id: number }>(sql`
    insert into households (programme_id, year, village_code, masked_name, sex, age, disability_category,
      disability_grade, household_size, disabled_members, income_per_capita, status, filed_at)
    values (${programmeId}, ${year}, ${village}, '测*', 'M', 45, 4, 3, 3, 1, ${income}, 'passed',
      ${filed ? new Date(`${year}-06-01T02:00:00Z`).toISOString() : null})
    returning id`);
  return id;
}

async function income(householdId: number, year: number, perCapita: number, confirmed: boolean): Promise<void> {
  await rows(sql`insert into income_records (household_id, year, income_per_capita, recorded_by, confirmed_by, confirmed_at)
    values (${householdId}, ${year}, ${perCapita}, ${confirmer.id}, ${confirmed ? confirmer.id : null},
      ${confirmed ? new Date(`${year}-10-01T02:00:00Z`).toISOString() : null})`);
}

async function support(householdId: number, kind: 'village_job' | 'micro_loan' | 'dpf_funding', amount: number | null, on: string) {
  await rows(sql`insert into supports (household_id, kind, description, amount_yuan, granted_on)
    values (${householdId}, ${kind}, '测试', ${amount}, ${on})`);
}

/** The same figures, written independently of lib/data, straight from the tables. */
async function figuresBySql(countyCode: string, year: number) {
  const helped = sql`h.programme_id = ${programmeId} and h.year = ${year} and h.filed_at is not null and h.village_code like ${`${countyCode}%`}`;
  const a = await one<{ helped: number; disabled: number; increase: number; confirmed: number; mean: number | null }>(sql`
    select (select count(*) from households h where ${helped})::int as helped,
      (select coalesce(sum(h.disabled_members), 0) from households h where ${helped})::int as disabled,
      (select round(avg(r.income_per_capita - h.income_per_capita)) from households h
         join income_records r on r.household_id = h.id where ${helped} and r.year = ${year} and r.confirmed_by is not null)::int as mean,
      (select coalesce(sum(r.income_per_capita - h.income_per_capita), 0) from households h
         join income_records r on r.household_id = h.id where ${helped} and r.year = ${year} and r.confirmed_by is not null)::int as increase,
      (select count(*) from households h join income_records r on r.household_id = h.id
         where ${helped} and r.year = ${year} and r.confirmed_at is not null)::int as confirmed`);
  const b = await one<{ grants: number; loans: number }>(sql`
    select coalesce(sum(s.amount_yuan) filter (where s.kind = 'dpf_funding'), 0)::int as grants,
      coalesce(sum(s.amount_yuan) filter (where s.kind = 'micro_loan'), 0)::int as loans from supports s
    where s.kind <> 'village_job' and extract(year from s.granted_on) = ${year}
      and s.household_id in (select id from households where programme_id = ${programmeId} and village_code like ${`${countyCode}%`})`);
  return {
    householdsHelped: a.helped,
    disabledHelped: a.disabled,
    incomeCompared: a.confirmed,
    incomeMissing: a.helped - a.confirmed,
    incomeMeanIncreaseYuan: a.mean,
    incomeIncreaseYuan: a.increase,
    grantsYuan: b.grants,
    loansYuan: b.loans,
    fundsInvestedYuan: b.grants + b.loans,
  };
}

/** A county_dpf account of `countyCode` made for this test (the demo data has one for 洮北区 only). */
async function countyOfficial(countyCode: string): Promise<Official> {
  const username = `test-county-dpf-${countyCode}`;
  const [known] = await rows<{ id: number }>(sql`select id from officials where username = ${username}`);
  const { id } =
    known ??
    (await one<{ id: number }>(sql`
      insert into officials (username, password_hash, display_name, role, region_code, totp_secret)
      values (${username}, 'x', '测试县残联', 'county_dpf', ${countyCode}, ${DEMO_TOTP_SECRET}) returning id`));
  return (await loadOfficial(database.db, { id, sessionVersion: 1 }))!;
}

const text = '本年度全县落实结对帮扶，组织技术培训，发放小额贷款和残联资助，帮扶对象收入有所增加。下一步继续开展定期回访，核实每户的年人均纯收入，巩固帮扶成果。';

beforeAll(async () => {
  ({ id: programmeId } = await one<{ id: number }>(sql`select id from programmes order by id desc limit 1`));
  confirmer = await officialNamed(database.db, 'county-dpf');
  // The demo data may already hold reports; these tests start every county from none.
  // Submitted reports are frozen by a trigger: as the database owner, set it aside for this clean-up only.
  await rows(sql`alter table annual_summaries disable trigger annual_summaries_freeze`);
  await rows(sql`delete from annual_summaries`);
  await rows(sql`alter table annual_summaries enable trigger annual_summaries_freeze`);
});

describe('computeSummaryFigures', () => {
  it('counts filed households, confirmed income increase and loans and funding of the year, as SQL does', async () => {
    const target = { programmeId, countyCode: '220802', year: 2026 };
    const before = await computeSummaryFigures(database.db, target);
    expect(before).toEqual(await figuresBySql('220802', 2026));

    const village = '220802100201';
    const [otherVillage] = await rows<{ code: string }>(sql`select code from regions where level = 'village' and code like '220821%' limit 1`);
    const h1 = await household(village, 2026, 2000);
    const h2 = await household(village, 2026, 1500);
    const h3 = await household(village, 2026, 2500);
    const notFiled = await household(village, 2026, 1000, false);
    const lastYear = await household(village, 2025, 1200);
    const elsewhere = await household(otherVillage!.code, 2026, 1800);
    await income(h1, 2026, 3100, true); // +1100
    await income(h1, 2025, 2600, true); // another year: ignored
    await income(h2, 2026, 2500, false); // not confirmed: missing
    await income(h3, 2026, 2300, true); // −200: a fall counts as such
    await income(notFiled, 2026, 5000, true); // not filed: not helped
    await income(lastYear, 2026, 4000, true); // a 2025 household: not in the 2026 report
    await income(elsewhere, 2026, 9000, true); // another county
    await support(h1, 'micro_loan', 20000, '2026-03-01');
    await support(h1, 'dpf_funding', 5000, '2026-12-31');
    await support(h2, 'dpf_funding', 3000, '2025-12-31'); // granted the year before
    await support(h2, 'village_job', null, '2026-04-01'); // a job, no money
    await support(lastYear, 'micro_loan', 10000, '2026-01-01'); // granted this year in the county
    await support(elsewhere, 'micro_loan', 7777, '2026-05-01'); // another county

    const after = await computeSummaryFigures(database.db, target);
    expect(after).toEqual(await figuresBySql('220802', 2026));
    expect(after.householdsHelped - before.householdsHelped).toBe(3);
    expect(after.incomeIncreaseYuan - before.incomeIncreaseYuan).toBe(1100 - 200);
    expect(after.incomeMissing - before.incomeMissing).toBe(1);
    expect(after.fundsInvestedYuan - before.fundsInvestedYuan).toBe(20000 + 5000 + 10000);
    expect(after.grantsYuan - before.grantsYuan).toBe(5000);
    expect(after.loansYuan - before.loansYuan).toBe(20000 + 10000);
    expect(after.disabledHelped - before.disabledHelped).toBe(3);
    expect(after.incomeCompared - before.incomeCompared).toBe(2);
  });

  it('gives the mean increase over the households with both figures, and none when no household has them', async () => {
    // 洮南市 (220881) in a year with no demo household: only what this test adds.
    const target = { programmeId, countyCode: '220881', year: 2027 };
    const [village] = await rows<{ code: string }>(sql`select code from regions where level = 'village' and code like '220881%' and right(code, 3) between '200' and '399' order by code limit 1`);
    expect(await computeSummaryFigures(database.db, target)).toMatchObject({ householdsHelped: 0, incomeCompared: 0, incomeMeanIncreaseYuan: null, incomeMissing: 0 });
    const a = await household(village!.code, 2027, 2000);
    const b = await household(village!.code, 2027, 1000);
    const c = await household(village!.code, 2027, 1500);
    await rows(sql`update households set disabled_members = 2 where id = ${c}`);
    expect(await computeSummaryFigures(database.db, target)).toMatchObject({ householdsHelped: 3, disabledHelped: 4, incomeCompared: 0, incomeMeanIncreaseYuan: null, incomeMissing: 3 });
    await income(a, 2027, 3001, true); // +1001
    await income(b, 2027, 3000, true); // +2000
    const f = await computeSummaryFigures(database.db, target);
    // (1001 + 2000) / 2 = 1500.5, rounded; c lacks a confirmed figure and is counted as missing, not as 0.
    expect(f).toMatchObject({ incomeCompared: 2, incomeMissing: 1, incomeMeanIncreaseYuan: 1501, incomeIncreaseYuan: 3001 });
    expect(f).toEqual(await figuresBySql('220881', 2027));
  });
});

describe('getSummary', () => {
  it('shows the live figures of a draft, the stored ones once submitted, and is editable only before', async () => {
    const county = await officialNamed(database.db, 'county-org');
    const at = new Date('2026-10-20T02:00:00Z');
    const input = { programmeId, countyCode: '220802', year: 2026, summary: text, notes: '', confirm: 'yes' };
    expect((await getSummary(county, '220802', 2026, at))!).toMatchObject({ status: 'not_started', editable: true });
    expect(await saveSummaryDraft.run(county, input, at)).toMatchObject({ ok: true });
    const draft = (await getSummary(county, '220802', 2026, at))!;
    expect(draft).toMatchObject({ status: 'draft', editable: true, summary: text, countyName: '洮北区' });
    expect(draft.figures).toEqual(await figuresBySql('220802', 2026));

    expect(await submitSummary.run(county, input, at)).toMatchObject({ ok: true });
    const frozen = (await getSummary(county, '220802', 2026, at))!;
    expect(frozen).toMatchObject({ status: 'submitted_on_time', editable: false, submittedBy: county.displayName });
    expect(frozen.submittedAt?.toISOString()).toBe(at.toISOString());

    // A loan granted after submission changes the records, not the submitted report.
    const [h] = await rows<{ id: number }>(sql`select id from households where village_code like '220802%' and filed_at is not null and year = 2026 limit 1`);
    await support(h!.id, 'micro_loan', 1234, '2026-11-01');
    const later = (await getSummary(county, '220802', 2026, at))!;
    expect(later.figures.fundsInvestedYuan).toBe(frozen.figures.fundsInvestedYuan);
    expect((await figuresBySql('220802', 2026)).fundsInvestedYuan).toBe(frozen.figures.fundsInvestedYuan + 1234);
    expect(later.figures).toEqual(frozen.figures);
    expect(frozen.figures.grantsYuan + frozen.figures.loansYuan).toBe(frozen.figures.fundsInvestedYuan);
  });

  it('is hidden from a county official of another county, from villages and for a year outside the programme', async () => {
    const at = new Date('2026-10-20T02:00:00Z');
    expect(await getSummary(await countyOfficial('220822'), '220802', 2026, at)).toBeNull();
    expect(await getSummary(await officialNamed(database.db, 'village-a'), '220802', 2026, at)).toBeNull();
    expect(await getSummary(await officialNamed(database.db, 'township-dpf'), '220802', 2026, at)).toBeNull();
    expect(await getSummary(await officialNamed(database.db, 'city'), '220802', 2022, at)).toBeNull(); // the programme runs 2023–2027
    expect(await getSummary(await officialNamed(database.db, 'city'), '220899', 2026, at)).toBeNull();
    // the city reads it, but does not write it
    expect(await getSummary(await officialNamed(database.db, 'city'), '220802', 2026, at)).toMatchObject({ editable: false });
  });
});

describe('getSummaryOverview', () => {
  it('the city sees every county for a past year with the late ones first', async () => {
    const year = 2025;
    const input = (countyCode: string) => ({ programmeId, countyCode, year, summary: text, notes: '', confirm: 'yes' });
    // 洮北区 submits on 3 November, 镇赉县 at 00:00:01 China on 6 November (late), 通榆县 saves a draft only.
    const onTime = await submitSummary.run(await officialNamed(database.db, 'county-dpf'), input('220802'), new Date('2025-11-03T02:00:00Z'));
    expect(onTime).toMatchObject({ ok: true });
    const late = await submitSummary.run(await countyOfficial('220821'), input('220821'), new Date('2025-11-05T16:00:01Z'));
    expect(late).toMatchObject({ ok: true });
    const draft = await saveSummaryDraft.run(await countyOfficial('220822'), input('220822'), new Date('2025-10-01T02:00:00Z'));
    expect(draft).toMatchObject({ ok: true });

    const city = await officialNamed(database.db, 'city');
    const before = (await getSummaryOverview(city, year, new Date('2025-11-05T15:59:59Z')))!;
    expect(before.scope).toBe('city');
    expect(before.rows.map((r) => [r.countyCode, r.status])).toEqual([
      ['220821', 'submitted_late'], // 00:00:01 on 6 November, China time
      ['220871', 'not_started'], // the development zone has villages too, so it reports like any county
      ['220881', 'not_started'],
      ['220882', 'not_started'],
      ['220822', 'draft'],
      ['220802', 'submitted_on_time'],
    ]);

    const after = (await getSummaryOverview(city, year, new Date('2025-12-01T02:00:00Z')))!;
    expect(after.rows.map((r) => [r.countyCode, r.status, r.hasDraft])).toEqual([
      ['220822', 'late', true],
      ['220871', 'late', false],
      ['220881', 'late', false],
      ['220882', 'late', false],
      ['220821', 'submitted_late', false],
      ['220802', 'submitted_on_time', false],
    ]);
  });

  it('a county official sees their own county for every year; others see nothing', async () => {
    const overview = (await getSummaryOverview(await officialNamed(database.db, 'county-dpf'), 2026, new Date('2026-12-01T02:00:00Z')))!;
    expect(overview.scope).toBe('county');
    expect(overview.rows.map((r) => [r.countyCode, r.year, r.status])).toEqual([
      ['220802', 2023, 'late'], // the clean-up above removed every report
      ['220802', 2024, 'late'],
      ['220802', 2025, 'submitted_on_time'],
      ['220802', 2026, 'submitted_on_time'],
      ['220802', 2027, 'not_started'],
    ]);
    for (const username of ['village-a', 'township-party', 'township-dpf', 'admin']) {
      expect(await getSummaryOverview(await officialNamed(database.db, username), 2026, new Date()), username).toBeNull();
    }
  });
});
