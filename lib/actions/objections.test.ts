// Objection actions against a real database: recording only inside the period (by the `now` passed
// in, to the second and across China midnight), investigating and resolving, and the race between
// recording an objection and closing the notice (PostgreSQL only: it needs several connections).
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { getDatabase, setProcessDatabase } from '@/db';
import type { Official } from '@/lib/auth/official';
import { formatChinaDate, noticePeriod } from '@/lib/domain';
import { formatRecordObjectionRefusal, zhRecordObjectionRefusals } from '@/lib/i18n/zh-errors';
import { zhAdmin } from '@/lib/i18n/zh-admin';
import { zhAdminNotices } from '@/lib/i18n/zh-admin-notices';
import { useSeededDatabase } from '@/test/seeded-database';
import { insertBareHousehold } from '@/test/households';
import { publishTestNotice } from '@/test/notices';
import { demoOfficials } from '@/test/officials';
import { ok, refused } from '@/test/action-results';
import { openConnections, openPgWith, pgUrlOf } from '@/test/pg-settings';
import { closeNotice, withdrawNotice } from './notices';
import { investigateObjection, recordObjection, resolveObjection } from './objections';

const A = '220802100201'; // 平安村委会 (village-a)
const t = zhAdminNotices.errors;
const SECOND = 1000;
const driver = inject('testDriver');

const database = useSeededDatabase();
const { rows, one } = database;
let now: Date;
let villageA: Official;
let villageB: Official;
let townshipDpf: Official;
let townshipParty: Official;
let countyDpf: Official;
let openA: { id: number; periodEndsAt: Date; entryId: number };

/** A fresh notice of village-a with one household, published at `at`. */
async function publishAt(at: Date): Promise<{ id: number; entryId: number }> {
  const { id, entryIds } = await publishTestNotice(villageA, A, [await insertBareHousehold(database.db, A)], at);
  return { id, entryId: entryIds[0]! };
}

const objection = (noticeId: number, about: string | number = 'notice', extra: Record<string, unknown> = {}) => ({
  noticeId: String(noticeId),
  channel: 'in_person',
  about: String(about),
  summary: '村民反映该户收入不实',
  ...extra,
});

const objectionCount = async (noticeId: number) =>
  (await one<{ n: number }>(sql`select count(*)::int as n from objections where notice_id = ${noticeId}`)).n;

beforeAll(async () => {
  now = database.seededAt;
  ({ villageA, villageB, townshipDpf, townshipParty, countyDpf } = await demoOfficials(database.db));
  const n = await one<{ id: number; period_ends_at: Date }>(
    sql`select id, period_ends_at from notices where village_code = ${A} and status = 'published' and period_ends_at > ${now.toISOString()}`,
  );
  const entry = await one<{ id: number }>(sql`select id from notice_entries where notice_id = ${n.id} order by position limit 1`);
  openA = { id: n.id, periodEndsAt: new Date(n.period_ends_at), entryId: entry.id };
});

describe('recording an objection', () => {
  it('stores the summary and objector privately, and audits public facts only', async () => {
    const result = await recordObjection.run(
      villageA,
      objection(openA.id, openA.entryId, { channel: 'phone', objectorName: '王大爷', objectorContact: '13900000000' }),
      now,
    );
    const { objectionId } = ok(result);
    expect(result.ok && result.redirectTo).toBe(`/admin/notices/${openA.id}?done=recorded`);
    const row = await one<{ entry_id: number; channel: string; status: string; received_at: Date; recorded_by: number }>(
      sql`select entry_id, channel, status, received_at, recorded_by from objections where id = ${objectionId}`,
    );
    expect(row).toMatchObject({ entry_id: openA.entryId, channel: 'phone', status: 'received', recorded_by: villageA.id });
    expect(new Date(row.received_at).getTime()).toBe(now.getTime());
    expect(await one(sql`select summary, objector_name, objector_contact from objection_private where objection_id = ${objectionId}`)).toEqual({
      summary: '村民反映该户收入不实',
      objector_name: '王大爷',
      objector_contact: '13900000000',
    });
    const audit = await one<{ summary: unknown }>(sql`select summary from audit_log where action = 'objection.record' and entity_id = ${String(objectionId)}`);
    expect(audit.summary).toEqual({ noticeId: openA.id, about: 'entry', channel: 'phone' });
  });

  it('records an anonymous objection about the whole notice; township officials may record too', async () => {
    const { objectionId } = ok(await recordObjection.run(townshipDpf, objection(openA.id, 'notice', { objectorName: '  ', channel: 'letter' }), now));
    expect(await one(sql`select o.entry_id, p.objector_name from objections o join objection_private p on p.objection_id = o.id where o.id = ${objectionId}`)).toEqual({
      entry_id: null,
      objector_name: null,
    });
  });

  it('refuses a role that may not record, an official of another village, and an entry of another notice', async () => {
    expect(refused(await recordObjection.run(countyDpf, objection(openA.id), now)).refused).toBe('role');
    const region = refused(await recordObjection.run(villageB, objection(openA.id), now));
    expect([region.refused, region.message]).toEqual(['region', zhAdmin.errors.region]);
    const foreign = await one<{ id: number }>(sql`select id from notice_entries where notice_id <> ${openA.id} limit 1`);
    expect(refused(await recordObjection.run(villageA, objection(openA.id, foreign.id), now)).fieldErrors).toEqual({ about: t.aboutNotOnNotice });
    const invalid = refused(await recordObjection.run(villageA, { noticeId: String(openA.id), channel: 'pigeon', about: 'x', summary: '' }, now));
    expect(invalid.fieldErrors).toEqual({ channel: t.channel, about: t.about, summary: t.summary });
  });

  it('accepts one second before the end of the period and refuses at the end and one second after, naming the end date', async () => {
    const end = openA.periodEndsAt.getTime();
    const before = await objectionCount(openA.id);
    ok(await recordObjection.run(villageA, objection(openA.id), new Date(end - SECOND)));
    const expected = formatRecordObjectionRefusal({ reason: 'period_ended', endedAt: openA.periodEndsAt });
    // The message names the last day of the period in China (e.g. 公示期已于2026年12月4日结束).
    expect(expected).toBe(`公示期已于${formatChinaDate(new Date(end - 1))}结束，不能再登记异议`);
    for (const at of [end, end + SECOND]) {
      const r = refused(await recordObjection.run(villageA, objection(openA.id), new Date(at)));
      expect([r.refused, r.message]).toEqual(['rule', expected]);
    }
    expect(await objectionCount(openA.id)).toBe(before + 1);
  });

  it('counts the period in China time: 23:30 and 00:30 China time publish on different days', async () => {
    // 2026-11-30T15:30Z is 23:30 on 30 November in China; 16:30Z is 00:30 on 1 December.
    const late = await publishAt(new Date('2026-11-30T15:30:00Z'));
    const early = await publishAt(new Date('2026-11-30T16:30:00Z'));
    const period = async (id: number) =>
      one<{ start: string; end: string; ends_at: Date }>(
        sql`select period_start_date::text as start, period_end_date::text as end, period_ends_at as ends_at from notices where id = ${id}`,
      );
    const p1 = await period(late.id);
    const p2 = await period(early.id);
    expect([p1.start, p1.end]).toEqual(['2026-11-30', '2026-12-06']);
    expect([p2.start, p2.end]).toEqual(['2026-12-01', '2026-12-07']);
    expect(new Date(p1.ends_at).toISOString()).toBe('2026-12-06T16:00:00.000Z'); // 00:00 China on 7 December
    // 23:59:59 China time on the last day is still inside; midnight is not.
    ok(await recordObjection.run(villageA, objection(late.id, late.entryId), new Date('2026-12-06T15:59:59Z')));
    ok(await recordObjection.run(villageA, objection(early.id), new Date('2026-12-07T15:59:59Z')));
    const r = refused(await recordObjection.run(villageA, objection(late.id), new Date('2026-12-06T16:00:00Z')));
    expect(r.message).toBe('公示期已于2026年12月6日结束，不能再登记异议');
  });

  it('refuses on a withdrawn notice and on a draft', async () => {
    const fresh = await publishAt(now);
    ok(await withdrawNotice.run(villageA, { id: fresh.id, reason: '名单有误，撤回重发' }, now));
    expect(refused(await recordObjection.run(villageA, objection(fresh.id), now)).message).toBe(zhRecordObjectionRefusals.not_published);
    const draft = await one<{ id: number }>(sql`select id from notices where status = 'draft' limit 1`);
    const r = refused(await recordObjection.run(townshipDpf, objection(draft.id), now));
    expect(r.message).toBe(zhRecordObjectionRefusals.not_published);
  });
});

describe('investigating and resolving', () => {
  it('moves an objection to investigating, then to upheld with a public reason, once', async () => {
    const { objectionId } = ok(await recordObjection.run(villageA, objection(openA.id, openA.entryId), now));
    expect(refused(await investigateObjection.run(townshipDpf, { objectionId }, now)).refused).toBe('role');
    expect(refused(await investigateObjection.run(villageB, { objectionId }, now)).refused).toBe('region');
    ok(await investigateObjection.run(townshipParty, { objectionId }, now));
    expect((await one<{ status: string }>(sql`select status from objections where id = ${objectionId}`)).status).toBe('investigating');
    expect(refused(await investigateObjection.run(villageA, { objectionId }, now)).message).toBe(t.alreadyInvestigating);

    const missing = refused(await resolveObjection.run(villageA, { objectionId, outcome: '', reason: ' ' }, now));
    expect(missing.fieldErrors).toEqual({ outcome: t.outcome, reason: t.reason });
    const later = new Date(now.getTime() + 3_600_000);
    ok(await resolveObjection.run(villageA, { objectionId, outcome: 'upheld', reason: '经入户核实，该户收入超过标准' }, later));
    const row = await one<{ status: string; resolution_reason: string; resolved_at: Date; resolved_by: number }>(
      sql`select status, resolution_reason, resolved_at, resolved_by from objections where id = ${objectionId}`,
    );
    expect(row).toMatchObject({ status: 'upheld', resolution_reason: '经入户核实，该户收入超过标准', resolved_by: villageA.id });
    expect(new Date(row.resolved_at).getTime()).toBe(later.getTime());
    const again = refused(await resolveObjection.run(villageA, { objectionId, outcome: 'dismissed', reason: '改变主意' }, later));
    expect(again.message).toBe(t.alreadyResolved);
    const audit = await one<{ summary: unknown }>(sql`select summary from audit_log where action = 'objection.resolve' and entity_id = ${String(objectionId)}`);
    expect(audit.summary).toEqual({ noticeId: openA.id, outcome: 'upheld' });
  });

  it('resolves straight from received as dismissed, and refuses an unknown objection', async () => {
    const { objectionId } = ok(await recordObjection.run(villageA, objection(openA.id), now));
    ok(await resolveObjection.run(townshipParty, { objectionId, outcome: 'dismissed', reason: '经核实，公示程序符合要求' }, now));
    expect((await one<{ status: string }>(sql`select status from objections where id = ${objectionId}`)).status).toBe('dismissed');
    expect(refused(await resolveObjection.run(villageA, { objectionId: 999_999, outcome: 'upheld', reason: '无' }, now)).message).toBe(t.objectionNotFound);
  });
});

describe('recording while closing', () => {
  // PGlite is one connection in one process: transactions run one after another, so there is no race
  // to observe there. On PostgreSQL (through pg or @vercel/postgres) the actions really run at once
  // on separate connections.
  it.skipIf(driver === 'pglite')('never loses an objection and never closes over an unresolved one', async () => {
    const publishedAt = new Date(now.getTime() + 10 * 86_400_000);
    const end = noticePeriod(publishedAt, 7).endsAt.getTime();
    const outcomes: { closed: boolean; recorded: number }[] = [];
    for (const order of ['close-first', 'records-first', 'mixed'] as const) {
      const { id, entryId } = await publishAt(publishedAt);
      // Each is allowed on its own: recording one second before the end, closing one second after.
      const recorded: number[] = [];
      const refusals: (string | undefined)[] = [];
      let closes = 0;
      const record = (i: number) => async () => {
        const r = await recordObjection.run(villageA, objection(id, i % 2 ? entryId : 'notice', { summary: `并发异议 ${i}` }), new Date(end - SECOND));
        if (r.ok) recorded.push(r.value.objectionId);
        else refusals.push(r.refused);
      };
      const close = async () => {
        const r = await closeNotice.run(villageA, { id: String(id) }, new Date(end + SECOND));
        if (r.ok) closes++;
        else refusals.push(r.refused);
      };
      const records = Array.from({ length: 24 }, (_, i) => record(i));
      const closers = Array.from({ length: 4 }, () => close);
      const ops =
        order === 'close-first'
          ? [...closers, ...records]
          : order === 'records-first'
            ? [...records, ...closers]
            : records.flatMap((r, i) => (i % 6 === 0 ? [closers[i / 6]!, r] : [r]));
      await Promise.all(ops.map((op) => op()));

      expect(closes).toBeLessThanOrEqual(1);
      // Losers are refused by the rules (never a raw database error).
      expect(new Set(refusals)).toEqual(refusals.length > 0 ? new Set(['rule']) : new Set());
      // No objection lost: every accepted one is in the database, with its private summary.
      const stored = await rows<{ id: number; status: string; summary: string }>(
        sql`select o.id, o.status, p.summary from objections o join objection_private p on p.objection_id = o.id where o.notice_id = ${id}`,
      );
      expect(stored.map((s) => s.id).sort((a, b) => a - b)).toEqual([...recorded].sort((a, b) => a - b));
      // Never closed with an unresolved objection.
      const status = (await one<{ status: string }>(sql`select status from notices where id = ${id}`)).status;
      const unresolved = stored.filter((s) => s.status === 'received' || s.status === 'investigating').length;
      if (status === 'closed') expect(unresolved).toBe(0);
      expect(closes).toBe(status === 'closed' ? 1 : 0);
      expect(recorded.length + closes).toBeGreaterThan(0);
      outcomes.push({ closed: status === 'closed', recorded: recorded.length });
    }
    // Each round ends one way or the other, never both.
    for (const o of outcomes) expect(o.closed && o.recorded > 0).toBe(false);
  });

  // Under load (2 cores, load ~16) the race above once answered 'outage': its 28 actions queued for the
  // pool's 10 connections for longer than the 3 s connect timeout, which pg-pool also applied to the
  // queue. A queue for a busy pool is not an outage (db/pool-wait.ts); here a small pool makes it long.
  it.skipIf(driver !== 'pg')('refuses the losers of a burst larger than the pool by rule, however long they wait for a connection', async () => {
    const publishedAt = new Date(now.getTime() + 10 * 86_400_000);
    const end = noticePeriod(publishedAt, 7).endsAt.getTime();
    const { id } = await publishAt(publishedAt);
    const previous = await getDatabase();
    const small = await openPgWith(pgUrlOf(database.db), { DATABASE_POOL_SIZE: '2', DATABASE_CONNECT_TIMEOUT_MS: '200' });
    setProcessDatabase(small);
    try {
      await openConnections(small.db, 2); // what is tested is the wait for a busy one, not opening one
      // One connection holds the notice for a few connect timeouts; the actions queue for the other.
      let locked!: () => void;
      const isLocked = new Promise<void>((resolve) => (locked = resolve));
      const holder = small.db.transaction(async (tx) => {
        await tx.execute(sql`select id from notices where id = ${id} for update`);
        locked();
        await tx.execute(sql`select pg_sleep(0.6)`);
      });
      await Promise.race([isLocked, holder]);
      const results = await Promise.all([
        closeNotice.run(villageA, { id: String(id) }, new Date(end + SECOND)),
        ...Array.from({ length: 6 }, (_, i) => recordObjection.run(villageA, objection(id, 'notice', { summary: `排队异议 ${i}` }), new Date(end - SECOND))),
      ]);
      await holder;
      // The closing usually locks the notice first; on a loaded machine a recording may overtake it.
      const outcomes = results.map((r) => (r.ok ? 'ok' : r.refused));
      const closedFirst = ['ok', ...Array(6).fill('rule')];
      const recordedFirst = ['rule', ...Array(6).fill('ok')];
      expect([closedFirst, recordedFirst]).toContainEqual(outcomes);
      expect(await objectionCount(id)).toBe(outcomes[0] === 'ok' ? 0 : 6);
    } finally {
      setProcessDatabase(previous);
      await small.close();
    }
  });
});
