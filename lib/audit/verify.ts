// Checks the audit log's hash chain (审计日志): every row must hash to its stored hash, computed exactly
// as the audit_log_chain trigger computes it (db/migrations/0001_integrity_triggers.sql), and must
// point at the previous row's hash ('genesis' for the first). A changed row fails its own hash; a
// deleted row breaks the link of the row after it.
//
// The parts of the hash whose text form PostgreSQL decides (the timestamp in microseconds and the
// jsonb summary) are read as text from SQL, so the bytes hashed here are the bytes the trigger hashed.
// Rows are read in pages, keyset by id, so a long log never sits in memory at once.
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '@/db/client';

export type AuditVerification =
  | { ok: true; rows: number }
  /** `rows`: how many rows were verified intact before `brokenAt`, the id of the first broken row. */
  | { ok: false; rows: number; brokenAt: number; reason: string };

/** Why a row is broken; stable strings, so callers (the CLI) can put them in words. */
export const BROKEN_LINK = 'prev_hash does not match the hash of the previous row';
export const BROKEN_CONTENT = 'hash does not match the row content';

export const GENESIS = 'genesis';

type ChainRow = {
  id: string; // bigint as text: ids beyond 2^53 stay exact
  prev_hash: string;
  hash: string;
  micros: string;
  official_id: string;
  role: string;
  action: string;
  entity_type: string;
  entity_id: string;
  summary: string;
};

/** The trigger's hash of one row: sha256 over the fields joined by '|' (concat_ws), UTF-8, hex. */
export function chainHash(row: Omit<ChainRow, 'hash'>): string {
  const text = [
    row.prev_hash,
    row.id,
    row.micros,
    row.official_id,
    row.role,
    row.action,
    row.entity_type,
    row.entity_id,
    row.summary,
  ].join('|');
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export async function verifyAuditChain(db: Db, pageSize = 1000): Promise<AuditVerification> {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError(`pageSize must be a positive integer: ${pageSize}`);
  let previousHash = GENESIS;
  let lastId: string | null = null;
  let verified = 0;
  for (;;) {
    const page: ChainRow[] = await queryRows<ChainRow>(
      db,
      sql`select id::text as id, prev_hash, hash,
            (extract(epoch from at) * 1000000)::bigint::text as micros,
            coalesce(official_id::text, '') as official_id, coalesce(role, '') as role,
            action, entity_type, entity_id, summary::text as summary
          from audit_log
          where ${lastId === null ? sql`true` : sql`audit_log.id > ${lastId}::bigint`}
          order by audit_log.id -- the column: a bare 'id' would sort by the text alias above
          limit ${pageSize}`,
    );
    for (const row of page) {
      const brokenAt = Number(row.id);
      if (row.prev_hash !== previousHash) return { ok: false, rows: verified, brokenAt, reason: BROKEN_LINK };
      if (chainHash(row) !== row.hash) return { ok: false, rows: verified, brokenAt, reason: BROKEN_CONTENT };
      previousHash = row.hash;
      verified++;
    }
    if (page.length < pageSize) return { ok: true, rows: verified };
    lastId = page[page.length - 1]!.id;
  }
}
