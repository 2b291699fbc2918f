// The officials' notice read models against the demo data: who sees which notices, who sees the
// private side of objections, and the draft preview showing what publishing would take.
import { sql, type SQL } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDraft } from '@/lib/actions/notices';
import type { Official } from '@/lib/auth/official';
import { useSeededDatabase } from '@/test/seeded-database';
import { officialNamed } from '@/test/officials';
import {
  getDraftEditForm,
  getNewDraftForm,
  getOfficialNotice,
  getOfficialObjection,
  groupNotices,
  householdProblem,
  listRegionNotices,
  noticeActions,
  type DraftTarget,
  type HouseholdFacts,
} from './notices';

const A = '220802100201';
const database = useSeededDatabase();
let now: Date;
const accounts: Record<string, Official> = {};
const { rows, one } = database;
const noticeOf = async (where: SQL) => (await one<{ id: number }>(sql`select id from notices where ${where}`)).id;

beforeAll(async () => {
  now = database.seededAt;
  for (const name of ['village-a', 'village-b', 'township-party', 'county-dpf', 'city', 'admin']) {
    accounts[name] = await officialNamed(database.db, name);
  }
});

describe('householdProblem', () => {
  const target: DraftTarget = { programmeId: 1, villageCode: A, year: 2026, incomeThreshold: 2800, carriedOver: new Set([7]) };
  const h: HouseholdFacts = { id: 1, programmeId: 1, villageCode: A, year: 2026, status: 'registered', incomePerCapita: 2799, householdSize: 3, disabledMembers: 1 };
  it('allows a registered eligible household of the village and year', () => expect(householdProblem(h, target)).toBeNull());
  it('refuses another village or year', () => {
    expect(householdProblem({ ...h, villageCode: '220802100202' }, target)).toBe('elsewhere');
    expect(householdProblem({ ...h, year: 2025 }, target)).toBe('elsewhere');
  });
  it('refuses a household at the threshold', () => expect(householdProblem({ ...h, incomePerCapita: 2800 }, target)).toBe('ineligible'));
  it('refuses a listed household, unless the correction carries it over', () => {
    expect(householdProblem({ ...h, status: 'listed' }, target)).toBe('not_registered');
    expect(householdProblem({ ...h, id: 7, status: 'listed' }, target)).toBeNull();
    expect(householdProblem({ ...h, id: 7, status: 'passed' }, target)).toBe('not_registered');
  });
});

describe('the notice list', () => {
  it('shows a village official the village’s notices, grouped by what to do next', async () => {
    const list = await listRegionNotices(accounts['village-a']!);
    expect(new Set(list.map((n) => n.villageCode))).toEqual(new Set([A]));
    const groups = groupNotices(list, now);
    expect([groups.drafts.length, groups.open.length, groups.ended.length, groups.closed.length, groups.inactive.length]).toEqual([0, 1, 1, 1, 0]);
    const ended = groups.ended[0]!;
    expect({ objections: ended.objections, unresolved: ended.unresolved }).toEqual({ objections: 2, unresolved: 0 });
  });

  it('shows a township its villages’ drafts, the city everything, and the account administrator nothing', async () => {
    const township = await listRegionNotices(accounts['township-party']!);
    expect(township.every((n) => n.villageCode.startsWith('220802100'))).toBe(true);
    expect(township.some((n) => n.status === 'draft')).toBe(true);
    const all = await one<{ n: number }>(sql`select count(*)::int as n from notices`);
    expect((await listRegionNotices(accounts.city!)).length).toBe(all.n);
    expect(await listRegionNotices(accounts.admin!)).toEqual([]);
  });
});

describe('one notice', () => {
  it('is hidden from an official of another village', async () => {
    const openA = await noticeOf(sql`village_code = ${A} and status = 'published' and period_ends_at > ${now.toISOString()}`);
    expect(await getOfficialNotice(accounts['village-b']!, openA)).toBeNull();
    expect(await getOfficialNotice(accounts['village-a']!, 0)).toBeNull();
    expect(await getOfficialNotice(accounts['village-a']!, 999_999)).toBeNull();
  });

  it('shows the objection text only to roles with objection.view', async () => {
    const ended = await noticeOf(sql`village_code = ${A} and status = 'published' and period_ends_at <= ${now.toISOString()}`);
    const secret = await one<{ summary: string; objection_id: number }>(
      sql`select p.summary, p.objection_id from objection_private p join objections o on o.id = p.objection_id where o.notice_id = ${ended} limit 1`,
    );
    const village = (await getOfficialNotice(accounts['village-a']!, ended))!;
    expect(village.objections.map((o) => o.private?.summary)).toContain(secret.summary);
    const county = (await getOfficialNotice(accounts['county-dpf']!, ended))!;
    expect(county.objections).toHaveLength(village.objections.length);
    expect(county.objections.every((o) => o.private === null)).toBe(true);
    expect(JSON.stringify(county)).not.toContain(secret.summary);
    const single = await getOfficialObjection(accounts['village-a']!, ended, secret.objection_id);
    expect(single?.objection.private?.summary).toBe(secret.summary);
    expect(await getOfficialObjection(accounts['village-b']!, ended, secret.objection_id)).toBeNull();
  });

  it('offers each official only what the rules allow', async () => {
    const ended = await noticeOf(sql`village_code = ${A} and status = 'published' and period_ends_at <= ${now.toISOString()}`);
    const found = (await getOfficialNotice(accounts['village-a']!, ended))!;
    // After the period, until closing, recording stays offered: for a letter postmarked within the
    // period (issue 9 item 5; the action refuses anything else, lib/domain/objection-intake.ts).
    expect(noticeActions(accounts['village-a']!, found, now)).toMatchObject({ state: 'period_ended', close: true, closeAllowed: true, record: true, withdraw: true, correct: true });
    expect(noticeActions(accounts['township-party']!, found, now)).toMatchObject({ close: false, resolve: true, withdraw: false, correct: false });
    const beforeEnd = new Date(found.notice.periodEndsAt!.getTime() - 1000);
    expect(noticeActions(accounts['village-a']!, found, beforeEnd)).toMatchObject({ state: 'open', record: true, closeAllowed: false });
    const closed = (await getOfficialNotice(accounts['village-a']!, await noticeOf(sql`village_code = ${A} and status = 'closed'`)))!;
    expect(noticeActions(accounts['village-a']!, closed, now)).toMatchObject({ state: 'closed', record: false, close: false, withdraw: false, correct: false });
  });

  it('previews a draft from the households’ current facts and flags one that can no longer be listed', async () => {
    const [h1, h2] = (await rows<{ id: number }>(sql`select id from households where village_code = ${A} and status = 'registered' order by id`)).map((r) => r.id);
    const created = await createDraft.run(
      accounts['village-a']!,
      { villageCode: A, year: '2026', title: '标题', issuingBody: '平安村党支部', body: '正文', objectionPhone: '0436-1234567', objectionPlace: '村委会', householdIds: [h1, h2] },
      now,
    );
    if (!created.ok) throw new Error(created.message);
    const id = created.value.id;
    await rows(sql`update households set income_per_capita = 999 where id = ${h1}`);
    await rows(sql`update households set income_per_capita = 2900 where id = ${h2}`);
    const found = (await getOfficialNotice(accounts['village-a']!, id))!;
    expect(found.entries.map((e) => [e.householdId, e.incomePerCapita, e.problem])).toEqual([
      [h1, 999, null],
      [h2, 2900, 'ineligible'],
    ]);
    const form = (await getDraftEditForm(accounts['village-a']!, id))!;
    expect(form.selected).toEqual([h1, h2]);
    expect(form.households.map((h) => h.id)).not.toContain(h2); // no longer eligible: not offered
    expect(await getDraftEditForm(accounts['village-b']!, id)).toBeNull();
  });

  it('offers the new-draft form only to those who may draft, with full names only for household.view', async () => {
    const form = (await getNewDraftForm(accounts['village-a']!, {}, now))!;
    expect(form.village.code).toBe(A);
    expect(form.years).toEqual([2023, 2024, 2025, 2026, 2027]);
    const eligible = await rows<{ id: number }>(
      sql`select id from households where village_code = ${A} and year = ${form.year} and status = 'registered' and income_per_capita < 2800 order by id`,
    );
    expect(form.households.map((h) => h.id).sort((a, b) => a - b)).toEqual(eligible.map((r) => r.id));
    expect(form.households.every((h) => typeof h.fullName === 'string' && h.fullName.length > 1)).toBe(true);
    expect(form.ineligible).toBeGreaterThan(0); // the household made ineligible above
    expect(await getNewDraftForm(accounts['township-party']!, {}, now)).toBeNull();
    expect((await getNewDraftForm(accounts['village-a']!, { villageCode: '220802100202', year: 2031 }, now))!.village.code).toBe(A);
  });
});
