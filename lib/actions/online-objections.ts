// Objections lodged online (issue 9 item 4). A villager objects on an open notice's public page, with no
// sign-in; the objection lands as 'submitted' (not yet an objection: not counted, not public) with a
// reference and a tracking code. Only a SHA-256 of the code is stored; the code is shown once. A village
// or township official then accepts it ('received', channel 'online': from then on it is handled and
// counted like any objection) or rejects it as not an objection (spam, off-topic) with a public reason.
// Closing a notice waits until every submission is triaged (lib/domain/notice.ts canCloseNotice).
//
// The public write is guarded (lib/security/public-form-guard.ts): size and binary parts, honeypot,
// fill time, and limits per client address and per notice. Every refusal stores nothing.
import crypto from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db';
import type { Tx } from '@/db/client';
import { noticeEntries, notices, objectionPrivate, objections } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { canLodgeOnline } from '@/lib/domain/objection-intake';
import { leftOutReference, parseLeftOutReference } from '@/lib/domain/left-out';
import { isDatabaseOutage } from '@/lib/http/outage';
import { zhAdminNotices } from '@/lib/i18n/zh-admin-notices';
import { zhAdminOnlineObjections } from '@/lib/i18n/zh-admin-online-objections';
import { zhObjection } from '@/lib/i18n/zh-objection';
import { checkPublicForm, countSubmission, GuardRefused, guardRefusalResult, type GuardRefusal, type Limits } from '@/lib/security/public-form-guard';
import { fieldErrorsOf, formDataObject, officialAction, Refusal, type ActionContext, type FieldErrors } from './core';
import { halfWidth, idField, untypeableFields } from './fields';
import { publishedText } from './published-text';

export const OBJECTION_FORM = 'objection';
const LOOKUP_FORM = 'objection-lookup';

const HOUR = 60 * 60 * 1000;
/** Per client address: 5 an hour (a family objecting about a few households); per notice: 50 a day. */
export const OBJECTION_LIMITS: Limits = { perAddress: { max: 5, windowMs: HOUR }, perScope: { max: 50, windowMs: 24 * HOUR } };
/** Failed tracking-code look-ups: 20 an hour per address and per reference. */
export const LOOKUP_LIMITS: Limits = { perAddress: { max: 20, windowMs: HOUR }, perScope: { max: 20, windowMs: HOUR } };
/** Far above the form's own limits (2,000 characters of text): anything longer is not a person typing. */
const SHAPE = { maxFieldChars: 4_000, maxTotalChars: 8_000 };

export type ObjectionMessages = typeof zhObjection;

// ---- references and tracking codes --------------------------------------------------------------

/** A reference such as YY-7KQ2-M9PD: the left-out reports' alphabet (no 0/O, 1/I/L), another prefix. */
export function objectionReference(random: Uint8Array): string {
  return leftOutReference(random).replace(/^YL-/, 'YY-');
}

/** A reference as typed (any case, full-width, spaces), or null. */
export function parseObjectionReference(raw: string): string | null {
  const folded = halfWidth(raw).trim().toUpperCase();
  if (!folded.startsWith('YY')) return null;
  return parseLeftOutReference(`YL${folded.slice(2)}`)?.replace(/^YL-/, 'YY-') ?? null;
}

/** A 10-character tracking code (≈ 50 bits) such as K7QF2-M9XPA. */
export function trackingCode(random: Uint8Array): string {
  const chars = leftOutReference(random.subarray(0, 8)).slice(3).replace('-', '') + leftOutReference(random.subarray(8, 16)).slice(3, 5);
  return `${chars.slice(0, 5)}-${chars.slice(5, 10)}`;
}

/** The code as stored: SHA-256 of its letters and digits, upper case, without separators. */
export function trackingHash(code: string): string {
  const folded = halfWidth(code).replace(/[\s\-－—–]/g, '').toUpperCase();
  return crypto.createHash('sha256').update(`objection-tracking\0${folded}`).digest('hex');
}

// ---- the public form ----------------------------------------------------------------------------

const optional = (max: number, message: string) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.string({ error: message }).trim().max(max, message).optional());

function lodgeSchema(t: ObjectionMessages['errors']) {
  return z.object({
    noticeId: idField(t.notice),
    about: z.string({ error: t.about }).regex(/^(notice|[1-9][0-9]{0,9})$/, t.about),
    summary: z.string({ error: t.summary }).trim().min(1, t.summary).max(2000, t.summaryLong),
    objectorName: optional(50, t.nameLong),
    objectorPhone: z.preprocess(
      (v) => (typeof v === 'string' ? (halfWidth(v).trim() === '' ? undefined : halfWidth(v).trim()) : v),
      z.string({ error: t.phone }).regex(/^[0-9+\-\s()]{5,30}$/, t.phone).optional(),
    ),
  });
}

export type LodgeResult =
  | { ok: true; reference: string; code: string; noticeId: number }
  | { ok: false; message: string; fieldErrors: FieldErrors; refused?: 'guard' | 'rule' | 'outage'; guard?: GuardRefusal };

/** The end of the period as the villager reads it: the last day, China time (`date` formats it). */
const lastDay = (endsAt: Date) => new Date(endsAt.getTime() - 1);

/**
 * The public write. `address` is the client's (lib/auth/client-address.ts requestAddress); `date`
 * formats a day in the visitor's language.
 */
export async function lodgeObjection(
  form: FormData,
  now: Date,
  options: { address: string; messages?: ObjectionMessages; date?: (instant: Date) => string },
): Promise<LodgeResult> {
  const t = options.messages ?? zhObjection;
  const raw = formDataObject(form);
  const guard = checkPublicForm(form, raw, { name: OBJECTION_FORM, shape: SHAPE }, now);
  if (guard) return guardRefusalResult(t.guard, guard);
  const untypeable = untypeableFields(raw, t.errors.badField);
  if (Object.keys(untypeable).length > 0) return { ok: false, message: t.errors.fixFields, fieldErrors: untypeable };
  const parsed = lodgeSchema(t.errors).safeParse(raw, { error: () => t.errors.badField });
  if (!parsed.success) return { ok: false, message: t.errors.fixFields, fieldErrors: fieldErrorsOf(parsed.error) };
  const input = parsed.data;
  try {
    const db = await getDb();
    return await db.transaction(async (tx): Promise<LodgeResult> => {
      const [n] = await tx.select().from(notices).where(eq(notices.id, input.noticeId)).for('update');
      if (!n || n.status === 'draft') throw new Refusal(t.errors.notice);
      const verdict = canLodgeOnline(n, now);
      if (!verdict.ok) throw new Refusal(lodgeRefusal(t, verdict, options.date));
      let entryId: number | null = null;
      if (input.about !== 'notice') {
        const [entry] = await tx
          .select({ id: noticeEntries.id })
          .from(noticeEntries)
          .where(and(eq(noticeEntries.id, Number(input.about)), eq(noticeEntries.noticeId, n.id)));
        if (!entry) throw new Refusal(t.errors.aboutNotOnNotice, { about: t.errors.aboutNotOnNotice });
        entryId = entry.id;
      }
      await countSubmission(tx, { form: OBJECTION_FORM, scope: String(n.id), address: options.address, now, limits: OBJECTION_LIMITS });
      // 31^8 references: a clash is vanishingly rare, and the unique constraint would refuse it.
      const reference = objectionReference(crypto.randomBytes(8));
      const code = trackingCode(crypto.randomBytes(16));
      const [row] = await tx
        .insert(objections)
        .values({ noticeId: n.id, entryId, channel: 'online', status: 'submitted', receivedAt: now, reference })
        .returning({ id: objections.id });
      await tx.insert(objectionPrivate).values({
        objectionId: row!.id,
        summary: input.summary,
        objectorName: input.objectorName ?? null,
        objectorContact: input.objectorPhone ?? null,
        trackingHash: trackingHash(code),
      });
      // Public facts only: never the text, the objector or the address. No official acted.
      await recordAudit(tx, null, now, {
        action: 'objection.lodge',
        entityType: 'objection',
        entityId: row!.id,
        summary: { noticeId: n.id, about: entryId === null ? 'notice' : 'entry', channel: 'online', reference },
      });
      return { ok: true, reference, code, noticeId: n.id };
    });
  } catch (error) {
    if (error instanceof GuardRefused) return guardRefusalResult(t.guard, error.reason);
    if (error instanceof Refusal) return { ok: false, message: error.message, fieldErrors: error.fieldErrors, refused: 'rule' };
    if (isDatabaseOutage(error)) {
      console.error('action objection.lodge: database unavailable');
      return { ok: false, message: t.errors.outage, fieldErrors: {}, refused: 'outage' };
    }
    throw error;
  }
}

/** Why the form takes nothing now: the period ended (and when), the notice is closed or withdrawn. */
export function lodgeRefusal(
  t: ObjectionMessages,
  verdict: { reason: 'not_published' | 'period_ended' | 'closed' | 'withdrawn'; endedAt?: Date },
  date: (instant: Date) => string = (d) => d.toISOString().slice(0, 10),
): string {
  if (verdict.reason === 'period_ended' && verdict.endedAt) return t.periodEnded(date(lastDay(verdict.endedAt)));
  if (verdict.reason === 'closed') return t.closedNotice;
  if (verdict.reason === 'withdrawn') return t.withdrawnNotice;
  return t.errors.notice;
}

// ---- following it with the tracking code --------------------------------------------------------

export type TrackedObjection = {
  reference: string;
  noticeId: number;
  noticeTitle: string;
  about: { position: number; maskedName: string } | null;
  status: (typeof objections.$inferSelect)['status'];
  receivedAt: Date;
  resolvedAt: Date | null;
  /** The official's public reason (never the villager's own text). */
  reason: string | null;
};

export type LookupResult = { ok: true; objection: TrackedObjection } | { ok: false; message: string; fieldErrors: FieldErrors };

/**
 * The state of an online objection for whoever holds its reference and tracking code. A wrong code, an
 * unknown reference and a malformed one get the same answer, and every failure counts towards the
 * look-up limits (per address and per reference), so the code cannot be guessed.
 */
export async function lookupObjection(
  referenceRaw: string,
  raw: Record<string, unknown>,
  now: Date,
  options: { address: string; messages?: ObjectionMessages },
): Promise<LookupResult> {
  const t = options.messages ?? zhObjection;
  const code = typeof raw.code === 'string' ? halfWidth(raw.code).replace(/[\s\-－—–]/g, '') : '';
  if (!/^[0-9A-Za-z]{10}$/.test(code)) return { ok: false, message: t.errors.code, fieldErrors: { code: t.errors.code } };
  const reference = parseObjectionReference(referenceRaw) ?? '';
  const wrong: LookupResult = { ok: false, message: t.errors.wrongCode, fieldErrors: { code: t.errors.wrongCode } };
  try {
    const db = await getDb();
    return await db.transaction(async (tx) => {
      const found = reference === '' ? null : await trackedByReference(tx, reference);
      if (found && found.hash !== null && safeEqual(found.hash, trackingHash(code))) return { ok: true as const, objection: found.objection };
      // Counted only when wrong: a villager checking the state now and then is never limited.
      await countSubmission(tx, { form: LOOKUP_FORM, scope: reference || 'malformed', address: options.address, now, limits: LOOKUP_LIMITS });
      return wrong;
    });
  } catch (error) {
    if (error instanceof GuardRefused) return { ok: false, message: t.lookupLimit, fieldErrors: { code: t.lookupLimit } };
    if (isDatabaseOutage(error)) {
      console.error('action objection.lookup: database unavailable');
      return { ok: false, message: t.errors.outage, fieldErrors: {} };
    }
    throw error;
  }
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

/** The public facts of an online objection and its stored hash (compared, never returned). */
async function trackedByReference(tx: Tx, reference: string): Promise<{ objection: TrackedObjection; hash: string | null } | null> {
  const [row] = await tx
    .select({
      reference: objections.reference,
      noticeId: objections.noticeId,
      noticeTitle: notices.title,
      position: noticeEntries.position,
      maskedName: noticeEntries.maskedName,
      status: objections.status,
      receivedAt: objections.receivedAt,
      resolvedAt: objections.resolvedAt,
      reason: objections.resolutionReason,
      hash: objectionPrivate.trackingHash,
    })
    .from(objections)
    .innerJoin(notices, eq(notices.id, objections.noticeId))
    .leftJoin(noticeEntries, eq(noticeEntries.id, objections.entryId))
    .leftJoin(objectionPrivate, eq(objectionPrivate.objectionId, objections.id))
    .where(and(eq(objections.reference, reference), eq(objections.channel, 'online')));
  if (!row) return null;
  const { hash, position, maskedName, ...rest } = row;
  return {
    hash,
    objection: {
      ...rest,
      reference: rest.reference!,
      about: position === null || maskedName === null ? null : { position, maskedName },
    },
  };
}

// ---- triage by an official ----------------------------------------------------------------------

const t = zhAdminNotices.errors;
const triageErrors = zhAdminOnlineObjections.errors;

/** The submission and its notice, both locked, notice first (the order closing uses). */
async function lockSubmission(tx: Tx, objectionId: number) {
  const [ref] = await tx.select({ noticeId: objections.noticeId }).from(objections).where(eq(objections.id, objectionId));
  if (!ref) throw new Refusal(t.objectionNotFound);
  const [notice] = await tx.select().from(notices).where(eq(notices.id, ref.noticeId)).for('update');
  const [objection] = await tx.select().from(objections).where(eq(objections.id, objectionId)).for('update');
  return { notice: notice!, objection: objection! };
}

/**
 * Triage is recording: the officials who may record an objection (village and township) accept or
 * reject one lodged online. Allowed until the notice is closed, so that the period's last submissions
 * can be triaged after it ends.
 */
async function triage(ctx: ActionContext, objectionId: number) {
  const { notice, objection } = await lockSubmission(ctx.tx, objectionId);
  ctx.authorize(notice.villageCode);
  if (objection.status !== 'submitted' || objection.channel !== 'online') throw new Refusal(triageErrors.notOnline);
  if (notice.status !== 'published') throw new Refusal(triageErrors.notOnline);
  if (ctx.now.getTime() < objection.receivedAt.getTime()) throw new Refusal(t.resolveBeforeReceived);
  return { notice, objection };
}

export const acceptOnlineObjection = officialAction({
  action: 'objection.record',
  schema: z.object({ objectionId: idField(t.objectionId) }),
  async run(ctx, input) {
    const { notice, objection } = await triage(ctx, input.objectionId);
    await ctx.tx
      .update(objections)
      .set({ status: 'received', triagedAt: ctx.now, triagedBy: ctx.official.id })
      .where(eq(objections.id, objection.id));
    await ctx.audit({
      action: 'objection.accept',
      entityType: 'objection',
      entityId: objection.id,
      summary: { noticeId: notice.id, reference: objection.reference, channel: 'online' },
    });
    return { noticeId: notice.id, objectionId: objection.id };
  },
  success: ({ noticeId, objectionId }) => ({
    message: zhAdminOnlineObjections.done.accepted,
    redirectTo: `/admin/notices/${noticeId}/objections/${objectionId}?done=accepted`,
  }),
});

export const rejectOnlineObjection = officialAction({
  action: 'objection.record',
  schema: z.object({
    objectionId: idField(t.objectionId),
    reason: publishedText(z.string({ error: triageErrors.reason }).trim().min(1, triageErrors.reason).max(500, triageErrors.reasonLong)),
  }),
  async run(ctx, input) {
    const { notice, objection } = await triage(ctx, input.objectionId);
    await ctx.tx
      .update(objections)
      .set({
        status: 'rejected',
        triagedAt: ctx.now,
        triagedBy: ctx.official.id,
        resolvedAt: ctx.now,
        resolvedBy: ctx.official.id,
        resolutionReason: input.reason,
      })
      .where(eq(objections.id, objection.id));
    await ctx.audit({
      action: 'objection.reject',
      entityType: 'objection',
      entityId: objection.id,
      summary: { noticeId: notice.id, reference: objection.reference, channel: 'online' },
    });
    return { noticeId: notice.id };
  },
  success: ({ noticeId }) => ({ message: zhAdminOnlineObjections.done.rejected, redirectTo: `/admin/notices/${noticeId}?done=rejected#online-objections` }),
});
