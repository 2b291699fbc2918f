// The guard of the public forms (an objection lodged online, a left-out household report): no CAPTCHA,
// which a blind villager cannot pass, but
// - a size check: a binary part (a file) or an oversized field or body is refused before anything else;
// - a hidden honeypot field that people leave empty and form-filling bots fill in;
// - a minimum fill time: the form carries a stamp (the time it was rendered, signed with the audit key),
//   and a submission sooner than MIN_FILL_MS after it, or with a stamp that is forged or a day old, is refused;
// - limits per client address and per scope (e.g. per notice), counted in public_form_submissions.
//
// The client address comes from lib/auth/client-address.ts (TRUST_PROXY). It is stored only as a keyed
// digest, never in clear, and rows are deleted once older than the longest window. When no trusted proxy
// names the client, every request looks alike: then only the per-scope limit applies (as sign-in does).
//
// Use: `checkPublicForm` before parsing (the shape, then the bot signals); then, inside the transaction
// that stores the submission, `countSubmission` (it inserts the counting row, so a refusal that rolls
// back stores nothing). Each refusal is a reason code; the form's catalogue says it in the visitor's
// language (the `guard` texts of lib/i18n/zh-objection.ts and zh-participation.ts, and their en-*.ts
// pairs), and `guardRefusalResult` is the answer a public write gives.
import crypto from 'node:crypto';
import { and, count, eq, gte, lt, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { publicFormSubmissions } from '@/db/schema';
import { auditKey } from '@/lib/audit/key';
import { UNKNOWN_ADDRESS } from '@/lib/auth/client-address';
import { HONEYPOT_FIELD, MIN_FILL_MS, STAMP_FIELD } from './public-form-guard-fields';

export { HONEYPOT_FIELD, MIN_FILL_MS, STAMP_FIELD };

export const MAX_STAMP_AGE_MS = 24 * 60 * 60 * 1000;
/** Longer than any window: rows older than this are deleted. */
const RETENTION_MS = 24 * 60 * 60 * 1000;

export type Limit = { max: number; windowMs: number };
export type Limits = { perAddress: Limit; perScope: Limit };

export type GuardRefusal =
  | 'binary'
  | 'oversized'
  | 'honeypot'
  | 'stamp' // missing, forged, for another form or from the future
  | 'stale' // older than MAX_STAMP_AGE_MS: the page was left open too long
  | 'too_fast'
  | 'address_limit'
  | 'scope_limit';

export class GuardRefused extends Error {
  constructor(readonly reason: GuardRefusal) {
    super(`public form refused: ${reason}`);
  }
}

function sign(form: string, issuedMs: number): string {
  return crypto.createHmac('sha256', auditKey()).update(`public-form\0${form}\0${issuedMs}`).digest('base64url').slice(0, 32);
}

/** The stamp a form renders into its STAMP_FIELD: the render time and its signature. */
export function issueFormStamp(form: string, now: Date): string {
  const ms = now.getTime();
  return `${ms}.${sign(form, ms)}`;
}

/** The render time of a valid stamp of `form`, or null. */
export function stampTime(form: string, stamp: unknown): number | null {
  if (typeof stamp !== 'string') return null;
  const m = /^(\d{13})\.([A-Za-z0-9_-]{32})$/.exec(stamp);
  if (!m) return null;
  const ms = Number(m[1]);
  const expected = Buffer.from(sign(form, ms));
  const given = Buffer.from(m[2]!);
  return given.length === expected.length && crypto.timingSafeEqual(given, expected) ? ms : null;
}

export type ShapeLimits = {
  /** The longest value (in characters) of any one field, unless `fields` names it. */
  maxFieldChars: number;
  fields?: Record<string, number>;
  /** All fields together, in characters. */
  maxTotalChars: number;
};

/** Refuses a file part, an oversized field or body. Far longer than the form's own limits: those are messages next to the field. */
function checkSubmissionShape(form: FormData, limits: ShapeLimits): GuardRefusal | null {
  let total = 0;
  for (const [key, value] of form.entries()) {
    if (typeof value !== 'string') return 'binary';
    const max = limits.fields?.[key] ?? limits.maxFieldChars;
    if (value.length > max) return 'oversized';
    total += key.length + value.length;
    if (total > limits.maxTotalChars) return 'oversized';
  }
  return null;
}

/** Honeypot and fill time. `raw` is the form as an object (FormData entries). */
function checkBotSignals(form: string, raw: Record<string, unknown>, now: Date): GuardRefusal | null {
  const trap = raw[HONEYPOT_FIELD];
  if (trap !== undefined && trap !== '') return 'honeypot';
  const issued = stampTime(form, raw[STAMP_FIELD]);
  if (issued === null || issued > now.getTime() + 60_000) return 'stamp';
  if (now.getTime() - issued > MAX_STAMP_AGE_MS) return 'stale';
  if (now.getTime() - issued < MIN_FILL_MS) return 'too_fast';
  return null;
}

/**
 * Every check a public form makes before parsing, in order: its shape (a file part, an oversized field
 * or body), then honeypot and fill time. `fields` is the form as an object (the actions' formDataObject).
 */
export function checkPublicForm(
  form: FormData,
  fields: Record<string, unknown>,
  spec: { name: string; shape: ShapeLimits },
  now: Date,
): GuardRefusal | null {
  return checkSubmissionShape(form, spec.shape) ?? checkBotSignals(spec.name, fields, now);
}

/** A public write's answer to a guard refusal: the reason in the visitor's language, no field marked. */
export function guardRefusalResult(messages: Readonly<Record<GuardRefusal, string>>, reason: GuardRefusal) {
  return { ok: false as const, message: messages[reason], fieldErrors: {}, refused: 'guard' as const, guard: reason };
}

/** The stored form of a client address: a keyed digest, or null when the address is unknown. */
export function addressKey(address: string): string | null {
  if (address === UNKNOWN_ADDRESS || address === '') return null;
  return crypto.createHmac('sha256', auditKey()).update(`public-form-address\0${address}`).digest('base64url').slice(0, 32);
}

/**
 * Inside the storing transaction: refuses (throws GuardRefused) when the address or the scope has
 * reached its limit, otherwise counts this submission. Old rows are pruned on the way.
 */
export async function countSubmission(
  tx: Tx,
  input: { form: string; scope: string; address: string; now: Date; limits: Limits },
): Promise<void> {
  const { form, scope, now, limits } = input;
  const key = addressKey(input.address);
  // One submission of a scope at a time, so two at once cannot both slip under the limit.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`public-form:${form}:${scope}`}))`);
  await tx.delete(publicFormSubmissions).where(lt(publicFormSubmissions.at, new Date(now.getTime() - RETENTION_MS)));
  const since = (l: Limit) => new Date(now.getTime() - l.windowMs);
  if (key !== null) {
    const [row] = await tx
      .select({ n: count() })
      .from(publicFormSubmissions)
      .where(
        and(
          eq(publicFormSubmissions.form, form),
          eq(publicFormSubmissions.addressKey, key),
          gte(publicFormSubmissions.at, since(limits.perAddress)),
        ),
      );
    if ((row?.n ?? 0) >= limits.perAddress.max) throw new GuardRefused('address_limit');
  }
  const [scoped] = await tx
    .select({ n: count() })
    .from(publicFormSubmissions)
    .where(
      and(eq(publicFormSubmissions.form, form), eq(publicFormSubmissions.scope, scope), gte(publicFormSubmissions.at, since(limits.perScope))),
    );
  if ((scoped?.n ?? 0) >= limits.perScope.max) throw new GuardRefused('scope_limit');
  await tx.insert(publicFormSubmissions).values({ form, scope, addressKey: key, at: now });
}
