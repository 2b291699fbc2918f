// The demo seed against a real (embedded) database: it must pass every trigger and constraint, at
// any time of day in China, and leave the states the demo and the browser tests rely on.
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { checkCertificateAgainstForm } from '../../lib/domain/identity';
import { noticeState } from '../../lib/domain/notice';
import { parentCode, regionLevel } from '../../lib/domain/regions';
import { chinaDateString } from '../../lib/domain/time';
import { openTestDatabase, type TestDatabase } from '../../test/database';
import { queryRows } from '../client';
import { seedDemo } from './demo';
import { regionRows } from './regions';

const opened: TestDatabase[] = [];

async function emptyDatabase(): Promise<TestDatabase> {
  const database = await openTestDatabase('empty');
  opened.push(database);
  return database;
}

afterEach(async () => {
  for (const database of opened.splice(0)) await database.close();
});

describe('demo regions', () => {
  it('are well-formed statistical codes under their parents', () => {
    const rows = regionRows();
    expect(new Set(rows.map((r) => r.code)).size).toBe(rows.length);
    for (const r of rows) {
      expect(regionLevel(r.code)).toBe(r.level);
      if (r.level !== 'city') expect(parentCode(r.code)).toBe(r.parentCode);
    }
    const townships = rows.filter((r) => r.level === 'township');
    for (const t of townships) {
      const suffix = Number(t.code.slice(6));
      const kind = t.name.endsWith('街道') ? 0 : t.name.endsWith('镇') ? 1 : 2;
      expect(Math.floor(suffix / 100)).toBe(kind);
      const villages = rows.filter((r) => r.parentCode === t.code);
      expect(villages.length).toBeGreaterThanOrEqual(2);
      expect(villages.length).toBeLessThanOrEqual(4);
      expect(new Set(villages.map((v) => v.name)).size).toBe(villages.length);
    }
  });
});

describe('seedDemo', () => {
  // Noon, five past midnight and five to midnight in China: plan times are "N days ago", and must
  // stay inside every period and before `now` whatever the hour.
  const nows = ['2026-11-28T04:00:00Z', '2026-11-30T16:05:00Z', '2027-03-01T15:55:00Z'];

  it.each(nows)('passes every trigger and leaves each state in place (now = %s)', async (iso) => {
    const now = new Date(iso);
    const { db } = await emptyDatabase();
    const summary = await seedDemo(db, now);

    expect(summary.households).toBe(200);
    expect(summary.officials).toBe(8);
    for (const n of Object.values(summary.noticesByStatus)) expect(n).toBeGreaterThan(0);
    for (const n of Object.values(summary.objectionsByStatus)) expect(n).toBeGreaterThan(0);
    expect(summary.publishedOpen).toBeGreaterThanOrEqual(4);
    expect(summary.publishedPeriodEnded).toBeGreaterThanOrEqual(2);
    for (const c of Object.values(summary.passedByCounty)) {
      expect(c.passed).toBeGreaterThanOrEqual(8);
      expect(c.passed).toBeLessThanOrEqual(c.allocation);
    }
    expect(summary.villageA.registeredHouseholdIds.length).toBeGreaterThanOrEqual(3);
    expect(summary.auditEntries).toBeGreaterThan(summary.households);
  }, 60_000);

  it('writes valid people, faithful snapshots and a clean audit trail', async () => {
    const now = new Date('2026-11-28T04:00:00Z');
    const { db } = await emptyDatabase();
    const summary = await seedDemo(db, now);

    const people = await queryRows<{
      certificate_number: string;
      sex: 'M' | 'F';
      age: number;
      disability_category: number;
      disability_grade: number;
      income_per_capita: number;
      created_at: string | Date;
    }>(db, sql`select p.certificate_number, h.sex, h.age, h.disability_category, h.disability_grade,
                  h.income_per_capita, h.created_at
             from households h join household_private p on p.household_id = h.id`);
    for (const p of people) {
      const today = chinaDateString(new Date(p.created_at));
      expect(
        checkCertificateAgainstForm(
          p.certificate_number,
          { age: p.age, sex: p.sex, category: p.disability_category, grade: p.disability_grade },
          today,
        ),
      ).toEqual([]);
      expect(p.income_per_capita).toBeLessThan(2800);
    }

    // A published list is the household as it was at publication; closed lists end passed/removed.
    const closedEntries = await queryRows<{ outcome: string | null; status: string }>(
      db,
      sql`select e.outcome, h.status from notice_entries e join notices n on n.id = e.notice_id
            join households h on h.id = e.household_id where n.status = 'closed'`,
    );
    for (const e of closedEntries) expect(e.outcome).toBe(e.status);

    // village-a's period-ended notice can be closed: all objections resolved, period over.
    const ready = await queryRows<{ status: 'published'; period_ends_at: string | Date; unresolved: number }>(
      db,
      sql`select n.status, n.period_ends_at,
                 (select count(*)::int from objections o where o.notice_id = n.id
                   and o.status not in ('upheld', 'dismissed')) as unresolved
            from notices n where n.id = ${summary.villageA.periodEndedNoticeId}`,
    );
    const row = ready[0]!;
    expect(noticeState({ status: row.status, periodEndsAt: new Date(row.period_ends_at) }, now)).toBe('period_ended');
    expect(row.unresolved).toBe(0);

    // No private value reaches the audit log.
    const leaks = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from audit_log a join household_private p
            on position(p.full_name in a.summary::text) > 0
            or position(p.id_number in a.summary::text) > 0
            or position(coalesce(p.phone, '#') in a.summary::text) > 0`,
    );
    expect(leaks[0]?.n).toBe(0);
  }, 60_000);
});
