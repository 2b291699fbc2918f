// The audit chain check against real databases: the seeded log verifies, a new row written through
// the ordinary path verifies, and tampering done the only way it can be (as the database owner, with
// the append-only trigger switched off) is reported at exactly the right row.
import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '@/db/client';
import { recordAudit } from '@/lib/audit/record';
import { openTestDatabase, type TestDatabase } from '@/test/database';
import { officialNamed } from '@/test/officials';
import { BROKEN_CONTENT, BROKEN_LINK, verifyAuditChain } from './verify';

let database: TestDatabase;

beforeAll(async () => {
  database = await openTestDatabase('seeded');
});
afterAll(() => database.close());

/** A fresh copy of the seeded database for one destructive test. */
async function withCopy(test: (copy: TestDatabase) => Promise<void>): Promise<void> {
  const copy = await openTestDatabase('seeded');
  try {
    await test(copy);
  } finally {
    await copy.close();
  }
}

/** Runs `change` with the append-only trigger off, as only the database owner can. */
async function tamper(copy: TestDatabase, change: SQL): Promise<void> {
  await copy.db.execute(sql`alter table audit_log disable trigger audit_log_no_update_delete`);
  await copy.db.execute(change);
  await copy.db.execute(sql`alter table audit_log enable trigger audit_log_no_update_delete`);
}

async function ids(copy: TestDatabase): Promise<number[]> {
  const rows = await queryRows<{ id: string }>(copy.db, sql`select id::text as id from audit_log order by audit_log.id`);
  return rows.map((r) => Number(r.id));
}

describe('verifyAuditChain', () => {
  it('passes on the seeded database and counts every row', async () => {
    const [{ n }] = (await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from audit_log`)) as [{ n: number }];
    expect(n).toBeGreaterThan(100);
    expect(await verifyAuditChain(database.db)).toEqual({ ok: true, rows: n });
    // Small pages walk the same chain across many page boundaries.
    expect(await verifyAuditChain(database.db, 7)).toEqual({ ok: true, rows: n });
    expect(await verifyAuditChain(database.db, n)).toEqual({ ok: true, rows: n });
  });

  it('matches the trigger byte for byte for a new row with an official, Chinese text, quotes and a separator', async () => {
    const official = await officialNamed(database.db, 'village-a');
    // Sub-millisecond part and time zone: the trigger hashes microseconds since the epoch.
    const at = new Date(Date.UTC(2026, 10, 28, 15, 59, 59, 999));
    await database.db.transaction((tx) =>
      recordAudit(tx, official, at, {
        action: 'test.write',
        entityType: 'notice',
        entityId: 22,
        summary: { text: '前进村|“引号” "quotes" \\ back', n: 1.5, nested: { b: [1, 2], a: null } },
      }),
    );
    const result = await verifyAuditChain(database.db);
    expect(result.ok).toBe(true);
  });

  it('reports exactly the row whose summary was changed', async () => {
    await withCopy(async (copy) => {
      const all = await ids(copy);
      const target = all[Math.floor(all.length / 2)]!;
      await tamper(copy, sql`update audit_log set summary = '{"tampered": true}'::jsonb where id = ${target}`);
      const result = await verifyAuditChain(copy.db, 10);
      expect(result).toEqual({ ok: false, rows: all.indexOf(target), brokenAt: target, reason: BROKEN_CONTENT });
    });
  });

  it('reports exactly the row whose action was changed, even the first one', async () => {
    await withCopy(async (copy) => {
      const [first] = await ids(copy);
      await tamper(copy, sql`update audit_log set action = 'notice.close' where id = ${first!}`);
      expect(await verifyAuditChain(copy.db)).toEqual({ ok: false, rows: 0, brokenAt: first, reason: BROKEN_CONTENT });
    });
  });

  it('reports a deleted middle row at the row that follows it', async () => {
    await withCopy(async (copy) => {
      const all = await ids(copy);
      const index = Math.floor(all.length / 3);
      const deleted = all[index]!;
      await tamper(copy, sql`delete from audit_log where id = ${deleted}`);
      const result = await verifyAuditChain(copy.db, 16);
      expect(result).toEqual({ ok: false, rows: index, brokenAt: all[index + 1], reason: BROKEN_LINK });
    });
  });

  it('reports a row rewritten with a recomputed hash at the next row, whose link no longer matches', async () => {
    await withCopy(async (copy) => {
      const all = await ids(copy);
      const index = all.length - 5;
      const target = all[index]!;
      await tamper(
        copy,
        sql`update audit_log set summary = '{"rewritten": true}'::jsonb,
              hash = encode(sha256(convert_to(concat_ws('|', prev_hash, id::text,
                (extract(epoch from at) * 1000000)::bigint::text, coalesce(official_id::text, ''),
                coalesce(role, ''), action, entity_type, entity_id, '{"rewritten": true}'), 'UTF8')), 'hex')
            where id = ${target}`,
      );
      expect(await verifyAuditChain(copy.db)).toEqual({ ok: false, rows: index + 1, brokenAt: all[index + 1], reason: BROKEN_LINK });
    });
  });

  it('refuses a nonsensical page size', async () => {
    await expect(verifyAuditChain(database.db, 0)).rejects.toThrow(RangeError);
  });
});
