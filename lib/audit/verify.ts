// Checks the audit log's chain (审计日志) with the key (AUDIT_KEY): every row must carry the HMAC of its
// own content and of the previous row's hash (lib/audit/chain.ts), and must point at that hash
// ('genesis' for the first). A changed row fails its HMAC; a deleted row breaks the link of the row
// after it; a row rewritten with a recomputed plain hash, as the database's owner could do, fails its
// HMAC, since the key is not in the database.
//
// One thing a chain cannot show by itself is a cut-off tail: deleting the newest rows leaves a shorter
// chain that verifies. An anchor (npm run audit:anchor, kept outside the database) closes that gap:
// the row at the anchor's id must still carry the anchor's HMAC, so the chain must reach that far.
//
// `at` is read as microseconds from SQL and the summary as jsonb text parsed back, so the fields
// hashed here are the ones the writer hashed. Rows are read in pages, keyset by id, so a long log
// never sits in memory at once.
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '@/db/client';
import { chainHmac, GENESIS, plainChainHash, type ChainFields } from './chain';
import { auditKeyFromEnv } from './key';

export { GENESIS };

export type AuditAnchor = { id: string; hash: string };

export type AuditVerification =
  /** `last`: the newest row, what an anchor records (null for an empty log). */
  | { ok: true; rows: number; last: AuditAnchor | null }
  /** `rows`: how many rows were verified intact before `brokenAt`, the id of the first broken row. */
  | { ok: false; rows: number; brokenAt: number; reason: string };

/** Why a row is broken; stable strings, so callers (the CLI) can put them in words. */
export const BROKEN_LINK = 'prev_hash does not match the hash of the previous row';
export const BROKEN_CONTENT = 'hash is not the HMAC of the row content with this key';
export const PLAIN_HASH = 'hash is a plain SHA-256 that anyone can compute, not an HMAC with the key';
export const ANCHOR_MISMATCH = 'the anchored row no longer carries the anchored HMAC';
export const ANCHOR_MISSING = 'the anchored row is gone: the log ends before it or lost it';

export type VerifyOptions = {
  /** Default: AUDIT_KEY, or the key file of a demo run; never a new key. */
  key?: Buffer;
  pageSize?: number;
  anchor?: AuditAnchor;
};

/** Reads `<id>:<hmac>` as printed by npm run audit:anchor; throws a one-line message otherwise. */
export function parseAnchor(text: string): AuditAnchor {
  const match = /^(\d+):([0-9a-f]{64})$/.exec(text.trim());
  if (!match) throw new Error(`An anchor is <id>:<64 hex digits>, as npm run audit:anchor prints it, not "${text}".`);
  return { id: BigInt(match[1]!).toString(), hash: match[2]! };
}

type ChainRow = {
  id: string; // bigint as text: ids beyond 2^53 stay exact
  prev_hash: string;
  hash: string;
  micros: string;
  official_id: string | null;
  role: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  summary: string;
};

/** `pageSize` alone is accepted for callers of the earlier signature. */
export async function verifyAuditChain(db: Db, options: VerifyOptions | number = {}): Promise<AuditVerification> {
  const { key = auditKeyFromEnv(process.env, { create: false }), pageSize = 1000, anchor } =
    typeof options === 'number' ? { pageSize: options } : options;
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError(`pageSize must be a positive integer: ${pageSize}`);
  const anchorId = anchor ? BigInt(anchor.id) : null;
  let previousHash = GENESIS;
  let lastId: string | null = null;
  let verified = 0;
  for (;;) {
    const page: ChainRow[] = await queryRows<ChainRow>(
      db,
      sql`select id::text as id, prev_hash, hash,
            (extract(epoch from at) * 1000000)::bigint::text as micros,
            official_id::text as official_id, role, action, entity_type, entity_id, summary::text as summary
          from audit_log
          where ${lastId === null ? sql`true` : sql`audit_log.id > ${lastId}::bigint`}
          order by audit_log.id -- the column: a bare 'id' would sort by the text alias above
          limit ${pageSize}`,
    );
    for (const row of page) {
      const brokenAt = Number(row.id);
      if (anchorId !== null && BigInt(row.id) > anchorId && BigInt(lastId ?? '0') < anchorId) {
        return { ok: false, rows: verified, brokenAt: Number(anchorId), reason: ANCHOR_MISSING };
      }
      if (row.prev_hash !== previousHash) return { ok: false, rows: verified, brokenAt, reason: BROKEN_LINK };
      const fields: ChainFields = {
        prevHash: row.prev_hash,
        id: row.id,
        micros: row.micros,
        officialId: row.official_id,
        role: row.role,
        action: row.action,
        entityType: row.entity_type,
        entityId: row.entity_id,
        summary: JSON.parse(row.summary),
      };
      if (chainHmac(key, fields) !== row.hash) {
        const plain = plainChainHash({ ...fields, summaryText: row.summary }) === row.hash;
        return { ok: false, rows: verified, brokenAt, reason: plain ? PLAIN_HASH : BROKEN_CONTENT };
      }
      if (anchor && row.id === anchor.id && row.hash !== anchor.hash) {
        return { ok: false, rows: verified, brokenAt, reason: ANCHOR_MISMATCH };
      }
      previousHash = row.hash;
      lastId = row.id;
      verified++;
    }
    if (page.length < pageSize) break;
  }
  if (anchorId !== null && (lastId === null || BigInt(lastId) < anchorId)) {
    return { ok: false, rows: verified, brokenAt: Number(anchorId), reason: ANCHOR_MISSING };
  }
  return { ok: true, rows: verified, last: lastId === null ? null : { id: lastId, hash: previousHash } };
}
