// Inserts one audit row inside the caller's transaction, chained with an HMAC the database cannot make
// (lib/audit/chain.ts). Under the chain's advisory lock it reads the last hash and draws the next id,
// so concurrent writers queue and the chain never forks; the trigger (db/migrations/0007_*) checks the
// link under the same lock and freezes the row. The summary holds public facts only, never private fields.
import { sql } from 'drizzle-orm';
import { queryRows, type Db, type Tx } from '@/db/client';
import { auditLog } from '@/db/schema';
import { chainHmac, GENESIS, jsonValue, microsOf } from './chain';
import { auditKey } from './key';

export type AuditEntry = {
  action: string; // e.g. 'notice.publish'
  entityType: string; // e.g. 'notice'
  entityId: string | number;
  summary: Record<string, unknown>;
};

/** One row as written: who, when, what. */
export type AuditRow = {
  at: Date;
  officialId: number | null;
  role: string | null;
  action: string;
  entityType: string;
  entityId: string;
  summary: Record<string, unknown>;
};

/** The lock the trigger of db/migrations/0001 and 0007 takes; every chain writer takes it first. */
const CHAIN_LOCK = sql.raw('4242001');

export async function recordAudit(
  tx: Tx,
  actor: { id: number; role: string } | null,
  at: Date,
  entry: AuditEntry,
): Promise<void> {
  await appendAuditRow(tx, {
    at,
    officialId: actor?.id ?? null,
    role: actor?.role ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: String(entry.entityId),
    summary: entry.summary,
  });
}

/** Appends `row` to the chain; `key` defaults to the process's AUDIT_KEY. */
export async function appendAuditRow(tx: Tx, row: AuditRow, key: Buffer = auditKey()): Promise<void> {
  const db = tx as unknown as Db; // a transaction runs the same queries
  await db.execute(sql`select pg_advisory_xact_lock(${CHAIN_LOCK})`);
  const [head] = await queryRows<{ prev: string | null; id: string }>(
    db,
    sql`select (select hash from audit_log order by id desc limit 1) as prev,
               nextval(pg_get_serial_sequence('audit_log', 'id'))::text as id`,
  );
  const prevHash = head!.prev ?? GENESIS;
  const summary = jsonValue(row.summary) as Record<string, unknown>;
  const hash = chainHmac(key, {
    prevHash,
    id: head!.id,
    micros: microsOf(row.at),
    officialId: row.officialId === null ? null : String(row.officialId),
    role: row.role,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    summary,
  });
  await tx.insert(auditLog).values({ ...row, id: Number(head!.id), summary, prevHash, hash });
}
