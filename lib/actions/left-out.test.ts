// Left-out households (应列未列) against a real database: the public report (no official) and an
// official's, validation next to each field, the region rule for screening, the audit rows (public
// facts only), the public reads (no personal data), and that an open report never blocks closing.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Official } from '@/lib/auth/official';
import { LEFT_OUT_REFERENCE, leftOutReference, parseLeftOutReference } from '@/lib/domain/left-out';
import { getLeftOutByReference, getVillageLeftOut } from '@/lib/data/public-participation';
import { getLeftOut, listLeftOut } from '@/lib/data/officials/participation';
import { zhAdmin } from '@/lib/i18n/zh-admin';
import { enParticipation } from '@/lib/i18n/en-participation';
import { zhLeftOut } from '@/lib/i18n/zh-left-out';
import { zhParticipation } from '@/lib/i18n/zh-participation';
import { zhPublishedText } from '@/lib/i18n/zh-published-text';
import { useSeededDatabase } from '@/test/seeded-database';
import { insertBareHousehold } from '@/test/households';
import { publishTestNotice } from '@/test/notices';
import { demoOfficials } from '@/test/officials';
import { ok, refused } from '@/test/action-results';
import { LEFT_OUT_FORM, LEFT_OUT_LIMITS, recordLeftOut, reportLeftOut, screenLeftOut, type LeftOutText } from './left-out';
import { HONEYPOT_FIELD, issueFormStamp, STAMP_FIELD } from '@/lib/security/public-form-guard';
import { closeNotice } from './notices';

const A = '220802100201'; // 平安村委会 (village-a)
const B = '220802100202'; // 永平村委会 (village-b)
const t = zhParticipation.leftOut.errors;
const a = zhLeftOut.adminErrors;
const SECOND = 1000;

const database = useSeededDatabase();
const { one } = database;
let now: Date;
let villageA: Official;
let villageB: Official;
let townshipParty: Official;
let countyDpf: Official;
let city: Official;

const PRIVATE = { who: '张秀英家（三组）', why: '儿子持二级肢体残疾证，家里年人均收入不到两千元', contact: '李大姐 13912345678' };
const report = (extra: Record<string, unknown> = {}) => ({ villageCode: A, ...PRIVATE, ...extra });

let addresses = 0;
/** The public form as a browser sends it: a stamp rendered a minute before `at`, the empty honeypot. */
function formOf(fields: Record<string, unknown>, at: Date, stampAge = 60 * SECOND): FormData {
  const form = new FormData();
  form.append(STAMP_FIELD, issueFormStamp(LEFT_OUT_FORM, new Date(at.getTime() - stampAge)));
  form.append(HONEYPOT_FIELD, '');
  for (const [key, value] of Object.entries(fields)) for (const v of Array.isArray(value) ? value : [value]) form.append(key, v as string | Blob);
  return form;
}
/** The public write from a new client address each time (the per-address limit has its own test). */
const send = (fields: Record<string, unknown>, at = now, options: { address?: string; text?: LeftOutText; stampAge?: number } = {}) =>
  reportLeftOut(formOf(fields, at, options.stampAge), at, { address: options.address ?? `198.51.100.${++addresses}`, text: options.text });
const reportCount = async () => (await one<{ n: number }>(sql`select count(*)::int as n from left_out_reports`)).n;

async function publicReport(extra: Record<string, unknown> = {}, at = now) {
  const result = await send(report(extra), at);
  if (!result.ok) throw new Error(`refused: ${result.message} ${JSON.stringify(result.fieldErrors)}`);
  const row = await one<{ id: number }>(sql`select id from left_out_reports where reference = ${result.reference}`);
  return { id: row.id, reference: result.reference };
}

beforeAll(async () => {
  now = database.seededAt;
  ({ villageA, villageB, townshipParty, countyDpf, city } = await demoOfficials(database.db));
});

describe('the reference', () => {
  it('is YL- and two groups of four unambiguous characters, and is read back however it is typed', () => {
    const reference = leftOutReference(new Uint8Array([0, 1, 2, 3, 30, 31, 200, 255]));
    expect(reference).toMatch(LEFT_OUT_REFERENCE);
    expect(parseLeftOutReference(reference.toLowerCase().replace(/-/g, ' '))).toBe(reference);
    expect(parseLeftOutReference('ＹＬ－' + reference.slice(3))).toBe(reference);
    expect(parseLeftOutReference('YL-0000-1111')).toBeNull(); // 0 and 1 are never used
    expect(parseLeftOutReference('../../etc')).toBeNull();
  });
});

describe('a villager reports a left-out household', () => {
  it('stores who, why and the contact privately, answers with a reference, and audits public facts only', async () => {
    const { id, reference } = await publicReport();
    expect(reference).toMatch(LEFT_OUT_REFERENCE);
    expect(await one(sql`select channel, status, recorded_by, village_code from left_out_reports where id = ${id}`)).toEqual({
      channel: 'online',
      status: 'received',
      recorded_by: null,
      village_code: A,
    });
    expect(await one(sql`select who, why, reporter_contact from left_out_private where report_id = ${id}`)).toEqual({
      who: PRIVATE.who,
      why: PRIVATE.why,
      reporter_contact: PRIVATE.contact,
    });
    const audit = await one<{ summary: unknown; official_id: number | null }>(
      sql`select summary, official_id from audit_log where action = 'leftout.report' and entity_id = ${String(id)}`,
    );
    expect(audit).toEqual({ official_id: null, summary: { reference, villageCode: A, noticeId: null, channel: 'online' } });
  });

  it('may come from a notice of the same village, never from another village\'s or a draft', async () => {
    const n = await one<{ id: number }>(sql`select id from notices where village_code = ${A} and status = 'published' limit 1`);
    const { id } = await publicReport({ noticeId: String(n.id) });
    expect((await one<{ notice_id: number }>(sql`select notice_id from left_out_reports where id = ${id}`)).notice_id).toBe(n.id);
    const other = await one<{ id: number }>(sql`select id from notices where village_code <> ${A} and status = 'published' limit 1`);
    const before = await reportCount();
    const r = await send(report({ noticeId: String(other.id) }));
    expect(r).toMatchObject({ ok: false, fieldErrors: { noticeId: t.notice } });
    expect(await reportCount()).toBe(before);
  });

  it('says what is wrong next to each field and stores nothing', async () => {
    const before = await reportCount();
    expect(await send({ villageCode: A, who: ' ', why: '' })).toMatchObject({ ok: false, fieldErrors: { who: t.who, why: t.why } });
    expect(await send(report({ who: '人'.repeat(101), why: '因'.repeat(1001), contact: '电'.repeat(101) }))).toMatchObject({
      ok: false,
      fieldErrors: { who: t.whoLong, why: t.whyLong, contact: t.contactLong },
    });
    expect(await send(report({ villageCode: 'x' }))).toMatchObject({ ok: false, fieldErrors: { villageCode: t.village } });
    // A residents' committee (居委会) is not in the programme; an unknown code neither.
    expect(await send(report({ villageCode: '220802001001' }))).toMatchObject({ ok: false, message: zhLeftOut.notVillage });
    expect(await send(report({ who: ['a', 'b'] }))).toMatchObject({ ok: false });
    expect(await reportCount()).toBe(before);
  });

  it('answers in the visitor\'s language', async () => {
    const en = enParticipation.leftOut.errors;
    expect(await send({ villageCode: A, who: '', why: 'x' }, now, { text: enParticipation.leftOut })).toMatchObject({
      ok: false,
      message: en.fixFields,
      fieldErrors: { who: en.who },
    });
    expect(await send(report({ villageCode: '220802001001' }), now, { text: enParticipation.leftOut })).toMatchObject({ ok: false, message: en.notVillage });
    expect(await send(report({ [HONEYPOT_FIELD]: 'x' }), now, { text: enParticipation.leftOut })).toMatchObject({ message: enParticipation.leftOut.guard.honeypot });
  });

  it('keeps bots and floods out, with a clear message, storing nothing', async () => {
    const g = zhParticipation.leftOut.guard;
    const before = await reportCount();
    const form = formOf(report(), now);
    form.set(HONEYPOT_FIELD, 'http://spam.example');
    expect(await reportLeftOut(form, now, { address: '192.0.2.1' })).toMatchObject({ ok: false, message: g.honeypot, guard: 'honeypot' });
    expect(await send(report(), now, { stampAge: SECOND })).toMatchObject({ message: g.too_fast });
    const unsigned = formOf(report(), now);
    unsigned.set(STAMP_FIELD, `${now.getTime() - 60 * SECOND}.${'A'.repeat(32)}`);
    expect(await reportLeftOut(unsigned, now, { address: '192.0.2.1' })).toMatchObject({ message: g.stamp });
    const forged = formOf(report(), now);
    forged.set(STAMP_FIELD, issueFormStamp('objection', new Date(now.getTime() - 60 * SECOND)));
    expect(await reportLeftOut(forged, now, { address: '192.0.2.1' })).toMatchObject({ message: g.stamp });
    const binary = formOf(report(), now);
    binary.set('why', new File([new Uint8Array([0, 1, 2])], 'x.bin'));
    expect(await reportLeftOut(binary, now, { address: '192.0.2.1' })).toMatchObject({ message: g.binary });
    expect(await reportCount()).toBe(before);
  });

  it('takes at most 5 reports an hour from one address, then says so', async () => {
    const later = new Date(now.getTime() + 3 * 3600_000);
    for (let i = 0; i < LEFT_OUT_LIMITS.perAddress.max; i++) {
      expect((await send(report(), later, { address: '192.0.2.77' })).ok).toBe(true);
    }
    const before = await reportCount();
    expect(await send(report(), later, { address: '192.0.2.77' })).toMatchObject({ ok: false, message: zhParticipation.leftOut.guard.address_limit });
    expect(await reportCount()).toBe(before);
    expect((await send(report(), later, { address: '192.0.2.78' })).ok).toBe(true);
  });
});

describe('an official records and screens', () => {
  it('records a report brought in person, in the region only', async () => {
    const { id, reference } = ok(await recordLeftOut.run(townshipParty, report({ contact: '' }), now));
    expect(await one(sql`select channel, recorded_by from left_out_reports where id = ${id}`)).toEqual({ channel: 'official', recorded_by: townshipParty.id });
    expect((await one<{ summary: unknown }>(sql`select summary from audit_log where action = 'leftout.record' and entity_id = ${String(id)}`)).summary).toEqual({
      reference,
      villageCode: A,
      noticeId: null,
      channel: 'official',
    });
    expect(refused(await recordLeftOut.run(villageB, report(), now)).refused).toBe('region');
    expect(refused(await recordLeftOut.run(city, report(), now)).refused).toBe('role');
  });

  it('screens by the village or township of the report, once, with a public reason', async () => {
    const { id, reference } = await publicReport();
    const screening = { reportId: String(id), outcome: 'screened_in', reason: '经入户核实，符合条件，纳入下次公示。' };
    expect(refused(await screenLeftOut.run(villageB, screening, now)).refused).toBe('region');
    expect(refused(await screenLeftOut.run(countyDpf, screening, now)).refused).toBe('role');
    expect(refused(await screenLeftOut.run(villageA, { ...screening, reason: ' ', outcome: 'maybe' }, now)).fieldErrors).toEqual({ outcome: a.outcome, reason: a.reason });
    const personal = refused(await screenLeftOut.run(villageA, { ...screening, reason: '户主身份证号 11010519491231002X 已核实' }, now));
    expect(personal.fieldErrors.reason).toBe(zhPublishedText.personalNumbers(['id']));
    expect(refused(await screenLeftOut.run(villageA, screening, new Date(now.getTime() - SECOND))).message).toBe(a.screenBeforeReceived);

    ok(await screenLeftOut.run(townshipParty, screening, new Date(now.getTime() + SECOND)));
    expect(await one(sql`select status, public_reason, screened_by from left_out_reports where id = ${id}`)).toEqual({
      status: 'screened_in',
      public_reason: screening.reason,
      screened_by: townshipParty.id,
    });
    expect((await one<{ summary: unknown }>(sql`select summary from audit_log where action = 'leftout.screen' and entity_id = ${String(id)}`)).summary).toEqual({
      reference,
      villageCode: A,
      outcome: 'screened_in',
    });
    expect(refused(await screenLeftOut.run(villageA, { ...screening, outcome: 'not_eligible' }, now)).message).toBe(a.alreadyScreened);
    await expect(database.db.execute(sql`update left_out_reports set public_reason = '改' where id = ${id}`)).rejects.toThrow();
    await expect(database.db.execute(sql`delete from left_out_reports where id = ${id}`)).rejects.toThrow();
  });

  it('shows the private part to officials of the region, and audits the read', async () => {
    const { id } = await publicReport();
    const seen = await getLeftOut(villageA, id);
    expect(seen).toMatchObject({ who: PRIVATE.who, why: PRIVATE.why, reporterContact: PRIVATE.contact, mayScreen: true });
    expect(await getLeftOut(countyDpf, id)).toMatchObject({ who: PRIVATE.who, mayScreen: false });
    expect(await getLeftOut(villageB, id)).toBeNull();
    expect(await getLeftOut(city, id)).toBeNull();
    expect((await one<{ n: number }>(sql`select count(*)::int as n from audit_log where action = 'leftout.view' and entity_id = ${String(id)}`)).n).toBe(2);
    const list = (await listLeftOut(villageA))!;
    expect(list.some((r) => r.id === id)).toBe(true);
    expect(list.every((r) => r.villageCode === A)).toBe(true);
    expect(JSON.stringify(list)).not.toContain(PRIVATE.who);
    expect((await listLeftOut(villageB))!.some((r) => r.id === id)).toBe(false);
  });
});

describe('the public sees outcomes without personal data', () => {
  it('lists reference, dates, state and public reason only', async () => {
    const { id, reference } = await publicReport();
    ok(await screenLeftOut.run(villageA, { reportId: String(id), outcome: 'not_eligible', reason: '家庭年人均纯收入高于标准。' }, now));
    const list = await getVillageLeftOut(A);
    const mine = list.find((r) => r.reference === reference)!;
    expect(mine).toMatchObject({ status: 'not_eligible', publicReason: '家庭年人均纯收入高于标准。' });
    expect(Object.keys(mine).sort()).toEqual(['publicReason', 'receivedAt', 'reference', 'screenedAt', 'status', 'villageCode']);
    const text = JSON.stringify(list);
    for (const value of Object.values(PRIVATE)) expect(text).not.toContain(value);
    expect(await getVillageLeftOut(B)).not.toContainEqual(expect.objectContaining({ reference }));
    expect(await getLeftOutByReference(reference)).toMatchObject({ reference, villageName: '平安村委会', status: 'not_eligible' });
    expect(await getLeftOutByReference('YL-2222-2222')).toBeNull();
  });
});

describe('a left-out report never blocks closing', () => {
  it('a notice with an unscreened report about it closes after its period', async () => {
    const publishedAt = new Date(now.getTime() - 30 * 86_400_000);
    const { id } = await publishTestNotice(villageA, A, [await insertBareHousehold(database.db, A)], publishedAt);
    await publicReport({ noticeId: String(id) }, new Date(publishedAt.getTime() + 3600_000));
    const { period_ends_at } = await one<{ period_ends_at: Date }>(sql`select period_ends_at from notices where id = ${id}`);
    ok(await closeNotice.run(villageA, { id: String(id) }, new Date(new Date(period_ends_at).getTime() + SECOND)));
    expect((await one<{ status: string }>(sql`select status from notices where id = ${id}`)).status).toBe('closed');
    expect((await one<{ n: number }>(sql`select count(*)::int as n from left_out_reports where notice_id = ${id} and status = 'received'`)).n).toBe(1);
  });
});

it('the role check comes first: a signed-out caller is refused', async () => {
  expect((await screenLeftOut.run(null, {}, now)).ok).toBe(false);
  expect(refused(await recordLeftOut.run(city, report(), now)).message).toBe(zhAdmin.errors.role);
});
