// How one audit row is hashed: an HMAC-SHA256 (key: lib/audit/key.ts) over a canonical text of the
// row, written by lib/audit/record.ts and recomputed by lib/audit/verify.ts from the stored row alone.
//
// The canonical text is a JSON array, so no field can spill into the next (a '|'-joined text would let
// 'a|b','c' and 'a','b|c' hash alike), and the summary inside it is JSON with every object's keys
// sorted: the writer hashes the object it inserts, the verifier the object it reads back from jsonb,
// which keeps the values but not the key order or spacing.
import { createHash, createHmac } from 'node:crypto';

export const GENESIS = 'genesis';
export const CHAIN_VERSION = 'gongshi-audit-v1';

/** The fields of a row that its hash covers, in the text form both sides can produce exactly. */
export type ChainFields = {
  prevHash: string;
  id: string; // bigint as text
  micros: string; // `at` in microseconds since the epoch, as text
  officialId: string | null;
  role: string | null;
  action: string;
  entityType: string;
  entityId: string;
  summary: unknown; // a JSON value, as JSON.parse gives it
};

/** JSON with object keys sorted at every depth; the input must be plain JSON (see `jsonValue`). */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    const members = Object.keys(object)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(object[key])}`);
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value);
}

/** What jsonb will store for `value`: dates become strings, undefined members disappear. */
export function jsonValue(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

export function chainText(row: ChainFields): string {
  return canonicalJson([
    CHAIN_VERSION,
    row.prevHash,
    row.id,
    row.micros,
    row.officialId,
    row.role,
    row.action,
    row.entityType,
    row.entityId,
    row.summary,
  ]);
}

export function chainHmac(key: Buffer, row: ChainFields): string {
  return createHmac('sha256', key).update(chainText(row), 'utf8').digest('hex');
}

/**
 * The plain SHA-256 that the trigger of migration 0001 computed (before 0007). Anyone can compute it,
 * so it proves nothing; the verifier uses it only to say why a row fails.
 */
export function plainChainHash(row: ChainFields & { summaryText: string }): string {
  const text = [
    row.prevHash,
    row.id,
    row.micros,
    row.officialId ?? '',
    row.role ?? '',
    row.action,
    row.entityType,
    row.entityId,
    row.summaryText,
  ].join('|');
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** `at` as the verifier reads it back: microseconds since the epoch. */
export function microsOf(at: Date): string {
  return (BigInt(at.getTime()) * 1000n).toString();
}
