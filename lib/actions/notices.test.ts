// Notice actions against a real database with the demo data: drafting, publishing, withdrawal,
// correction and closing, each with its refusals (role, region, rule) and what the database holds after.
import { sql, type SQL } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRegions, readRegionFile } from '@/db/regions/load';
import type { Official } from '@/lib/auth/official';
import { villagesFor } from '@/lib/data/officials/notices';
import { formatCloseNoticeRefusal, zhWithdrawRefusals } from '@/lib/i18n/zh-errors';
import { zhAdmin } from '@/lib/i18n/zh-admin';
import { zhAdminNotices } from '@/lib/i18n/zh-admin-notices';
import { makeResidentId, noticePeriod } from '@/lib/domain';
import { useSeededDatabase } from '@/test/seeded-database';
import { demoOfficials, officialNamed } from '@/test/officials';
import { ok, refused } from '@/test/action-results';
import { closeNotice, correctNotice, createDraft, deleteDraft, publishNotice, updateDraft, withdrawNotice } from './notices';
import { recordObjection, resolveObjection } from './objections';
import { zhPublishedText } from '@/lib/i18n/zh-published-text';

const A = '220802100201'; // 平安村委会 (village-a)
const B = '220802100202'; // 永平村委会 (village-b)
const t = zhAdminNotices.errors;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const database = useSeededDatabase();
const { rows, one } = database;
let now: Date;
let villageA: Official;
let villageB: Official;
let townshipParty: Official;
let countyDpf: Official;

/** A fresh eligible registered household (a fixture: registering is another page's job). */
async function addHousehold(village = A, income = 1500): Promise<number> {
  const { id } = await one<{ id: number }>(sql`
    insert into households (programme_id, year, village_code, village_group, masked_name, sex, age,
      disability_category, disability_grade, household_size, disabled_members, income_per_capita)
    values (1, 2026, ${village}, '二组', '测*户', 'F', 44, 4, 3, 3, 1, ${income}) returning id`);
  return id;
}

const registeredIn = async (village: string) =>
  (await rows<{ id: number }>(sql`select id from households where village_code = ${village} and status = 'registered' and year = 2026 order by id`)).map((r) => r.id);

const draftFields = (householdIds: (number | string)[], extra: Record<string, unknown> = {}) => ({
  villageCode: A,
  year: '2026',
  title: '白城市洮北区平安镇平安村2026年度农村贫困残疾人家庭帮扶对象拟定名单公示',
  issuingBody: '平安村党支部',
  body: '现将拟定名单予以公示。',
  objectionPhone: '0436-1234567',
  objectionPlace: '平安村村委会办公室',
  householdIds,
  ...extra,
});

async function publishedDraft(householdIds: number[], at: Date, official = villageA, village = A): Promise<number> {
  const { id } = ok(await createDraft.run(official, draftFields(householdIds, { villageCode: village }), at));
  ok(await publishNotice.run(official, { id }, at));
  return id;
}

const statusOf = async (table: 'notices' | 'households', id: number) =>
  (await one<{ status: string }>(sql`select status from ${sql.raw(table)} where id = ${id}`)).status;

async function demoNotice(village: string, where: SQL): Promise<number> {
  return (await one<{ id: number }>(sql`select id from notices where village_code = ${village} and ${where}`)).id;
}

beforeAll(async () => {
  now = database.seededAt;
  ({ villageA, villageB, townshipParty, countyDpf } = await demoOfficials(database.db));
});

describe('drafting a notice', () => {
  it('creates a draft with a snapshot of each chosen household, and audits it without private data', async () => {
    const [h1, h2] = await registeredIn(A);
    const result = await createDraft.run(villageA, draftFields([String(h2), String(h1)]), now);
    const { id } = ok(result);
    expect(result.ok && result.redirectTo).toBe(`/admin/notices/${id}?done=created`);
    expect(await statusOf('notices', id)).toBe('draft');
    const entries = await rows<{ household_id: number; position: number; masked_name: string; income_per_capita: number }>(
      sql`select household_id, position, masked_name, income_per_capita from notice_entries where notice_id = ${id} order by position`,
    );
    expect(entries.map((e) => [e.household_id, e.position])).toEqual([[h2, 1], [h1, 2]]); // the order chosen
    const source = await one<{ masked_name: string; income_per_capita: number }>(sql`select masked_name, income_per_capita from households where id = ${h2}`);
    expect(entries[0]).toMatchObject({ masked_name: source.masked_name, income_per_capita: source.income_per_capita });
    // Drafting does not list anyone yet.
    expect(await statusOf('households', h1!)).toBe('registered');
    const audit = await one<{ action: string; summary: unknown }>(sql`select action, summary from audit_log where entity_type = 'notice' and entity_id = ${String(id)}`);
    expect(audit.action).toBe('notice.create');
    const fullName = await one<{ full_name: string }>(sql`select full_name from household_private where household_id = ${h1}`);
    expect(JSON.stringify(audit.summary)).not.toContain(fullName.full_name);
    ok(await deleteDraft.run(villageA, { id }, now));
  });

  it('takes the checkboxes from a real form (one ticked box is a string, several an array)', async () => {
    const [h1, h2] = await registeredIn(A);
    const form = new FormData();
    for (const [k, v] of Object.entries(draftFields([]))) if (k !== 'householdIds') form.set(k, String(v));
    form.append('householdIds', String(h1));
    const single = ok(await createDraft.run(villageA, form, now));
    form.append('householdIds', String(h2));
    const double = ok(await createDraft.run(villageA, form, now));
    const count = async (id: number) => (await one<{ n: number }>(sql`select count(*)::int as n from notice_entries where notice_id = ${id}`)).n;
    expect([await count(single.id), await count(double.id)]).toEqual([1, 2]);
    ok(await deleteDraft.run(villageA, { id: single.id }, now));
    ok(await deleteDraft.run(villageA, { id: double.id }, now));
  });

  it('says in Chinese which field is missing or wrong', async () => {
    const r = refused(await createDraft.run(villageA, draftFields([], { title: '  ', objectionPhone: 'call me' }), now));
    expect(r.message).toBe(zhAdmin.errors.fixFields);
    expect(r.fieldErrors).toEqual({ title: t.title, objectionPhone: t.objectionPhoneFormat, householdIds: t.householdIds });
    const year = refused(await createDraft.run(villageA, draftFields(await registeredIn(A), { year: '2031' }), now));
    expect(year.fieldErrors.year).toBe(t.yearRange(2023, 2027));
  });

  it('refuses a role that may not draft, and a village outside the official’s region', async () => {
    const ids = await registeredIn(A);
    expect(refused(await createDraft.run(townshipParty, draftFields(ids), now)).refused).toBe('role');
    const region = refused(await createDraft.run(villageB, draftFields(ids), now));
    expect(region.refused).toBe('region');
    expect(region.message).toBe(zhAdmin.errors.region);
    expect(refused(await createDraft.run(null, draftFields(ids), now)).refused).toBe('signed_out');
  });

  it('refuses households that are listed elsewhere, of another village, or no longer eligible', async () => {
    const listed = await one<{ id: number; masked_name: string }>(sql`select id, masked_name from households where village_code = ${A} and status = 'listed' limit 1`);
    const onList = refused(await createDraft.run(villageA, draftFields([listed.id]), now));
    expect(onList.fieldErrors.householdIds).toContain(t.householdNotRegistered(listed.masked_name));

    const [other] = await registeredIn(B);
    expect(refused(await createDraft.run(villageA, draftFields([other!]), now)).fieldErrors.householdIds).toBe(t.householdElsewhere);

    const rich = await addHousehold(A, 2800); // at the threshold: not strictly below it
    const ineligible = refused(await createDraft.run(villageA, draftFields([rich]), now));
    expect(ineligible.fieldErrors.householdIds).toContain(t.householdIneligible('测*户', 2800));
    expect(refused(await createDraft.run(villageA, draftFields([999_999]), now)).fieldErrors.householdIds).toBe(t.householdElsewhere);
  });

  it('edits a draft’s texts and list, and deletes a draft', async () => {
    const [h1, h2, h3] = await registeredIn(A);
    const { id } = ok(await createDraft.run(villageA, draftFields([h1!, h2!]), now));
    expect(refused(await updateDraft.run(villageB, { ...draftFields([h3!]), id }, now)).refused).toBe('region');
    ok(await updateDraft.run(villageA, { ...draftFields([h3!, h1!], { title: '改过的标题' }), id }, now));
    const notice = await one<{ title: string }>(sql`select title from notices where id = ${id}`);
    expect(notice.title).toBe('改过的标题');
    const list = await rows<{ household_id: number }>(sql`select household_id from notice_entries where notice_id = ${id} order by position`);
    expect(list.map((e) => e.household_id)).toEqual([h3, h1]);
    expect(refused(await deleteDraft.run(villageB, { id }, now)).refused).toBe('region');
    const deleted = await deleteDraft.run(villageA, { id }, now);
    expect(deleted.ok && deleted.redirectTo).toBe('/admin/notices?done=deleted');
    expect(await rows(sql`select id from notices where id = ${id}`)).toEqual([]);
  });
});

describe('publishing', () => {
  it('re-takes the snapshot, starts the period from now, lists the households, and audits it', async () => {
    const h = await addHousehold();
    const { id } = ok(await createDraft.run(villageA, draftFields([h]), now));
    // The register changes after drafting: the public list must show the facts at publication.
    await rows(sql`update households set income_per_capita = 1234, age = 45 where id = ${h}`);
    expect(refused(await publishNotice.run(townshipParty, { id }, now)).refused).toBe('role');
    expect(refused(await publishNotice.run(villageB, { id }, now)).refused).toBe('region');
    const value = ok(await publishNotice.run(villageA, { id }, now));
    const period = noticePeriod(now, 7);
    expect(value).toEqual({ id, entries: 1, periodEndDate: period.endDate });
    const notice = await one<{ status: string; published_at: Date; period_start_date: string; period_end_date: string; period_ends_at: Date }>(
      sql`select status, published_at, period_start_date::text, period_end_date::text, period_ends_at from notices where id = ${id}`,
    );
    expect(notice.status).toBe('published');
    expect(new Date(notice.published_at).getTime()).toBe(now.getTime());
    expect([notice.period_start_date, notice.period_end_date]).toEqual([period.startDate, period.endDate]);
    expect(new Date(notice.period_ends_at).getTime()).toBe(period.endsAt.getTime());
    expect(await one(sql`select income_per_capita, age from notice_entries where notice_id = ${id}`)).toEqual({ income_per_capita: 1234, age: 45 });
    expect(await statusOf('households', h)).toBe('listed');
    const audit = await one<{ summary: { entries: number; periodEndDate: string } }>(
      sql`select summary from audit_log where action = 'notice.publish' and entity_id = ${String(id)}`,
    );
    expect(audit.summary).toMatchObject({ entries: 1, periodEndDate: period.endDate });
  });

  it('freezes a published notice: the edit action refuses with a message, and the database refuses SQL', async () => {
    const h = await addHousehold();
    const id = await publishedDraft([h], now);
    const r = refused(await updateDraft.run(villageA, { ...draftFields([h], { title: '偷偷改' }), id }, now));
    expect(r.message).toBe(t.notDraft);
    expect(refused(await deleteDraft.run(villageA, { id }, now)).message).toBe(t.notDraftDelete);
    expect(refused(await publishNotice.run(villageA, { id }, now)).message).toBe(t.notDraftPublish);
    await expect(rows(sql`update notices set title = '偷偷改' where id = ${id}`)).rejects.toThrow();
    await expect(rows(sql`update notice_entries set income_per_capita = 1 where notice_id = ${id}`)).rejects.toThrow();
    expect((await one<{ title: string }>(sql`select title from notices where id = ${id}`)).title).not.toBe('偷偷改');
  });

  it('refuses when a household was listed by another notice or became ineligible since drafting', async () => {
    const shared = await addHousehold();
    const first = ok(await createDraft.run(villageA, draftFields([shared]), now));
    const second = ok(await createDraft.run(villageA, draftFields([shared]), now));
    ok(await publishNotice.run(villageA, { id: first.id }, now));
    const r = refused(await publishNotice.run(villageA, { id: second.id }, now));
    expect(r.message).toBe(t.publishBlocked(t.householdNotRegistered('测*户')));
    expect(await statusOf('notices', second.id)).toBe('draft');

    const h = await addHousehold();
    const third = ok(await createDraft.run(villageA, draftFields([h]), now));
    await rows(sql`update households set income_per_capita = 3000 where id = ${h}`);
    expect(refused(await publishNotice.run(villageA, { id: third.id }, now)).message).toBe(t.publishBlocked(t.householdIneligible('测*户', 2800)));
    expect(await statusOf('households', h)).toBe('registered');
  });
});

describe('withdrawing', () => {
  it('withdraws an open notice with a public reason; its households return to registered', async () => {
    const openA = await demoNotice(A, sql`status = 'published' and period_ends_at > ${now.toISOString()}`);
    const listed = (await rows<{ id: number }>(sql`select household_id as id from notice_entries where notice_id = ${openA}`)).map((r) => r.id);
    expect(refused(await withdrawNotice.run(villageA, { id: openA, reason: '太短' }, now)).fieldErrors.reason).toBe(t.withdrawReasonShort);
    expect(refused(await withdrawNotice.run(villageB, { id: openA, reason: '名单信息有误，撤回' }, now)).refused).toBe('region');
    expect(refused(await withdrawNotice.run(countyDpf, { id: openA, reason: '名单信息有误，撤回' }, now)).refused).toBe('role');
    ok(await withdrawNotice.run(villageA, { id: openA, reason: '名单中一户家庭人口信息有误，撤回后重新公示' }, now));
    const notice = await one<{ status: string; withdrawal_reason: string; withdrawn_at: Date }>(
      sql`select status, withdrawal_reason, withdrawn_at from notices where id = ${openA}`,
    );
    expect(notice).toMatchObject({ status: 'withdrawn', withdrawal_reason: '名单中一户家庭人口信息有误，撤回后重新公示' });
    expect(new Date(notice.withdrawn_at).getTime()).toBe(now.getTime());
    for (const h of listed) expect(await statusOf('households', h)).toBe('registered');
    expect(refused(await withdrawNotice.run(villageA, { id: openA, reason: '再撤回一次试试' }, now)).message).toBe(zhWithdrawRefusals.not_open);
  });

  it('refuses published text that contains an ID, certificate or mobile number, next to its field', async () => {
    const h = await addHousehold();
    const id = makeResidentId('220802', '19700101', 7);
    const body = refused(await createDraft.run(villageA, draftFields([h], { body: `拟帮扶户身份证号${id}` }), now));
    expect(body.fieldErrors.body).toBe(zhPublishedText.personalNumbers(['id']));
    const open = await publishedDraft([h], now);
    const withdraw = refused(await withdrawNotice.run(villageA, { id: open, reason: `请联系13912345678，残疾证${id}42` }, now));
    expect(withdraw.fieldErrors.reason).toBe(zhPublishedText.personalNumbers(['certificate', 'mobile']));
    const { objectionId } = ok(
      await recordObjection.run(villageA, { noticeId: open, channel: 'phone', about: 'notice', summary: '评定程序不合规' }, new Date(now.getTime() + HOUR)),
    );
    const resolve = refused(await resolveObjection.run(villageA, { objectionId, outcome: 'dismissed', reason: '已电话联系139 1234 5678核实' }, now));
    expect(resolve.fieldErrors.reason).toBe(zhPublishedText.personalNumbers(['mobile']));
  });

  it('refuses after the period, unless an objection about the whole notice was upheld', async () => {
    const h = await addHousehold();
    const id = await publishedDraft([h], now);
    const end = noticePeriod(now, 7).endsAt;
    const after = new Date(end.getTime() + HOUR);
    expect(refused(await withdrawNotice.run(villageA, { id, reason: '期满后想撤回' }, after)).message).toBe(zhWithdrawRefusals.not_open);
    const { objectionId } = ok(
      await recordObjection.run(villageA, { noticeId: id, channel: 'phone', about: 'notice', summary: '评定程序不合规' }, new Date(now.getTime() + HOUR)),
    );
    ok(await resolveObjection.run(villageA, { objectionId, outcome: 'upheld', reason: '经核实评定程序不完整，须重新公示' }, after));
    const close = refused(await closeNotice.run(villageA, { id }, after));
    expect(close.message).toBe(formatCloseNoticeRefusal({ reason: 'upheld_whole_notice' }));
    ok(await withdrawNotice.run(villageA, { id, reason: '整份公示的异议成立，撤回后重新公示' }, after));
    expect(await statusOf('households', h)).toBe('registered');
  });
});

describe('correcting', () => {
  it('creates one draft correction with the same list, whose publication supersedes the old notice and restarts the period', async () => {
    const openB = await demoNotice(B, sql`status = 'published'`);
    const oldList = (await rows<{ id: number }>(sql`select household_id as id from notice_entries where notice_id = ${openB} order by position`)).map((r) => r.id);
    expect(refused(await correctNotice.run(villageA, { id: openB }, now)).refused).toBe('region');
    const created = await correctNotice.run(villageB, { id: openB }, now);
    const { id } = ok(created);
    expect(created.ok && created.redirectTo).toBe(`/admin/notices/${id}/edit?done=corrected`);
    const draft = await one<{ status: string; supersedes_id: number; title: string }>(sql`select status, supersedes_id, title from notices where id = ${id}`);
    expect(draft).toMatchObject({ status: 'draft', supersedes_id: openB });
    expect(draft.title).toMatch(/更正公示$/);
    const copied = (await rows<{ id: number }>(sql`select household_id as id from notice_entries where notice_id = ${id} order by position`)).map((r) => r.id);
    expect(copied).toEqual(oldList);
    expect(refused(await correctNotice.run(villageB, { id: openB }, now)).message).toBe(t.correctionExists);

    // The correction drops one household and adds a newly registered one.
    const [dropped, ...kept] = oldList;
    const added = (await registeredIn(B))[0]!;
    ok(await updateDraft.run(villageB, { ...draftFields([...kept, added], { villageCode: B }), id }, now));
    const later = new Date(now.getTime() + 2 * DAY);
    ok(await publishNotice.run(villageB, { id }, later));
    expect(await statusOf('notices', openB)).toBe('superseded');
    const period = noticePeriod(later, 7);
    const fresh = await one<{ status: string; period_start_date: string; period_end_date: string }>(
      sql`select status, period_start_date::text, period_end_date::text from notices where id = ${id}`,
    );
    expect(fresh).toEqual({ status: 'published', period_start_date: period.startDate, period_end_date: period.endDate });
    for (const h of [...kept, added]) expect(await statusOf('households', h)).toBe('listed');
    expect(await statusOf('households', dropped!)).toBe('registered');
    const audits = await rows<{ action: string; entity_id: string }>(
      sql`select action, entity_id from audit_log where action in ('notice.supersede', 'notice.publish') and entity_id in (${String(openB)}, ${String(id)}) and at = ${later.toISOString()} order by id`,
    );
    expect(audits).toEqual([
      { action: 'notice.supersede', entity_id: String(openB) },
      { action: 'notice.publish', entity_id: String(id) },
    ]);
  });

  it('refuses to correct a closed notice, and refuses a correction whose notice was withdrawn meanwhile', async () => {
    const closedA = await demoNotice(A, sql`status = 'closed'`);
    expect(refused(await correctNotice.run(villageA, { id: closedA }, now)).message).toBe(t.correctNotAllowed);
    const h = await addHousehold();
    const id = await publishedDraft([h], now);
    const correction = ok(await correctNotice.run(villageA, { id }, now));
    ok(await withdrawNotice.run(villageA, { id, reason: '发现错误，撤回公示' }, now));
    expect(refused(await publishNotice.run(villageA, { id: correction.id }, now)).message).toBe(t.correctionTargetGone);
  });
});

describe('closing', () => {
  it('refuses before the end of the period, and while an objection is unresolved', async () => {
    const h = await addHousehold();
    const id = await publishedDraft([h], now);
    const end = noticePeriod(now, 7).endsAt;
    expect(refused(await closeNotice.run(villageA, { id }, new Date(end.getTime() - 1000))).message).toBe(
      formatCloseNoticeRefusal({ reason: 'period_not_ended' }),
    );
    const entry = await one<{ id: number }>(sql`select id from notice_entries where notice_id = ${id}`);
    ok(await recordObjection.run(villageA, { noticeId: id, channel: 'in_person', about: String(entry.id), summary: '收入不实' }, now));
    const after = new Date(end.getTime() + 1000);
    expect(refused(await closeNotice.run(villageA, { id }, after)).message).toBe(formatCloseNoticeRefusal({ reason: 'unresolved_objections', count: 1 }));
    expect(await statusOf('notices', id)).toBe('published');
  });

  it('closes the demo notice after its period: the upheld household removed, the others passed', async () => {
    const ended = await demoNotice(A, sql`status = 'published' and period_ends_at <= ${now.toISOString()}`);
    expect(refused(await closeNotice.run(townshipParty, { id: ended }, now)).refused).toBe('role');
    expect(refused(await closeNotice.run(villageB, { id: ended }, now)).refused).toBe('region');
    const value = ok(await closeNotice.run(villageA, { id: ended }, now));
    expect(value).toEqual({ id: ended, passed: 3, removed: 1 });
    const entries = await rows<{ outcome: string; household: string; upheld: boolean }>(sql`
      select e.outcome, h.status as household,
        exists (select 1 from objections o where o.entry_id = e.id and o.status = 'upheld') as upheld
      from notice_entries e join households h on h.id = e.household_id where e.notice_id = ${ended} order by e.position`);
    expect(entries).toHaveLength(4);
    for (const e of entries) {
      expect(e.outcome).toBe(e.upheld ? 'removed' : 'passed');
      expect(e.household).toBe(e.outcome);
    }
    const notice = await one<{ status: string; closed_at: Date }>(sql`select status, closed_at from notices where id = ${ended}`);
    expect(notice.status).toBe('closed');
    expect(new Date(notice.closed_at).getTime()).toBe(now.getTime());
    const audit = await one<{ summary: unknown }>(sql`select summary from audit_log where action = 'notice.close' and entity_id = ${String(ended)}`);
    expect(audit.summary).toEqual({ passed: 3, removed: 1 });
    expect(refused(await closeNotice.run(villageA, { id: ended }, now)).message).toBe(formatCloseNoticeRefusal({ reason: 'not_published' }));
  });
});

describe('villages that take no new notices', () => {
  /** Re-imports 白城市's division file without `code`, as a newer edition that dropped it would. */
  const importWithout = (code: string | null) =>
    database.db.transaction((tx) => {
      const file = readRegionFile('220800');
      return loadRegions(tx, { ...file, rows: file.rows.filter((r) => r.code !== code) }, now);
    });

  it('refuses a residents’ committee (居委会): the programme is rural', async () => {
    await database.db.execute(sql`insert into officials (username, password_hash, display_name, role, region_code)
      values ('village-xinhe', 'x', '新和居委会', 'village', '220802100001')`);
    const xinhe = await officialNamed(database.db, 'village-xinhe');
    const before = await one<{ n: number }>(sql`select count(*)::int as n from notices`);
    const result = refused(await createDraft.run(xinhe, draftFields(await registeredIn(A), { villageCode: '220802100001' }), now));
    expect(result.fieldErrors.villageCode).toBe(t.villageResidents);
    expect(t.villageResidents).toContain('本工程面向农村');
    expect(await villagesFor(xinhe, 'notice.draft')).toEqual([]);
    expect(await one(sql`select count(*)::int as n from notices`)).toEqual(before);
  });

  it('refuses drafting, publishing and correcting in a retired village; the village’s notices stay', async () => {
    const draft = ok(await createDraft.run(villageA, draftFields((await registeredIn(A)).slice(0, 1)), now)).id;
    const open = await demoNotice(A, sql`status = 'published' and period_ends_at > ${now.toISOString()}`);
    expect((await importWithout(A)).retired).toBe(1);
    try {
      const drafting = refused(await createDraft.run(villageA, draftFields((await registeredIn(A)).slice(1, 2)), now));
      expect(drafting.fieldErrors.villageCode).toBe(t.villageRetired);
      expect(refused(await publishNotice.run(villageA, { id: draft }, now)).message).toBe(t.villageRetired);
      expect(refused(await correctNotice.run(villageA, { id: open }, now)).message).toBe(t.villageRetired);
      expect((await villagesFor(villageA, 'notice.draft')).map((v) => v.code)).not.toContain(A);
      expect(await statusOf('notices', draft)).toBe('draft');
      expect(await statusOf('notices', open)).toBe('published');
    } finally {
      expect((await importWithout(null)).restored).toBe(1);
    }
    ok(await publishNotice.run(villageA, { id: draft }, now));
  });
});
