// The notice's fingerprint (指纹): the SHA-256 of its canonical published content, shown short and grouped
// (e.g. 3F2A-91C0-7B4E), on the public page, the public print page and the officials' board poster, so
// anyone can check that a paper on the village board matches the notice online.
//
// Canonical content: a stable JSON (keys sorted, no spaces) of what publication froze: the id, the
// village, the title, the body, the issuing body, the period (first and last day), where and by which
// phone to object, and the listed entries as published, ordered by their number, each with its MASKED
// name and the other public snapshot fields. Masked, not full names: the public page never holds full
// names, so the poster (which prints full names) hashes the same masked snapshot and both agree. The
// outcome of closing is left out, so a poster printed while the notice is open still matches later.
import { createHash } from 'node:crypto';

/** The fields of a listed entry that the fingerprint covers (the published snapshot, name masked). */
export const CANONICAL_ENTRY_FIELDS = [
  'position',
  'maskedName',
  'sex',
  'age',
  'villageGroup',
  'disabilityCategory',
  'disabilityGrade',
  'householdSize',
  'disabledMembers',
  'incomePerCapita',
] as const;

export type FingerprintEntry = Record<(typeof CANONICAL_ENTRY_FIELDS)[number], string | number | null> & { position: number };

export type FingerprintNotice = {
  id: number;
  villageCode: string;
  title: string;
  body: string;
  issuingBody: string;
  periodStartDate: string | null;
  periodEndDate: string | null;
  objectionPlace: string;
  objectionPhone: string;
};

/** JSON with object keys sorted at every level, so the same content always gives the same text. */
export function stableJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson(record[k])}`).join(',')}}`;
}

/** The canonical text hashed: only the fields named above, entries by number. */
export function canonicalNotice(notice: FingerprintNotice, entries: readonly FingerprintEntry[]): string {
  const listed = [...entries]
    .sort((a, b) => a.position - b.position)
    .map((e) => Object.fromEntries(CANONICAL_ENTRY_FIELDS.map((k) => [k, e[k]])));
  return stableJson({
    version: 1,
    id: notice.id,
    villageCode: notice.villageCode,
    title: notice.title,
    body: notice.body,
    issuingBody: notice.issuingBody,
    period: [notice.periodStartDate, notice.periodEndDate],
    objectionPlace: notice.objectionPlace,
    objectionPhone: notice.objectionPhone,
    entries: listed,
  });
}

/** The full SHA-256 (64 hex digits, upper case) of the canonical content. */
export function noticeDigest(notice: FingerprintNotice, entries: readonly FingerprintEntry[]): string {
  return createHash('sha256').update(canonicalNotice(notice, entries), 'utf8').digest('hex').toUpperCase();
}

/** The first 12 hex digits of the digest in groups of four: 3F2A-91C0-7B4E. */
export function noticeFingerprint(notice: FingerprintNotice, entries: readonly FingerprintEntry[]): string {
  return shortFingerprint(noticeDigest(notice, entries));
}

export function shortFingerprint(digest: string): string {
  return (digest.slice(0, 12).toUpperCase().match(/.{4}/g) ?? []).join('-');
}
