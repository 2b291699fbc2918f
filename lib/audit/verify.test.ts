// The audit chain check against real databases: the seeded log verifies, a new row written through
// the ordinary path verifies, and tampering done the way a database owner can (triggers off, rows
// rewritten, even plain hashes recomputed to the end, or the newest rows cut off) is reported at
// exactly the right row, the cut-off tail through an anchor.
import { sql, type SQL } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows, type Db } from '@/db/client';
import { appendAuditRow, recordAudit } from '@/lib/audit/record';
import { openTestDatabase, type TestDatabase } from '@/test/database';
import { useSeededDatabase } from '@/test/seeded-database';
import { officialNamed } from '@/test/officials';
import {
  ANCHOR_MISMATCH,
  ANCHOR_MISSING,
  BROKEN_CONTENT,
  BROKEN_LINK,
  parseAnchor,
  PLAIN_HASH,
  verifyAuditChain,
  type AuditAnchor,
} from './verify';

const database = useSeededDatabase();

/** A fresh copy of the seeded database for one destructive test. */
async function withCopy(test: (copy: TestDatabase) => Promise<void>): Promise<void> {
  const copy = await openTestDatabase('seeded');
  try {
    await test(copy);
  } finally {
    await copy.close();
  }
}

/** Runs `changes` with every ordinary trigger off, as only a superuser or the table's owner can. */
async function asOwner(copy: TestDatabase, changes: (db: Db) => Promise<void>): Promise<void> {
  await copy.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    await db.execute(sql`set local session_replication_role = replica`);
    await changes(db);
  });
}

const change = (query: SQL) => (db: Db) => db.execute(query).then(() => undefined);

/** Rewrites every row from `fromId` on with a plain SHA-256 chained to the end: what an owner without the key can do. */
async function rehashPlainFrom(db: Db, fromId: number): Promise<void> {
  const [before] = await queryRows<{ hash: string }>(db, sql`select hash from audit_log where id < ${fromId} order by id desc limit 1`);
  let prev = before?.hash ?? 'genesis';
  for (const { id } of await queryRows<{ id: string }>(db, sql`select id::text as id from audit_log where id >= ${fromId} order by audit_log.id`)) {
    const [row] = await queryRows<{ hash: string }>(
      db,
      sql`update audit_log set prev_hash = ${prev},
            hash = encode(sha256(convert_to(concat_ws('|', ${prev}::text, id::text,
              (extract(epoch from at) * 1000000)::bigint::text, coalesce(official_id::text, ''),
              coalesce(role, ''), action, entity_type, entity_id, summary::text), 'UTF8')), 'hex')
          where id = ${id}::bigint returning hash`,
    );
    prev = row!.hash;
  }
}

async function ids({ db }: { db: Db }): Promise<number[]> {
  const rows = await queryRows<{ id: string }>(db, sql`select id::text as id from audit_log order by audit_log.id`);
  return rows.map((r) => Number(r.id));
}

async function anchorOf(copy: TestDatabase): Promise<AuditAnchor> {
  const result = await verifyAuditChain(copy.db);
  if (!result.ok || !result.last) throw new Error('the seeded chain should verify');
  return result.last;
}

describe('verifyAuditChain', () => {
  it('passes on the seeded database and counts every row', async () => {
    const [{ n }] = (await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from audit_log`)) as [{ n: number }];
    expect(n).toBeGreaterThan(100);
    const whole = await verifyAuditChain(database.db);
    expect(whole).toMatchObject({ ok: true, rows: n });
    // Small pages walk the same chain across many page boundaries.
    expect(await verifyAuditChain(database.db, { pageSize: 7 })).toEqual(whole);
    expect(await verifyAuditChain(database.db, n)).toEqual(whole);
    // The anchor of an intact chain holds.
    if (!whole.ok) throw new Error('unreachable');
    expect(await verifyAuditChain(database.db, { anchor: whole.last! })).toEqual(whole);
  });

  it('recomputes the writer\'s HMAC from the stored row: an official, Chinese text, quotes, a separator, key order, a date', async () => {
    const official = await officialNamed(database.db, 'village-a');
    // Sub-millisecond part and time zone: the chain hashes microseconds since the epoch.
    const at = new Date(Date.UTC(2026, 10, 28, 15, 59, 59, 999));
    await database.db.transaction((tx) =>
      recordAudit(tx, official, at, {
        action: 'test.write',
        entityType: 'notice',
        entityId: 22,
        // jsonb reorders keys (shorter first) and drops undefined members; a date becomes its ISO text.
        summary: { zz: '前进村|“引号” "quotes" \\ back', a: 1.5, nested: { b: [1, 2e21, -0], a: null }, gone: undefined, on: at },
      }),
    );
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true });
  });

  it('fails on every row with another key: the key, not the database, makes the chain', async () => {
    const [first] = await ids(database);
    expect(await verifyAuditChain(database.db, { key: Buffer.from('another key of at least 32 characters') })).toEqual({
      ok: false,
      rows: 0,
      brokenAt: first,
      reason: BROKEN_CONTENT,
    });
  });

  it('catches an owner who rewrites a row and recomputes plain hashes to the end', async () => {
    await withCopy(async (copy) => {
      const all = await ids(copy);
      const index = Math.floor(all.length / 2);
      const target = all[index]!;
      await asOwner(copy, async (db) => {
        await db.execute(sql`update audit_log set summary = '{"rewritten": true}'::jsonb where id = ${target}`);
        await rehashPlainFrom(db, target);
      });
      expect(await verifyAuditChain(copy.db, { pageSize: 10 })).toEqual({ ok: false, rows: index, brokenAt: target, reason: PLAIN_HASH });
    });
  });

  it('catches an owner who rewrites the whole chain from its first row', async () => {
    await withCopy(async (copy) => {
      const [first] = await ids(copy);
      await asOwner(copy, async (db) => {
        await db.execute(sql`update audit_log set action = 'notice.close' where id = ${first!}`);
        await rehashPlainFrom(db, first!);
      });
      expect(await verifyAuditChain(copy.db)).toEqual({ ok: false, rows: 0, brokenAt: first, reason: PLAIN_HASH });
    });
  });

  it('reports exactly the row whose summary was changed, and a deleted middle row at the row after it', async () => {
    await withCopy(async (copy) => {
      const all = await ids(copy);
      const changed = all[Math.floor(all.length / 2)]!;
      const deletedIndex = Math.floor(all.length / 3);
      await asOwner(copy, change(sql`update audit_log set summary = '{"tampered": true}'::jsonb where id = ${changed}`));
      expect(await verifyAuditChain(copy.db, { pageSize: 10 })).toEqual({ ok: false, rows: all.indexOf(changed), brokenAt: changed, reason: BROKEN_CONTENT });
      await asOwner(copy, change(sql`delete from audit_log where id = ${all[deletedIndex]!}`));
      expect(await verifyAuditChain(copy.db, { pageSize: 16 })).toEqual({ ok: false, rows: deletedIndex, brokenAt: all[deletedIndex + 1], reason: BROKEN_LINK });
    });
  });

  it('catches a cut-off tail through the anchor, also after the application writes on', async () => {
    await withCopy(async (copy) => {
      const anchor = await anchorOf(copy);
      const all = await ids(copy);
      await asOwner(copy, change(sql`delete from audit_log where id > ${all[all.length - 4]!}`));
      // Without the anchor the shorter chain is intact: the anchor is what shows the loss.
      expect(await verifyAuditChain(copy.db)).toMatchObject({ ok: true, rows: all.length - 3 });
      expect(await verifyAuditChain(copy.db, { anchor })).toEqual({ ok: false, rows: all.length - 3, brokenAt: Number(anchor.id), reason: ANCHOR_MISSING });
      // New rows written with the key after the cut pass the anchored id: still caught.
      await copy.db.transaction(async (tx) => {
        for (const n of [1, 2, 3, 4, 5]) await appendAuditRow(tx, { at: new Date(), officialId: null, role: null, action: 'test.after', entityType: 'test', entityId: String(n), summary: {} });
      });
      expect(await verifyAuditChain(copy.db, { anchor })).toMatchObject({ ok: false, brokenAt: Number(anchor.id), reason: ANCHOR_MISSING });
    });
  });

  it('catches a tail replaced with new rows at the same ids through the anchor', async () => {
    await withCopy(async (copy) => {
      const anchor = await anchorOf(copy);
      const all = await ids(copy);
      const cut = all[all.length - 3]!;
      await asOwner(copy, change(sql`delete from audit_log where id >= ${cut}`));
      await copy.db.execute(sql`select setval(pg_get_serial_sequence('audit_log', 'id'), ${cut - 1})`);
      await copy.db.transaction(async (tx) => {
        for (const n of [1, 2, 3]) await appendAuditRow(tx, { at: new Date(), officialId: null, role: null, action: 'test.replace', entityType: 'test', entityId: String(n), summary: {} });
      });
      expect(await verifyAuditChain(copy.db, { anchor })).toEqual({ ok: false, rows: all.length - 1, brokenAt: Number(anchor.id), reason: ANCHOR_MISMATCH });
    });
  });

  it('reads an anchor as audit:anchor prints it, and refuses anything else', () => {
    const hash = 'ab'.repeat(32);
    expect(parseAnchor(`0042:${hash}\n`)).toEqual({ id: '42', hash });
    for (const bad of ['42', `42:${hash.slice(1)}`, `x:${hash}`, `42:${hash.toUpperCase()}`]) expect(() => parseAnchor(bad)).toThrow(/<id>:<64 hex digits>/);
  });

  it('refuses a nonsensical page size', async () => {
    await expect(verifyAuditChain(database.db, 0)).rejects.toThrow(RangeError);
  });
});
