// 应列未列 (issue 9 item 6): a villager (the public form, no sign-in) or an official reports a household
// that should have been listed. Its own kind, not an objection: nothing here touches objections, so a
// report never blocks closing a notice. The village or the township screens it: screened in for the
// next notice, or not eligible, with a public reason. Who, why and the reporter's contact are private
// (left_out_private); the audit row holds the public facts only.
import crypto from 'node:crypto';
import { and, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db';
import type { Tx } from '@/db/client';
import { leftOutPrivate, leftOutReports, notices } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { isDatabaseOutage } from '@/lib/http/outage';
import { LEFT_OUT_OUTCOMES, leftOutReference } from '@/lib/domain/left-out';
import { zhLeftOut } from '@/lib/i18n/zh-left-out';
import { zhParticipation } from '@/lib/i18n/zh-participation';
import { asciiTrimmed, idField, untypeableFields } from './fields';
import { fieldErrorsOf, formDataObject, officialAction, Refusal, type FieldErrors } from './core';
import { publishedText } from './published-text';
import { villageRefusalIn } from './village';
import { checkPublicForm, countSubmission, GuardRefused, guardRefusalResult, type GuardRefusal, type Limits } from '@/lib/security/public-form-guard';

const a = zhLeftOut.adminErrors;

/** The report form's messages, in the visitor's language for the public form (zh-participation.ts). */
export type ReportMessages = typeof zhParticipation.leftOut.errors;

const optional = (max: number, tooLong: string) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.string({ error: tooLong }).trim().max(max, tooLong).optional());
const optionalId = (message: string) => z.preprocess((v) => (v === '' ? undefined : v), idField(message).optional());

/** What a report says: the same fields from the public form and from an official. */
function reportSchema(t: ReportMessages) {
  return z.object({
    villageCode: z.preprocess(asciiTrimmed, z.string({ error: t.village }).regex(/^\d{12}$/, t.village)),
    noticeId: optionalId(t.notice),
    who: z.string({ error: t.who }).trim().min(1, t.who).max(100, t.whoLong),
    why: z.string({ error: t.why }).trim().min(1, t.why).max(1000, t.whyLong),
    contact: optional(100, t.contactLong),
  });
}
type ReportInput = z.output<ReturnType<typeof reportSchema>>;

/** Inserts the report and its private part; refuses a village that takes none or a notice of another. */
async function insertReport(
  tx: Tx,
  input: ReportInput,
  now: Date,
  recordedBy: number | null,
  t: ReportMessages,
): Promise<{ id: number; reference: string }> {
  const refusal = await villageRefusalIn(tx, input.villageCode);
  if (refusal) throw new Refusal(t.notVillage, { villageCode: t.notVillage });
  if (input.noticeId !== undefined) {
    const [n] = await tx
      .select({ id: notices.id })
      .from(notices)
      .where(and(eq(notices.id, input.noticeId), eq(notices.villageCode, input.villageCode), ne(notices.status, 'draft')));
    if (!n) throw new Refusal(t.notice, { noticeId: t.notice });
  }
  // 31^8 ≈ 8.5e11 references: a clash is vanishingly rare, and the unique constraint would refuse it.
  const reference = leftOutReference(crypto.randomBytes(8));
  const [row] = await tx
    .insert(leftOutReports)
    .values({
      reference,
      villageCode: input.villageCode,
      noticeId: input.noticeId ?? null,
      channel: recordedBy === null ? 'online' : 'official',
      receivedAt: now,
      recordedBy,
    })
    .returning({ id: leftOutReports.id });
  await tx.insert(leftOutPrivate).values({ reportId: row!.id, who: input.who, why: input.why, reporterContact: input.contact ?? null });
  return { id: row!.id, reference };
}

const auditSummary = (input: ReportInput, reference: string, channel: 'online' | 'official') => ({
  reference,
  villageCode: input.villageCode,
  noticeId: input.noticeId ?? null,
  channel,
});

export type PublicReportResult =
  | { ok: true; reference: string }
  | { ok: false; message: string; fieldErrors: FieldErrors; refused?: 'guard' | 'rule' | 'outage'; guard?: GuardRefusal };

/** The public form's name for its signed stamp and its counts (lib/security/public-form-guard.ts). */
export const LEFT_OUT_FORM = 'left-out';
const HOUR = 60 * 60 * 1000;
/** Per client address: 5 an hour (a neighbour may know a few households); per village: 30 a day. */
export const LEFT_OUT_LIMITS: Limits = { perAddress: { max: 5, windowMs: HOUR }, perScope: { max: 30, windowMs: 24 * HOUR } };
/** Far above the form's own limits (1,200 characters of text): anything longer is not a person typing. */
const SHAPE = { maxFieldChars: 4_000, maxTotalChars: 8_000 };

/** The public form's text in the visitor's language (zh-participation.ts, en-participation.ts). */
export type LeftOutText = typeof zhParticipation.leftOut;

/**
 * The public form's write: no official, so the audit row names none (channel 'online'). Guarded like
 * the other public forms: no file part or oversized body, an empty honeypot, a signed stamp at least a
 * few seconds old, and limits per client address and per village counted inside the transaction (a
 * refusal stores nothing). `address` is the client's (lib/auth/client-address.ts requestAddress).
 */
export async function reportLeftOut(
  form: FormData,
  now: Date,
  options: { address: string; text?: LeftOutText },
): Promise<PublicReportResult> {
  const text = options.text ?? zhParticipation.leftOut;
  const t = text.errors;
  const raw = formDataObject(form);
  const guard = checkPublicForm(form, raw, { name: LEFT_OUT_FORM, shape: SHAPE }, now);
  if (guard) return guardRefusalResult(text.guard, guard);
  const untypeable = untypeableFields(raw, t.badField);
  if (Object.keys(untypeable).length > 0) return { ok: false, message: t.fixFields, fieldErrors: untypeable };
  const parsed = reportSchema(t).safeParse(raw, { error: () => t.badField });
  if (!parsed.success) return { ok: false, message: t.fixFields, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    const db = await getDb();
    const { reference } = await db.transaction(async (tx) => {
      await countSubmission(tx, { form: LEFT_OUT_FORM, scope: parsed.data.villageCode, address: options.address, now, limits: LEFT_OUT_LIMITS });
      const report = await insertReport(tx, parsed.data, now, null, t);
      await recordAudit(tx, null, now, {
        action: 'leftout.report',
        entityType: 'left_out_report',
        entityId: report.id,
        summary: auditSummary(parsed.data, report.reference, 'online'),
      });
      return report;
    });
    return { ok: true, reference };
  } catch (error) {
    if (error instanceof GuardRefused) return guardRefusalResult(text.guard, error.reason);
    if (error instanceof Refusal) return { ok: false, message: error.message, fieldErrors: error.fieldErrors, refused: 'rule' };
    if (isDatabaseOutage(error)) {
      console.error('action leftout.report: database unavailable');
      return { ok: false, message: t.outage, fieldErrors: {}, refused: 'outage' };
    }
    throw error;
  }
}

/** An official records a report brought in person or by phone. */
export const recordLeftOut = officialAction({
  action: 'leftout.record',
  schema: reportSchema(zhParticipation.leftOut.errors),
  async run(ctx, input) {
    ctx.authorize(input.villageCode);
    const report = await insertReport(ctx.tx, input, ctx.now, ctx.official.id, zhParticipation.leftOut.errors);
    await ctx.audit({
      action: 'leftout.record',
      entityType: 'left_out_report',
      entityId: report.id,
      summary: auditSummary(input, report.reference, 'official'),
    });
    return report;
  },
  success: ({ id }) => ({ message: zhLeftOut.recordedOfficial, redirectTo: `/admin/left-out/${id}?done=recorded` }),
});

export const screenLeftOut = officialAction({
  action: 'leftout.screen',
  schema: z.object({
    reportId: idField(a.reportId),
    outcome: z.enum(LEFT_OUT_OUTCOMES, { error: a.outcome }),
    reason: publishedText(z.string({ error: a.reason }).trim().min(1, a.reason).max(1000, a.reasonLong)),
  }),
  async run(ctx, input) {
    const [report] = await ctx.tx.select().from(leftOutReports).where(eq(leftOutReports.id, input.reportId)).for('update');
    if (!report) throw new Refusal(a.notFound);
    ctx.authorize(report.villageCode);
    if (report.status !== 'received') throw new Refusal(a.alreadyScreened);
    if (ctx.now.getTime() < report.receivedAt.getTime()) throw new Refusal(a.screenBeforeReceived);
    await ctx.tx
      .update(leftOutReports)
      .set({ status: input.outcome, screenedAt: ctx.now, screenedBy: ctx.official.id, publicReason: input.reason })
      .where(eq(leftOutReports.id, report.id));
    await ctx.audit({
      action: 'leftout.screen',
      entityType: 'left_out_report',
      entityId: report.id,
      summary: { reference: report.reference, villageCode: report.villageCode, outcome: input.outcome },
    });
    return { id: report.id, outcome: input.outcome };
  },
  success: ({ id }) => ({ message: zhLeftOut.screened, redirectTo: `/admin/left-out/${id}?done=screened` }),
});

