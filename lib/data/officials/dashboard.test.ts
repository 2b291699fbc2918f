// The dashboard read model against the demo data, for real accounts at several levels, at the seed's
// `now` and at later instants (so that the open/ended split really follows `now`).
import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setProcessDatabase } from '@/db';
import { queryRows } from '@/db/client';
import { openTestDatabase, type TestDatabase } from '@/test/database';
import { officialNamed } from '@/test/officials';
import { screenLeftOut } from '@/lib/actions/left-out';
import { getDashboard, type Dashboard } from './dashboard';

let database: TestDatabase;
const rows = <T>(query: SQL) => queryRows<T>(database.db, query);
const DAY = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  database = await openTestDatabase('seeded');
  setProcessDatabase(database);
});
afterAll(() => database.close());

async function dashboardOf(username: string, now = database.seededAt): Promise<Dashboard> {
  const dashboard = await getDashboard(await officialNamed(database.db, username), now);
  if (!dashboard) throw new Error(`${username} has no dashboard`);
  return dashboard;
}

/** Household counts by status under a region prefix, straight from SQL. */
async function householdCounts(prefix: string) {
  const counted = await rows<{ status: string; n: number }>(
    sql`select status, count(*)::int as n from households where village_code like ${`${prefix}%`} group by status`,
  );
  const out: Record<string, number> = { registered: 0, listed: 0, passed: 0, removed: 0 };
  for (const r of counted) out[r.status] = r.n;
  return out;
}

describe('getDashboard', () => {
  it('the system administrator has no dashboard (accounts only)', async () => {
    expect(await getDashboard(await officialNamed(database.db, 'admin'), database.seededAt)).toBeNull();
  });

  it('village-a (平安村委会): open #22 with days left, its unresolved objections, #19 ready to close, its counts', async () => {
    const d = await dashboardOf('village-a');
    // #22's unresolved objections: one lodged online and accepted an hour after publication (about
    // entry 1), one received on paper the next day (about entry 2). The online submission still
    // awaiting triage and the one rejected as not an objection are not objections to resolve.
    expect(d.openNotices.map((n) => ({ id: n.id, place: n.place, daysLeft: n.daysLeft, entries: n.entries, pending: n.unresolvedObjections }))).toEqual([
      { id: 22, place: '平安镇平安村委会', daysLeft: 5, entries: 3, pending: 2 }, // published 2 China days ago, 7-day period
    ]);
    const masked = await rows<{ position: number; masked_name: string }>(sql`select position, masked_name from notice_entries where notice_id = 22 order by position`);
    const maskedAt = (position: number) => masked.find((e) => e.position === position)!.masked_name;
    expect(d.pendingObjections.map((o) => ({ noticeId: o.noticeId, status: o.status, about: o.about, daysWaiting: o.daysWaiting }))).toEqual([
      { noticeId: 22, status: 'received', about: { position: 1, maskedName: maskedAt(1) }, daysWaiting: 2 }, // online, accepted
      { noticeId: 22, status: 'received', about: { position: 2, maskedName: maskedAt(2) }, daysWaiting: 1 },
    ]);
    expect(d.endedNotices).toEqual([{ id: 19, title: expect.any(String), place: '平安镇平安村委会', periodEndDate: expect.any(String), closable: { ok: true } }]);
    expect(d.householdsByStatus).toEqual(await householdCounts('220802100201'));
    expect(d.householdsByStatus.registered).toBe(5);
    expect(d.noticesByState).toEqual({ draft: 0, open: 1, period_ended: 1, closed: 1, withdrawn: 0, superseded: 0 });
  });

  it('village-b (永平村委会) sees only its own notice and its whole-notice objection', async () => {
    const d = await dashboardOf('village-b');
    expect(d.openNotices.map((n) => [n.id, n.daysLeft])).toEqual([[24, 6]]);
    expect(d.pendingObjections.map((o) => [o.noticeId, o.status, o.about, o.daysWaiting])).toEqual([[24, 'investigating', null, 1]]);
    expect(d.endedNotices).toEqual([]);
    expect(d.householdsByStatus).toEqual(await householdCounts('220802100202'));
    expect(d.noticesByState).toEqual({ draft: 0, open: 1, period_ended: 0, closed: 0, withdrawn: 0, superseded: 0 });
  });

  it('the township sees both villages and the draft; the city sees every county, ended notices blocked or not', async () => {
    const township = await dashboardOf('township-party');
    expect(township.openNotices.map((n) => n.id).sort((a, b) => a - b)).toEqual([22, 24]);
    expect(township.pendingObjections.map((o) => o.noticeId).sort((a, b) => a - b)).toEqual([22, 22, 24]); // #22 has two
    expect(township.noticesByState.draft).toBe(1);
    expect(township.householdsByStatus).toEqual(await householdCounts('220802100'));

    const city = await dashboardOf('city');
    const published = await rows<{ id: number; open: boolean }>(
      sql`select id, period_ends_at > ${database.seededAt.toISOString()}::timestamptz as open from notices where status = 'published'`,
    );
    expect(city.openNotices.map((n) => n.id).sort((a, b) => a - b)).toEqual(published.filter((p) => p.open).map((p) => p.id).sort((a, b) => a - b));
    expect(city.endedNotices.map((n) => n.id).sort((a, b) => a - b)).toEqual(published.filter((p) => !p.open).map((p) => p.id).sort((a, b) => a - b));
    // 西明嘎村委会 (镇赉县) still has an objection under investigation after its period: blocked.
    const blocked = city.endedNotices.filter((n) => !n.closable.ok);
    expect(blocked.map((n) => [n.place, n.closable])).toEqual([['坦途镇西明嘎村委会', { ok: false, reason: 'unresolved_objections', count: 1 }]]);
    // Open notices come soonest-ending first; objections oldest first.
    const ends = city.openNotices.map((n) => n.periodEndsAt.getTime());
    expect([...ends].sort((a, b) => a - b)).toEqual(ends);
    const received = city.pendingObjections.map((o) => o.receivedAt.getTime());
    expect([...received].sort((a, b) => a - b)).toEqual(received);
    const [pending] = await rows<{ n: number }>(sql`select count(*)::int as n from objections where status in ('received', 'investigating')`);
    expect(city.pendingObjections).toHaveLength(pending!.n);
    expect(city.householdsByStatus).toEqual(await householdCounts('2208'));
    const [total] = await rows<{ n: number }>(sql`select count(*)::int as n from notices`);
    expect(Object.values(city.noticesByState).reduce((a, b) => a + b, 0)).toBe(total!.n);
  });

  it('a county official sees its county only', async () => {
    const d = await dashboardOf('county-org');
    const [inCounty] = await rows<{ n: number }>(sql`select count(*)::int as n from notices where village_code like '220802%'`);
    expect(Object.values(d.noticesByState).reduce((a, b) => a + b, 0)).toBe(inCounty!.n);
    expect(d.endedNotices.map((n) => n.id)).toEqual([19]);
    expect(d.householdsByStatus).toEqual(await householdCounts('220802'));
  });

  it('lists the online submissions awaiting triage and the left-out reports awaiting screening, to those who may act on them', async () => {
    // village-a: #22's submission the demo left untriaged (the accepted and rejected ones are not listed).
    const villageA = await dashboardOf('village-a');
    expect(villageA.awaitingTriage!.map((o) => ({ noticeId: o.noticeId, reference: o.reference, about: o.about, place: o.place }))).toEqual([
      { noticeId: 22, reference: 'YY-DEM3-3333', about: null, place: '平安镇平安村委会' },
    ]);
    const submitted = (prefix: string) =>
      rows<{ id: number }>(sql`select o.id from objections o join notices n on n.id = o.notice_id
        where o.status = 'submitted' and n.village_code like ${`${prefix}%`} order by o.received_at, o.id`);
    const received = (prefix: string) =>
      rows<{ id: number; reference: string }>(sql`select id, reference from left_out_reports
        where status = 'received' and village_code like ${`${prefix}%`} order by received_at, id`);
    expect(villageA.awaitingTriage!.map((o) => o.id)).toEqual((await submitted('220802100201')).map((r) => r.id));
    expect(villageA.leftOutToScreen!.map((r) => [r.id, r.reference])).toEqual((await received('220802100201')).map((r) => [r.id, r.reference]));
    expect(villageA.leftOutToScreen!.length).toBeGreaterThan(0); // the demo has unscreened reports in 平安村
    expect(villageA.leftOutToScreen!.every((r) => r.place === '平安镇平安村委会')).toBe(true);

    // village-b sees only its own village's; the township both villages'.
    const villageB = await dashboardOf('village-b');
    expect(villageB.awaitingTriage!.map((o) => o.id)).toEqual((await submitted('220802100202')).map((r) => r.id));
    expect(villageB.leftOutToScreen!.map((r) => r.id)).toEqual((await received('220802100202')).map((r) => r.id));
    const township = await dashboardOf('township-dpf');
    expect(township.leftOutToScreen!.map((r) => r.id)).toEqual((await received('220802100')).map((r) => r.id));

    // The county and the city may neither triage nor screen: no such sections.
    for (const name of ['county-dpf', 'county-org', 'city']) {
      const d = await dashboardOf(name);
      expect([name, d.awaitingTriage, d.leftOutToScreen]).toEqual([name, null, null]);
    }

    // Screened, a report leaves the list.
    const first = villageA.leftOutToScreen![0]!;
    const screened = await screenLeftOut.run(
      await officialNamed(database.db, 'village-a'),
      { reportId: String(first.id), outcome: 'not_eligible', reason: '经核实，该家庭不是农村户口' },
      new Date(database.seededAt.getTime() + DAY),
    );
    expect(screened.ok).toBe(true);
    expect((await dashboardOf('village-a')).leftOutToScreen!.map((r) => r.id)).not.toContain(first.id);
  });

  it('follows `now`: one second before and after #22 ends, and a whole-notice objection upheld blocks closing', async () => {
    const [n22] = await rows<{ ends: string }>(sql`select period_ends_at::text as ends from notices where id = 22`);
    const ends = new Date(n22!.ends);
    const before = await dashboardOf('village-a', new Date(ends.getTime() - 1000));
    expect(before.openNotices.map((n) => [n.id, n.daysLeft])).toEqual([[22, 1]]); // the last day
    const after = await dashboardOf('village-a', new Date(ends.getTime() + 1000));
    expect(after.openNotices).toEqual([]);
    // #22's online submission awaiting triage blocks closing first; once it is triaged (here rejected,
    // as the reject action would), its two accepted/received objections do.
    expect(after.endedNotices.map((n) => [n.id, n.closable])).toEqual([
      [19, { ok: true }],
      [22, { ok: false, reason: 'untriaged_online', count: 1 }],
    ]);
    expect(after.noticesByState).toMatchObject({ open: 0, period_ended: 2 });
    await database.db.execute(sql`update objections set status = 'rejected', triaged_at = received_at + interval '1 hour',
      triaged_by = (select id from officials where username = 'village-a'),
      resolved_at = received_at + interval '1 hour', resolved_by = (select id from officials where username = 'village-a'),
      resolution_reason = '与本公示无关，不属于异议' where notice_id = 22 and status = 'submitted'`);
    const triaged = await dashboardOf('village-a', new Date(ends.getTime() + 1000));
    expect(triaged.endedNotices.map((n) => [n.id, n.closable])).toEqual([
      [19, { ok: true }],
      [22, { ok: false, reason: 'unresolved_objections', count: 2 }],
    ]);

    // Uphold village-b's whole-notice objection (as the resolve action would), then look after its end.
    await database.db.execute(sql`update objections set status = 'upheld', resolved_at = received_at + interval '1 day',
      resolution_reason = '经核实，评定程序不符合要求' where notice_id = 24`);
    const later = await dashboardOf('village-b', new Date(database.seededAt.getTime() + 10 * DAY));
    expect(later.pendingObjections).toEqual([]);
    expect(later.endedNotices.map((n) => [n.id, n.closable])).toEqual([[24, { ok: false, reason: 'upheld_whole_notice', count: 1 }]]);
  });
});
