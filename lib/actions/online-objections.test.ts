// Objections lodged online and late letters (issue 9 items 4, 5) against a real database: the public
// form and its guard (honeypot, fill time, size, binary, limits per address and per notice; nothing
// stored on any refusal), closed and withdrawn notices, the tracking code (stored only as a hash; a
// wrong one reveals nothing), triage by officials with its audit rows, what the public sees, closing
// while submissions wait, and the postmark rule for letters recorded after the period.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Official } from '@/lib/auth/official';
import { getPublicNotice } from '@/lib/data/public';
import { getNoticeHistory } from '@/lib/data/public-history';
import { getOfficialNotice, noticeActions } from '@/lib/data/officials/notices';
import { onlineSubmissions } from '@/lib/data/officials/online-objections';
import { enObjection } from '@/lib/i18n/en-objection';
import { zhAdminOnlineObjections } from '@/lib/i18n/zh-admin-online-objections';
import { zhObjection } from '@/lib/i18n/zh-objection';
import { HONEYPOT_FIELD, issueFormStamp, MIN_FILL_MS, STAMP_FIELD } from '@/lib/security/public-form-guard';
import { useSeededDatabase } from '@/test/seeded-database';
import { demoOfficials } from '@/test/officials';
import { ok, refused } from '@/test/action-results';
import { closeNotice } from './notices';
import { recordObjection, resolveObjection } from './objections';
import {
  acceptOnlineObjection,
  lodgeObjection,
  lookupObjection,
  OBJECTION_FORM,
  OBJECTION_LIMITS,
  parseObjectionReference,
  rejectOnlineObjection,
  trackingHash,
  type LodgeResult,
} from './online-objections';

const A = '220802100201'; // 平安村委会 (village-a)
const SECOND = 1000;
const DAY = 24 * 60 * 60 * SECOND;
const pm = zhAdminOnlineObjections.postmark;

const database = useSeededDatabase();
const { rows, one } = database;
let now: Date;
let villageA: Official;
let villageB: Official;
let townshipDpf: Official;
let countyDpf: Official;
let open: { id: number; periodEndsAt: Date; periodStartDate: string; periodEndDate: string; entryId: number };
let addressSeq = 0;

/** A new client address each call, so that tests do not share the per-address limit. */
const freshAddress = () => `198.51.100.${++addressSeq}`;

/** The form as a browser sends it, rendered `age` ms before `at`. */
function objectionForm(noticeId: number, fields: Record<string, string> = {}, at = now, age = 10 * SECOND): FormData {
  const form = new FormData();
  const values: Record<string, string> = {
    noticeId: String(noticeId),
    about: 'notice',
    summary: '这户家里有小汽车，收入不止公示的数',
    objectorName: '',
    objectorPhone: '',
    [HONEYPOT_FIELD]: '',
    [STAMP_FIELD]: issueFormStamp(OBJECTION_FORM, new Date(at.getTime() - age)),
    ...fields,
  };
  for (const [k, v] of Object.entries(values)) form.append(k, v);
  return form;
}

const counts = async () =>
  one<{ objections: number; private: number; audit: number; submissions: number }>(sql`select
    (select count(*)::int from objections) as objections,
    (select count(*)::int from objection_private) as private,
    (select count(*)::int from audit_log) as audit,
    (select count(*)::int from public_form_submissions) as submissions`);

async function lodge(form: FormData, at = now, address = freshAddress()): Promise<LodgeResult> {
  return lodgeObjection(form, at, { address });
}
async function lodged(fields: Record<string, string> = {}, at = now) {
  const result = await lodge(objectionForm(open.id, fields, at), at);
  if (!result.ok) throw new Error(`refused: ${result.message} ${JSON.stringify(result.fieldErrors)}`);
  const row = await one<{ id: number }>(sql`select id from objections where reference = ${result.reference}`);
  return { ...result, id: row.id };
}

/** Refused, and nothing at all stored (objections, private part, audit, limit counters). */
async function refusedStoringNothing(run: () => Promise<LodgeResult>) {
  const before = await counts();
  const result = await run();
  if (result.ok) throw new Error('the objection was accepted');
  expect(await counts()).toEqual(before);
  return result;
}

beforeAll(async () => {
  now = database.seededAt;
  ({ villageA, villageB, townshipDpf, countyDpf } = await demoOfficials(database.db));
  const n = await one<{ id: number; period_ends_at: Date; period_start_date: string; period_end_date: string }>(
    sql`select id, period_ends_at, period_start_date::text, period_end_date::text from notices
        where village_code = ${A} and status = 'published' and period_ends_at > ${now.toISOString()} order by id limit 1`,
  );
  const entry = await one<{ id: number }>(sql`select id from notice_entries where notice_id = ${n.id} order by position limit 1`);
  open = {
    id: n.id,
    periodEndsAt: new Date(n.period_ends_at),
    periodStartDate: n.period_start_date,
    periodEndDate: n.period_end_date,
    entryId: entry.id,
  };
});

describe('lodging an objection online', () => {
  it('stores it as submitted with a reference, the text and contact privately, the tracking code only as a hash', async () => {
    const result = await lodged({ about: String(open.entryId), objectorName: '王大爷', objectorPhone: '１３９ 0000 0000' });
    expect(result.reference).toMatch(/^YY-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(result.code).toMatch(/^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
    const row = await one<Record<string, unknown>>(
      sql`select entry_id, channel, status, recorded_by, reference from objections where id = ${result.id}`,
    );
    expect(row).toEqual({ entry_id: open.entryId, channel: 'online', status: 'submitted', recorded_by: null, reference: result.reference });
    const priv = await one<Record<string, unknown>>(
      sql`select summary, objector_name, objector_contact, tracking_hash from objection_private where objection_id = ${result.id}`,
    );
    expect(priv).toEqual({
      summary: '这户家里有小汽车，收入不止公示的数',
      objector_name: '王大爷',
      objector_contact: '139 0000 0000',
      tracking_hash: trackingHash(result.code),
    });
    expect(JSON.stringify(await rows(sql`select * from objections where id = ${result.id}`))).not.toContain(result.code.replace('-', ''));
    const audit = await one<{ summary: unknown; official_id: number | null }>(
      sql`select summary, official_id from audit_log where action = 'objection.lodge' and entity_id = ${String(result.id)}`,
    );
    expect(audit).toEqual({ official_id: null, summary: { noticeId: open.id, about: 'entry', channel: 'online', reference: result.reference } });
  });

  it('is neither counted nor shown publicly before an official accepts it', async () => {
    const before = (await getPublicNotice(open.id, now))!.objections.length;
    const { id } = await lodged();
    const page = (await getPublicNotice(open.id, now))!;
    expect(page.objections.length).toBe(before);
    expect(page.objections.some((o) => o.id === id)).toBe(false);
    expect((await getNoticeHistory(open.id)).some((e) => e.kind === 'objection_recorded' && e.at.getTime() === now.getTime() && !e.actor)).toBe(false);
  });

  it('answers each field with its message, in the visitor language, and stores nothing', async () => {
    const result = await refusedStoringNothing(() =>
      lodgeObjection(objectionForm(open.id, { about: 'x', summary: '  ', objectorPhone: 'call me', objectorName: '名'.repeat(51) }), now, {
        address: freshAddress(),
        messages: enObjection,
      }),
    );
    expect(result.fieldErrors).toEqual({
      about: enObjection.errors.about,
      summary: enObjection.errors.summary,
      objectorPhone: enObjection.errors.phone,
      objectorName: enObjection.errors.nameLong,
    });
    const foreign = await one<{ id: number }>(sql`select id from notice_entries where notice_id <> ${open.id} limit 1`);
    const other = await refusedStoringNothing(() => lodge(objectionForm(open.id, { about: String(foreign.id) })));
    expect(other.fieldErrors).toEqual({ about: zhObjection.errors.aboutNotOnNotice });
    const nul = await refusedStoringNothing(() => lodge(objectionForm(open.id, { summary: 'a\u0000b' })));
    expect(nul.fieldErrors).toEqual({ summary: zhObjection.errors.badField });
  });

  it('refuses a filled honeypot, a forged, missing, stale or too fresh stamp', async () => {
    expect((await refusedStoringNothing(() => lodge(objectionForm(open.id, { [HONEYPOT_FIELD]: 'http://spam.example' })))).message).toBe(
      zhObjection.guard.honeypot,
    );
    const fast = await refusedStoringNothing(() => lodge(objectionForm(open.id, {}, now, MIN_FILL_MS - 1)));
    expect([fast.message, fast.fieldErrors]).toEqual([zhObjection.guard.too_fast, {}]);
    const forged = issueFormStamp(OBJECTION_FORM, new Date(now.getTime() - 60 * SECOND)).replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    expect((await refusedStoringNothing(() => lodge(objectionForm(open.id, { [STAMP_FIELD]: forged })))).message).toBe(zhObjection.guard.stamp);
    const otherForm = issueFormStamp('left-out', new Date(now.getTime() - 60 * SECOND));
    expect((await refusedStoringNothing(() => lodge(objectionForm(open.id, { [STAMP_FIELD]: otherForm })))).message).toBe(zhObjection.guard.stamp);
    expect((await refusedStoringNothing(() => lodge(objectionForm(open.id, { [STAMP_FIELD]: '' })))).message).toBe(zhObjection.guard.stamp);
    expect((await refusedStoringNothing(() => lodge(objectionForm(open.id, {}, now, 2 * DAY)))).message).toBe(zhObjection.guard.stale);
    // Waiting long enough is all a person needs.
    await lodged({}, now);
  });

  it('refuses an oversized field or body and a binary part, storing nothing', async () => {
    const long = await refusedStoringNothing(() => lodge(objectionForm(open.id, { summary: '长'.repeat(5000) })));
    expect(long.message).toBe(zhObjection.guard.oversized);
    const body = objectionForm(open.id);
    for (let i = 0; i < 4; i++) body.append(`extra${i}`, 'x'.repeat(3000));
    expect((await refusedStoringNothing(() => lodge(body))).message).toBe(zhObjection.guard.oversized);
    const binary = objectionForm(open.id);
    binary.append('attachment', new Blob([new Uint8Array([0, 255, 1, 2])], { type: 'application/octet-stream' }), 'x.bin');
    expect((await refusedStoringNothing(() => lodge(binary))).message).toBe(zhObjection.guard.binary);
    // Just over the form's own limit is a message next to the field, not a guard refusal.
    const over = await refusedStoringNothing(() => lodge(objectionForm(open.id, { summary: '长'.repeat(2001) })));
    expect(over.fieldErrors).toEqual({ summary: zhObjection.errors.summaryLong });
  });

  it('limits each client address, and the limit is per address', async () => {
    const address = freshAddress();
    for (let i = 0; i < OBJECTION_LIMITS.perAddress.max; i++) {
      expect((await lodge(objectionForm(open.id), now, address)).ok).toBe(true);
    }
    const limited = await refusedStoringNothing(() => lodge(objectionForm(open.id), now, address));
    expect([limited.message, limited.ok === false && limited.guard]).toEqual([zhObjection.guard.address_limit, 'address_limit']);
    expect((await lodge(objectionForm(open.id), now, freshAddress())).ok).toBe(true);
    // An hour later the same address may object again.
    const later = new Date(now.getTime() + OBJECTION_LIMITS.perAddress.windowMs + SECOND);
    expect((await lodge(objectionForm(open.id, {}, later), later, address)).ok).toBe(true);
    // The address is stored only as a keyed digest.
    expect(await rows(sql`select 1 from public_form_submissions where address_key like ${'%198.51.100%'}`)).toEqual([]);
  });

  it('limits each notice, whatever the addresses (also when the address is unknown)', async () => {
    const n = await one<{ id: number }>(
      sql`select id from notices where status = 'published' and period_ends_at > ${now.toISOString()} and id <> ${open.id} order by id limit 1`,
    );
    const { count } = await one<{ count: number }>(
      sql`select count(*)::int as count from public_form_submissions where form = ${OBJECTION_FORM} and scope = ${String(n.id)}`,
    );
    for (let i = count; i < OBJECTION_LIMITS.perScope.max; i++) {
      await database.db.execute(sql`insert into public_form_submissions (form, scope, address_key, at) values (${OBJECTION_FORM}, ${String(n.id)}, null, ${now.toISOString()})`);
    }
    const limited = await refusedStoringNothing(() => lodgeObjection(objectionForm(n.id), now, { address: 'local' }));
    expect(limited.message).toBe(zhObjection.guard.scope_limit);
    expect((await lodge(objectionForm(open.id), now, 'local')).ok).toBe(true); // another notice is not limited
  });

  it('after the period says when it ended; a closed or withdrawn notice, or a draft, gets a clear answer; nothing stored', async () => {
    const after = new Date(open.periodEndsAt.getTime() + SECOND);
    const ended = await refusedStoringNothing(() =>
      lodgeObjection(objectionForm(open.id, {}, after), after, { address: freshAddress(), date: (d) => d.toISOString().slice(0, 10) }),
    );
    expect(ended.message).toBe(zhObjection.periodEnded(open.periodEndDate));
    const closed = await one<{ id: number }>(sql`select id from notices where status = 'closed' limit 1`);
    expect((await refusedStoringNothing(() => lodge(objectionForm(closed.id)))).message).toBe(zhObjection.closedNotice);
    const withdrawn = await one<{ id: number }>(sql`select id from notices where status = 'withdrawn' limit 1`);
    expect((await refusedStoringNothing(() => lodge(objectionForm(withdrawn.id)))).message).toBe(zhObjection.withdrawnNotice);
    const draft = await rows<{ id: number }>(sql`select id from notices where status = 'draft' limit 1`);
    for (const d of draft) expect((await refusedStoringNothing(() => lodge(objectionForm(d.id)))).message).toBe(zhObjection.errors.notice);
    expect((await refusedStoringNothing(() => lodge(objectionForm(999_999)))).message).toBe(zhObjection.errors.notice);
  });
});

describe('following it with the tracking code', () => {
  it('shows the state with the right code (any case, without the dash), and nothing with a wrong one', async () => {
    const { reference, code } = await lodged({ about: String(open.entryId) });
    const found = await lookupObjection(reference.toLowerCase(), { code: code.replace('-', '').toLowerCase() }, now, { address: freshAddress() });
    if (!found.ok) throw new Error(found.message);
    expect(found.objection).toMatchObject({ reference, noticeId: open.id, status: 'submitted', reason: null });
    expect(found.objection.about?.position).toBe(1);
    expect(JSON.stringify(found)).not.toContain('小汽车'); // the villager's own text is never shown back

    const wrongCode = code.startsWith('A') ? `B${code.slice(1)}` : `A${code.slice(1)}`;
    const wrong = await lookupObjection(reference, { code: wrongCode }, now, { address: freshAddress() });
    expect(wrong).toEqual({ ok: false, message: zhObjection.errors.wrongCode, fieldErrors: { code: zhObjection.errors.wrongCode } });
    // An unknown reference gets the very same answer.
    expect(await lookupObjection('YY-2222-2222', { code }, now, { address: freshAddress() })).toEqual(wrong);
    expect((await lookupObjection(reference, { code: '12' }, now, { address: freshAddress() })).ok).toBe(false);
    expect(parseObjectionReference(' yy－7kq2－m9pd ')).toBe('YY-7KQ2-M9PD');
  });

  it('limits wrong codes per address', async () => {
    const { reference, code } = await lodged();
    const address = freshAddress();
    const wrongCode = code.startsWith('A') ? `B${code.slice(1)}` : `A${code.slice(1)}`;
    for (let i = 0; i < 20; i++) await lookupObjection(reference, { code: wrongCode }, now, { address });
    const limited = await lookupObjection(`YY-3333-3333`, { code: wrongCode }, now, { address });
    expect(limited.ok === false && limited.message).toBe(zhObjection.lookupLimit);
  });
});

describe('triage by officials', () => {
  it('accepting makes it an objection of channel online: counted, public, resolved like any other, audited', async () => {
    const { id, reference, code } = await lodged({ about: String(open.entryId) });
    const at = new Date(now.getTime() + 60 * SECOND);
    expect(refused(await acceptOnlineObjection.run(countyDpf, { objectionId: String(id) }, at)).refused).toBe('role');
    expect(refused(await acceptOnlineObjection.run(villageB, { objectionId: String(id) }, at)).refused).toBe('region');
    const before = (await getPublicNotice(open.id, at))!.objections.length;
    ok(await acceptOnlineObjection.run(villageA, { objectionId: String(id) }, at));
    expect(await one(sql`select status, channel, triaged_by from objections where id = ${id}`)).toEqual({
      status: 'received',
      channel: 'online',
      triaged_by: villageA.id,
    });
    const page = (await getPublicNotice(open.id, at))!;
    expect(page.objections.length).toBe(before + 1);
    expect(page.objections.find((o) => o.id === id)).toMatchObject({ status: 'received', channel: 'online' });
    expect((await getNoticeHistory(open.id)).some((e) => e.kind === 'objection_recorded' && e.at.getTime() === at.getTime())).toBe(true);
    expect(await one(sql`select official_id, summary from audit_log where action = 'objection.accept' and entity_id = ${String(id)}`)).toEqual({
      official_id: villageA.id,
      summary: { noticeId: open.id, reference, channel: 'online' },
    });
    // Accepted once only.
    expect(refused(await acceptOnlineObjection.run(townshipDpf, { objectionId: String(id) }, at)).message).toBe(zhAdminOnlineObjections.errors.notOnline);
    ok(await resolveObjection.run(villageA, { objectionId: String(id), outcome: 'dismissed', reason: '经入户核实，该户没有小汽车。' }, at));
    const outcome = await lookupObjection(reference, { code }, at, { address: freshAddress() });
    expect(outcome.ok && outcome.objection).toMatchObject({ status: 'dismissed', reason: '经入户核实，该户没有小汽车。' });
  });

  it('lists the submissions awaiting triage, with their text, to the village and township only', async () => {
    const { id, reference } = await lodged({ about: String(open.entryId) });
    const listed = await onlineSubmissions(villageA, open.id);
    expect(listed.find((s) => s.id === id)).toMatchObject({ reference, summary: '这户家里有小汽车，收入不止公示的数', about: { position: 1 } });
    expect((await onlineSubmissions(townshipDpf, open.id, id)).map((s) => s.id)).toEqual([id]);
    expect(await onlineSubmissions(villageB, open.id)).toEqual([]);
    expect(await onlineSubmissions(countyDpf, open.id)).toEqual([]);
  });

  it('rejecting needs a public reason (no personal numbers); the submission then neither counts nor blocks', async () => {
    const { id, reference, code } = await lodged();
    const at = new Date(now.getTime() + 60 * SECOND);
    const noReason = refused(await rejectOnlineObjection.run(townshipDpf, { objectionId: String(id), reason: ' ' }, at));
    expect(noReason.fieldErrors).toEqual({ reason: zhAdminOnlineObjections.errors.reason });
    expect(refused(await rejectOnlineObjection.run(townshipDpf, { objectionId: String(id), reason: '联系 13912345678' }, at)).fieldErrors.reason).toBeTruthy();
    ok(await rejectOnlineObjection.run(townshipDpf, { objectionId: String(id), reason: '内容是广告，与本公示无关。' }, at));
    expect(await one(sql`select status, resolution_reason from objections where id = ${id}`)).toEqual({
      status: 'rejected',
      resolution_reason: '内容是广告，与本公示无关。',
    });
    expect((await getPublicNotice(open.id, at))!.objections.some((o) => o.id === id)).toBe(false);
    const seen = await lookupObjection(reference, { code }, at, { address: freshAddress() });
    expect(seen.ok && seen.objection).toMatchObject({ status: 'rejected', reason: '内容是广告，与本公示无关。' });
    expect(await rows(sql`select 1 from audit_log where action = 'objection.reject' and entity_id = ${String(id)}`)).toHaveLength(1);
  });

  it('closing is refused while any submission awaits triage, with the count; once triaged it closes', async () => {
    const after = new Date(open.periodEndsAt.getTime() + DAY);
    const waiting = await rows<{ id: number }>(sql`select id from objections where notice_id = ${open.id} and status = 'submitted'`);
    expect(waiting.length).toBeGreaterThan(0);
    const found = (await getOfficialNotice(villageA, open.id))!;
    expect(noticeActions(villageA, found, after).closeRefusal?.reason).toBe('untriaged_online');
    const refusal = refused(await closeNotice.run(villageA, { id: open.id }, after));
    expect(refusal.message).toContain(`${waiting.length}件网上提交的异议`);
    for (const w of waiting) ok(await rejectOnlineObjection.run(villageA, { objectionId: String(w.id), reason: '重复提交。' }, after));
    const unresolved = await rows<{ id: number }>(
      sql`select id from objections where notice_id = ${open.id} and status in ('received', 'investigating')`,
    );
    for (const u of unresolved) ok(await resolveObjection.run(villageA, { objectionId: String(u.id), outcome: 'dismissed', reason: '经核实不成立。' }, after));
    const upheldWhole = await rows(sql`select 1 from objections where notice_id = ${open.id} and status = 'upheld' and entry_id is null`);
    if (upheldWhole.length === 0) ok(await closeNotice.run(villageA, { id: open.id }, after));
  });
});

describe('letters postmarked within the period, recorded after it', () => {
  let notice: { id: number; periodEndsAt: Date; periodStartDate: string; periodEndDate: string };
  beforeAll(async () => {
    const n = await one<{ id: number; period_ends_at: Date; period_start_date: string; period_end_date: string }>(
      sql`select id, period_ends_at, period_start_date::text, period_end_date::text from notices
          where village_code = ${A} and status = 'published' and id <> ${open.id} order by id limit 1`,
    );
    notice = { id: n.id, periodEndsAt: new Date(n.period_ends_at), periodStartDate: n.period_start_date, periodEndDate: n.period_end_date };
  });
  const letter = (extra: Record<string, unknown> = {}) => ({
    noticeId: String(notice.id),
    channel: 'letter',
    about: 'notice',
    summary: '来信反映公示名单有误',
    ...extra,
  });

  it('records a letter postmarked on the last day after the period, and shows the postmark publicly', async () => {
    const after = new Date(notice.periodEndsAt.getTime() + 2 * DAY);
    const { objectionId } = ok(await recordObjection.run(villageA, letter({ postmarkedOn: notice.periodEndDate }), after));
    expect(await one(sql`select channel, postmarked_on::text as postmarked_on from objections where id = ${objectionId}`)).toEqual({
      channel: 'letter',
      postmarked_on: notice.periodEndDate,
    });
    expect((await getPublicNotice(notice.id, after))!.objections.find((o) => o.id === objectionId)?.postmarkedOn).toBe(notice.periodEndDate);
    expect(await one(sql`select summary from audit_log where action = 'objection.record' and entity_id = ${String(objectionId)}`)).toEqual({
      summary: { noticeId: notice.id, about: 'notice', channel: 'letter', postmarkedOn: notice.periodEndDate },
    });
  });

  it('refuses a later postmark, a missing one, one before the period or in the future, and any other channel after the period', async () => {
    const after = new Date(notice.periodEndsAt.getTime() + 2 * DAY);
    const before = await counts();
    const dayAfter = new Date(notice.periodEndsAt.getTime() + 8 * 60 * 60 * SECOND).toISOString().slice(0, 10);
    expect(refused(await recordObjection.run(villageA, letter({ postmarkedOn: dayAfter }), after)).fieldErrors).toEqual({ postmarkedOn: pm.after });
    expect(refused(await recordObjection.run(villageA, letter(), after)).fieldErrors).toEqual({ postmarkedOn: pm.missing });
    expect(refused(await recordObjection.run(villageA, letter({ postmarkedOn: '2000-01-01' }), after)).fieldErrors).toEqual({ postmarkedOn: pm.before });
    expect(refused(await recordObjection.run(villageA, letter({ postmarkedOn: '2026-02-30' }), after)).fieldErrors).toEqual({ postmarkedOn: pm.invalid });
    expect(refused(await recordObjection.run(villageA, letter({ channel: 'phone' }), after)).message).toContain('公示期已于');
    expect(refused(await recordObjection.run(villageA, letter({ channel: 'phone', postmarkedOn: notice.periodEndDate }), after)).fieldErrors).toEqual({
      postmarkedOn: pm.notLetter,
    });
    expect(refused(await recordObjection.run(villageA, letter({ channel: 'online' }), after)).fieldErrors.channel).toBeTruthy();
    // Within the period, a postmark in the future is refused.
    const inPeriod = new Date(notice.periodEndsAt.getTime() - 3 * DAY);
    if (inPeriod.getTime() > now.getTime() - 30 * DAY) {
      const future = new Date(inPeriod.getTime() + 2 * DAY).toISOString().slice(0, 10);
      const r = await recordObjection.run(villageA, letter({ postmarkedOn: future }), inPeriod);
      if (!r.ok) expect(r.fieldErrors.postmarkedOn).toBeTruthy();
    }
    expect(await counts()).toEqual(before);
  });

  it('refuses even a letter postmarked within the period once the notice is closed', async () => {
    const closed = await one<{ id: number; period_end_date: string; closed_at: Date }>(
      sql`select id, period_end_date::text, closed_at from notices where status = 'closed' order by id limit 1`,
    );
    const at = new Date(new Date(closed.closed_at).getTime() + DAY);
    const r = refused(
      await recordObjection.run(villageA, { noticeId: String(closed.id), channel: 'letter', about: 'notice', summary: '来信', postmarkedOn: closed.period_end_date }, at),
    );
    expect([pm.closed, '']).toContain(r.refused === 'region' ? '' : r.message);
  });
});
