// Saving and submitting a county's annual summary (总结验收) on a real database: who may, what is
// required to submit, figures stored as they are at submission, read-only afterwards, and the audit.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Official } from '@/lib/auth/official';
import { verifyAuditChain } from '@/lib/audit/verify';
import { computeSummaryFigures, type SummaryFigures } from '@/lib/data/officials/summaries';
import { zhAdmin } from '@/lib/i18n/zh-admin';
import { zhAdminPlan } from '@/lib/i18n/zh-admin-plan';
import { useSeededDatabase } from '@/test/seeded-database';
import { officialNamed } from '@/test/officials';
import { saveSummaryDraft, submitSummary } from './summaries';

const database = useSeededDatabase();
let programmeId: number;
let countyDpf: Official;
const { rows } = database;
const e = zhAdminPlan.summary.errors;

const text = '本年度全县落实结对帮扶，组织技术培训，发放小额贷款和残联资助，帮扶对象收入有所增加。下一步继续开展定期回访，核实每户的年人均纯收入，巩固帮扶成果。';
const october = new Date('2026-10-10T02:00:00Z');
const lastSecond = new Date('2026-11-05T15:59:59Z'); // 23:59:59 on 5 November, China time

type Report = {
  id: number;
  status: string;
  households_helped: number;
  income_increase_yuan: number;
  funds_invested_yuan: number;
  notes: string;
  summary: string;
  submitted_at: Date | string | null;
  submitted_by: number | null;
};
async function report(countyCode: string, year: number): Promise<Report | undefined> {
  const [row] = await rows<Report>(sql`select * from annual_summaries where county_code = ${countyCode} and year = ${year}`);
  return row;
}
const audits = (action: string) =>
  rows<{ summary: Record<string, unknown>; role: string; entity_id: string }>(
    sql`select summary, role, entity_id from audit_log where action = ${action} order by id`,
  );
/** The figures as the report's columns store them. */
const storedFigures = (figures: SummaryFigures) => ({
  households_helped: figures.householdsHelped,
  disabled_helped: figures.disabledHelped,
  income_compared: figures.incomeCompared,
  income_missing: figures.incomeMissing,
  income_mean_increase_yuan: figures.incomeMeanIncreaseYuan,
  income_increase_yuan: figures.incomeIncreaseYuan,
  grants_yuan: figures.grantsYuan,
  loans_yuan: figures.loansYuan,
  funds_invested_yuan: figures.fundsInvestedYuan,
});
const form = (over: Record<string, string> = {}) => ({
  programmeId: String(programmeId),
  countyCode: '220802',
  year: '2026',
  notes: '',
  summary: text,
  confirm: 'yes',
  ...over,
});

beforeAll(async () => {
  [{ id: programmeId }] = (await rows<{ id: number }>(sql`select id from programmes order by id desc limit 1`)) as [{ id: number }];
  countyDpf = await officialNamed(database.db, 'county-dpf');
  // The demo data may already hold reports; these tests start every county from none.
  // Submitted reports are frozen by a trigger: as the database owner, set it aside for this clean-up only.
  await rows(sql`alter table annual_summaries disable trigger annual_summaries_freeze`);
  await rows(sql`delete from annual_summaries`);
  await rows(sql`alter table annual_summaries enable trigger annual_summaries_freeze`);
  // A filed household with a confirmed income and a loan, so the figures are not all zero.
  const [h] = await rows<{ id: number; income: number }>(sql`
    insert into households (programme_id, year, village_code, masked_name, sex, age, disability_category,
      disability_grade, household_size, disabled_members, income_per_capita, status, filed_at)
    values (${programmeId}, 2026, '220802100201', '测*', 'F', 50, 1, 2, 2, 1, 1900, 'passed', '2026-05-01T02:00:00Z')
    returning id, income_per_capita as income`);
  await rows(sql`insert into income_records (household_id, year, income_per_capita, confirmed_by, confirmed_at)
    values (${h!.id}, 2026, 3000, ${countyDpf.id}, '2026-09-01T02:00:00Z')`);
  await rows(sql`insert into supports (household_id, kind, description, amount_yuan, granted_on)
    values (${h!.id}, 'micro_loan', '测试贷款', 30000, '2026-04-01')`);
});

describe('saveSummaryDraft', () => {
  it('saves notes and a short summary as a draft, with the figures of the moment, and audits them', async () => {
    const result = await saveSummaryDraft.run(countyDpf, form({ summary: '先写一部分', notes: '收入尚在核对' }), october);
    expect(result).toMatchObject({ ok: true, message: zhAdminPlan.summary.draftSaved });
    const figures = await computeSummaryFigures(database.db, { programmeId, countyCode: '220802', year: 2026 });
    expect(figures.householdsHelped).toBeGreaterThan(0);
    expect(figures.fundsInvestedYuan).toBeGreaterThanOrEqual(30000);
    const row = (await report('220802', 2026))!;
    expect(row).toMatchObject({
      status: 'draft',
      summary: '先写一部分',
      notes: '收入尚在核对',
      ...storedFigures(figures),
      submitted_at: null,
    });
    const audit = (await audits('summary.save')).at(-1); // the seed's own drafts come first
    expect(audit).toMatchObject({ role: 'county_dpf', entity_id: String(row.id) });
    expect(audit!.summary).toEqual({ countyCode: '220802', year: 2026, status: 'draft', ...figures });
    // Saving again updates the same report
    expect(await saveSummaryDraft.run(countyDpf, form({ summary: '再写一些' }), october)).toMatchObject({ ok: true });
    expect((await report('220802', 2026))!).toMatchObject({ id: row.id, summary: '再写一些', notes: '' });
  });

  it('refuses notes or a summary that are too long, by field', async () => {
    const long = await saveSummaryDraft.run(countyDpf, form({ summary: '字'.repeat(5001), notes: '注'.repeat(2001) }), october);
    expect(long).toMatchObject({ ok: false, fieldErrors: { summary: e.summaryTooLong(5000), notes: e.notesTooLong(2000) } });
  });
});

describe('submitSummary', () => {
  it('needs a summary of at least 50 characters and the confirmation, each named', async () => {
    const short = await submitSummary.run(countyDpf, form({ summary: '太短了' }), lastSecond);
    expect(short).toMatchObject({ ok: false, message: zhAdmin.errors.fixFields, fieldErrors: { summary: e.summaryTooShort(50) } });
    const empty = await submitSummary.run(countyDpf, form({ summary: '   ' }), lastSecond);
    expect(empty).toMatchObject({ ok: false, fieldErrors: { summary: e.summaryRequired } });
    const { confirm: _confirm, ...unconfirmed } = form();
    expect(await submitSummary.run(countyDpf, unconfirmed, lastSecond)).toMatchObject({ ok: false, fieldErrors: { confirm: e.confirmRequired } });
    expect((await report('220802', 2026))!.status).toBe('draft');
  });

  it('refuses a county official of another county (region), and every role without summary.write', async () => {
    const other = await submitSummary.run(countyDpf, form({ countyCode: '220821' }), lastSecond);
    expect(other).toMatchObject({ ok: false, refused: 'region', message: zhAdmin.errors.region });
    expect(await report('220821', 2026)).toBeUndefined();
    for (const username of ['city', 'admin', 'township-party', 'township-dpf', 'village-a']) {
      const official = await officialNamed(database.db, username);
      expect(await saveSummaryDraft.run(official, form(), lastSecond), username).toMatchObject({ ok: false, refused: 'role' });
      expect(await submitSummary.run(official, form(), lastSecond), username).toMatchObject({ ok: false, refused: 'role' });
    }
  });

  it('refuses a county that is not one, a year outside the programme, and a year not yet begun', async () => {
    expect(await submitSummary.run(countyDpf, form({ countyCode: '220802100' }), lastSecond)).toMatchObject({ ok: false, fieldErrors: { countyCode: e.county } });
    expect(await submitSummary.run(countyDpf, form({ countyCode: '220899' }), lastSecond)).toMatchObject({ ok: false, message: e.countyUnknown });
    expect(await submitSummary.run(countyDpf, form({ year: '2028' }), lastSecond)).toMatchObject({ ok: false, fieldErrors: { year: e.yearRange(2023, 2027) } });
    expect(await submitSummary.run(countyDpf, form({ year: '2027' }), lastSecond)).toMatchObject({ ok: false, message: e.yearNotStarted });
    expect(await report('220802', 2027)).toBeUndefined(); // the refusal rolled back the empty draft too
    // a draft for next year may be started
    expect(await saveSummaryDraft.run(countyDpf, form({ year: '2027' }), lastSecond)).toMatchObject({ ok: true });
  });

  it('stores the figures as they are at submission, with who and when, on time in the last second of 5 November', async () => {
    const figures = await computeSummaryFigures(database.db, { programmeId, countyCode: '220802', year: 2026 });
    const result = await submitSummary.run(countyDpf, form({ notes: '两户收入待确认' }), lastSecond);
    expect(result).toMatchObject({ ok: true, redirectTo: '/admin/summaries/220802/2026?submitted=1' });
    const row = (await report('220802', 2026))!;
    expect(row).toMatchObject({
      status: 'submitted',
      summary: text,
      notes: '两户收入待确认',
      ...storedFigures(figures),
      submitted_by: countyDpf.id,
    });
    expect(new Date(row.submitted_at!).toISOString()).toBe(lastSecond.toISOString());
    const submitted = await audits('summary.submit');
    expect(submitted.at(-1)!.summary).toEqual({
      countyCode: '220802',
      year: 2026,
      status: 'submitted_on_time',
      late: false,
      ...figures,
    });
  });

  it('is read-only after submission: neither a draft save nor a second submission changes it', async () => {
    const before = (await report('220802', 2026))!;
    const audited = (await audits('summary.save')).length;
    expect(await saveSummaryDraft.run(countyDpf, form({ summary: '改一下' }), lastSecond)).toMatchObject({ ok: false, refused: 'rule', message: e.alreadySubmitted });
    expect(await submitSummary.run(await officialNamed(database.db, 'county-org'), form(), lastSecond)).toMatchObject({ ok: false, message: e.alreadySubmitted });
    expect(await report('220802', 2026)).toEqual(before);
    expect((await audits('summary.save')).length).toBe(audited);
  });

  it('a submission one second after 5 November ends in China is recorded as late', async () => {
    const county = await officialNamed(database.db, 'county-org');
    const result = await submitSummary.run(county, form({ year: '2025' }), new Date('2025-11-05T16:00:00Z'));
    expect(result).toMatchObject({ ok: true });
    expect((await audits('summary.submit')).at(-1)!.summary).toMatchObject({ year: 2025, status: 'submitted_late', late: true });
  });

  it('keeps the audit chain intact', async () => {
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true });
  });
});
