// Objection (异议) actions: record one while the period is open (by the server clock), then
// investigate and resolve it as upheld or dismissed with a public reason. Every action locks the
// notice row first, like closing does, so an objection and a closing can never both slip through.
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { noticeEntries, notices, objectionPrivate, objections, recordedObjectionChannels } from '@/db/schema';
import { isRealDate } from '@/lib/domain';
import { canRecordWithPostmark, type PostmarkRefusal } from '@/lib/domain/objection-intake';
import { formatRecordObjectionRefusal } from '@/lib/i18n/zh-errors';
import { zhAdminOnlineObjections } from '@/lib/i18n/zh-admin-online-objections';
import { zhAdminNotices } from '@/lib/i18n/zh-admin-notices';
import { officialAction, Refusal } from './core';
import { halfWidth } from './fields';
import { idField } from './notices';
import { publishedText } from './published-text';

const t = zhAdminNotices.errors;

/** Optional free text: an empty field means "not given". */
const optionalText = (max: number, tooLong: string) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.string().trim().max(max, tooLong).optional());

async function lockNotice(tx: Tx, id: number) {
  const [n] = await tx.select().from(notices).where(eq(notices.id, id)).for('update');
  if (!n) throw new Refusal(t.notFound);
  return n;
}

/** The objection and its notice, both locked, notice first (the order closing uses). */
async function lockObjection(tx: Tx, objectionId: number) {
  const [ref] = await tx.select({ noticeId: objections.noticeId }).from(objections).where(eq(objections.id, objectionId));
  if (!ref) throw new Refusal(t.objectionNotFound);
  const notice = await lockNotice(tx, ref.noticeId);
  const [objection] = await tx.select().from(objections).where(eq(objections.id, objectionId)).for('update');
  return { notice, objection: objection! };
}

const objectionEntity = (id: number) => ({ entityType: 'objection', entityId: id });

const pm = zhAdminOnlineObjections.postmark;
const postmarkMessages: Record<PostmarkRefusal, string> = {
  postmark_missing: pm.missing,
  postmark_before_period: pm.before,
  postmark_after_period: pm.after,
  postmark_future: pm.future,
};

/** A letter's postmark date (YYYY-MM-DD, full-width digits folded); empty is "not given". */
const postmarkField = z.preprocess(
  (v) => (typeof v === 'string' ? (halfWidth(v).trim() === '' ? undefined : halfWidth(v).trim()) : v),
  z
    .string({ error: pm.invalid })
    .regex(/^\d{4}-\d{2}-\d{2}$/, pm.invalid)
    .refine((d) => isRealDate(Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10))), pm.invalid)
    .optional(),
);

export const recordObjection = officialAction({
  action: 'objection.record',
  schema: z.object({
    noticeId: idField(t.noticeId),
    channel: z.enum(recordedObjectionChannels, { error: t.channel }),
    // 'notice' = about the whole notice; otherwise the id of one entry on it.
    about: z.string({ error: t.about }).regex(/^(notice|[1-9][0-9]{0,9})$/, t.about),
    summary: z.string({ error: t.summary }).trim().min(1, t.summary).max(2000, t.summaryLong),
    objectorName: optionalText(50, t.objectorNameLong),
    objectorContact: optionalText(100, t.objectorContactLong),
    postmarkedOn: postmarkField,
  }),
  async run(ctx, input) {
    const n = await lockNotice(ctx.tx, input.noticeId);
    ctx.authorize(n.villageCode);
    if (input.postmarkedOn !== undefined && input.channel !== 'letter') throw new Refusal(pm.notLetter, { postmarkedOn: pm.notLetter });
    // While the period is open anything; after it, until closing, a letter postmarked within it.
    const verdict = canRecordWithPostmark(n, input.channel, input.postmarkedOn ?? null, ctx.now);
    if (!verdict.ok) {
      if (verdict.reason in postmarkMessages) {
        const message = postmarkMessages[verdict.reason as PostmarkRefusal];
        throw new Refusal(message, { postmarkedOn: message });
      }
      if (verdict.reason === 'closed') throw new Refusal(pm.closed);
      const reason = verdict.reason === 'period_ended' ? 'period_ended' : 'not_published';
      throw new Refusal(formatRecordObjectionRefusal({ reason, endedAt: 'endedAt' in verdict ? verdict.endedAt : undefined }));
    }
    let entryId: number | null = null;
    if (input.about !== 'notice') {
      const [entry] = await ctx.tx
        .select({ id: noticeEntries.id })
        .from(noticeEntries)
        .where(and(eq(noticeEntries.id, Number(input.about)), eq(noticeEntries.noticeId, n.id)));
      if (!entry) throw new Refusal(t.aboutNotOnNotice, { about: t.aboutNotOnNotice });
      entryId = entry.id;
    }
    const [row] = await ctx.tx
      .insert(objections)
      .values({
        noticeId: n.id,
        entryId,
        channel: input.channel,
        status: 'received',
        receivedAt: ctx.now,
        recordedBy: ctx.official.id,
        postmarkedOn: input.postmarkedOn ?? null,
      })
      .returning({ id: objections.id });
    const id = row!.id;
    await ctx.tx.insert(objectionPrivate).values({
      objectionId: id,
      summary: input.summary,
      objectorName: input.objectorName ?? null,
      objectorContact: input.objectorContact ?? null,
    });
    // Public facts only: never the summary or the objector.
    await ctx.audit({
      action: 'objection.record',
      ...objectionEntity(id),
      summary: {
        noticeId: n.id,
        about: entryId === null ? 'notice' : 'entry',
        channel: input.channel,
        ...(input.postmarkedOn ? { postmarkedOn: input.postmarkedOn } : {}),
      },
    });
    return { noticeId: n.id, objectionId: id };
  },
  success: ({ noticeId }) => ({ message: zhAdminNotices.done.recorded, redirectTo: `/admin/notices/${noticeId}?done=recorded` }),
});

export const investigateObjection = officialAction({
  action: 'objection.resolve',
  schema: z.object({ objectionId: idField(t.objectionId) }),
  async run(ctx, input) {
    const { notice, objection } = await lockObjection(ctx.tx, input.objectionId);
    ctx.authorize(notice.villageCode);
    if (objection.status === 'investigating') throw new Refusal(t.alreadyInvestigating);
    if (objection.status !== 'received') throw new Refusal(t.alreadyResolved);
    await ctx.tx.update(objections).set({ status: 'investigating' }).where(eq(objections.id, objection.id));
    await ctx.audit({ action: 'objection.investigate', ...objectionEntity(objection.id), summary: { noticeId: notice.id } });
    return { noticeId: notice.id, objectionId: objection.id };
  },
  success: ({ noticeId, objectionId }) => ({
    message: zhAdminNotices.done.investigating,
    redirectTo: `/admin/notices/${noticeId}/objections/${objectionId}?done=investigating`,
  }),
});

export const resolveObjection = officialAction({
  action: 'objection.resolve',
  schema: z.object({
    objectionId: idField(t.objectionId),
    outcome: z.enum(['upheld', 'dismissed'], { error: t.outcome }),
    reason: publishedText(z.string({ error: t.reason }).trim().min(1, t.reason).max(1000, t.reasonLong)),
  }),
  async run(ctx, input) {
    const { notice, objection } = await lockObjection(ctx.tx, input.objectionId);
    ctx.authorize(notice.villageCode);
    if (objection.status !== 'received' && objection.status !== 'investigating') throw new Refusal(t.alreadyResolved);
    if (ctx.now.getTime() < objection.receivedAt.getTime()) throw new Refusal(t.resolveBeforeReceived);
    await ctx.tx
      .update(objections)
      .set({ status: input.outcome, resolutionReason: input.reason, resolvedAt: ctx.now, resolvedBy: ctx.official.id })
      .where(eq(objections.id, objection.id));
    await ctx.audit({
      action: 'objection.resolve',
      ...objectionEntity(objection.id),
      summary: { noticeId: notice.id, outcome: input.outcome },
    });
    return { noticeId: notice.id, objectionId: objection.id, outcome: input.outcome };
  },
  success: ({ noticeId }) => ({ message: zhAdminNotices.done.resolved, redirectTo: `/admin/notices/${noticeId}?done=resolved` }),
});
