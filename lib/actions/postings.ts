// 张贴记录 (issue 9 item 2): an official of the village or above records where and when a published
// notice was posted, optionally with a photo of the board. Several postings may be recorded for one
// notice (the village board and each group's board): each is one fact, with its own place and time.
// The photo shows the households' full names, so it is officials only; it is re-encoded on the
// server (lib/images/photo.ts) so that no EXIF data (the phone's GPS position) is ever stored.
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { noticePostingPhotos, noticePostings, notices } from '@/db/schema';
import { chinaInstant, noticeTakesPosting, noticeTakesPostingWithdrawal, postingTimeProblem } from '@/lib/domain/posting';
import { uploadedPhotoDataUrl } from '@/lib/images/photo';
import { zhAdmin } from '@/lib/i18n/zh-admin';
import { POSTING_PHOTO_MAX_BYTES, zhPosting } from '@/lib/i18n/zh-posting';
import { asciiTrimmed, idField } from './fields';
import { officialAction, Refusal } from './core';
import { publishedText } from './published-text';

const t = zhPosting.errors;
const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

export const recordPosting = officialAction({
  action: 'notice.post',
  schema: z
    .object({
      noticeId: idField(t.noticeId),
      place: publishedText(z.string({ error: t.place }).trim().min(1, t.place).max(100, t.placeLong)),
      postedDate: z.preprocess(asciiTrimmed, z.string({ error: t.date }).regex(/^\d{4}-\d{2}-\d{2}$/, t.date)),
      postedTime: z.preprocess(asciiTrimmed, z.string({ error: t.time }).regex(/^\d{1,2}:\d{2}$/, t.time)),
      // The declared type is checked here; the bytes themselves in `run` (a renamed file lies).
      photo: z.preprocess(
        (v) => (v === '' || v === null ? undefined : v),
        z.file({ error: t.photoType }).max(POSTING_PHOTO_MAX_BYTES, t.photoSize).mime([...PHOTO_TYPES], t.photoType).optional(),
      ),
    })
    .superRefine((v, ctx) => {
      if (typeof v.postedDate !== 'string' || typeof v.postedTime !== 'string') return;
      if (/^\d{4}-\d{2}-\d{2}$/.test(v.postedDate) && /^\d{1,2}:\d{2}$/.test(v.postedTime) && !chinaInstant(v.postedDate, v.postedTime)) {
        // Both have the right shape, but together they name no real moment (2026-02-30, 25:00).
        const day = chinaInstant(v.postedDate, '00:00') ? 'postedTime' : 'postedDate';
        ctx.addIssue({ code: 'custom', path: [day], message: day === 'postedTime' ? t.time : t.date });
      }
    }),
  async run(ctx, input) {
    // Locked like every other write on a notice, so a posting cannot slip in beside a withdrawal.
    const [n] = await ctx.tx.select().from(notices).where(eq(notices.id, input.noticeId)).for('update');
    if (!n) throw new Refusal(t.notFound);
    ctx.authorize(n.villageCode);
    if (!noticeTakesPosting(n.status) || !n.publishedAt) throw new Refusal(t.notTaken);
    const postedAt = chinaInstant(input.postedDate, input.postedTime)!;
    const problem = postingTimeProblem(postedAt, n.publishedAt, ctx.now);
    const errors: Record<string, string> = {};
    if (problem === 'future') errors.postedDate = t.future;
    if (problem === 'before_publication') errors.postedDate = t.beforePublication(n.publishedAt);
    let photo: string | null = null;
    if (input.photo) {
      const result = await uploadedPhotoDataUrl(input.photo, POSTING_PHOTO_MAX_BYTES);
      if ('error' in result) errors.photo = result.error === 'size' ? t.photoSize : t.photoContent;
      else photo = result.url;
    }
    if (Object.keys(errors).length > 0) throw new Refusal(zhAdmin.errors.fixFields, errors);
    const [row] = await ctx.tx
      .insert(noticePostings)
      .values({ noticeId: n.id, place: input.place, postedAt, recordedAt: ctx.now, recordedBy: ctx.official.id })
      .returning({ id: noticePostings.id });
    const id = row!.id;
    if (photo) await ctx.tx.insert(noticePostingPhotos).values({ postingId: id, photo });
    // The place and time are public anyway; the photo is only said to exist.
    await ctx.audit({
      action: 'notice.post',
      entityType: 'notice_posting',
      entityId: id,
      summary: { noticeId: n.id, place: input.place, postedAt: postedAt.toISOString(), photo: photo !== null },
    });
    return { noticeId: n.id, postingId: id };
  },
  success: ({ noticeId }) => ({ message: zhPosting.recorded, redirectTo: `/admin/notices/${noticeId}?done=posted` }),
});

// 撤回: a posting recorded by mistake (wrong place, wrong date) is withdrawn, never changed or deleted.
// The row keeps its place and time and gains who withdrew it, when and why; the public page stops
// listing it. To correct, the official withdraws and records again: each step is its own audited fact.
export const withdrawPosting = officialAction({
  action: 'notice.post',
  schema: z.object({
    noticeId: idField(t.noticeId),
    postingId: idField(t.postingId),
    // Officials only, but kept in the record and the audit log: no ID or mobile numbers in it.
    reason: publishedText(z.string({ error: t.withdrawReason }).trim().min(1, t.withdrawReason).max(200, t.withdrawReasonLong)),
  }),
  async run(ctx, input) {
    // The notice first (as every write on it), so a closing cannot slip in between the check and the update.
    const [n] = await ctx.tx.select().from(notices).where(eq(notices.id, input.noticeId)).for('update');
    if (!n) throw new Refusal(t.notFound);
    ctx.authorize(n.villageCode);
    const [p] = await ctx.tx
      .select()
      .from(noticePostings)
      .where(and(eq(noticePostings.id, input.postingId), eq(noticePostings.noticeId, n.id)))
      .for('update');
    if (!p) throw new Refusal(t.postingNotFound);
    if (p.withdrawnAt) throw new Refusal(t.alreadyWithdrawn);
    if (!noticeTakesPostingWithdrawal(n.status)) throw new Refusal(t.withdrawClosed);
    await ctx.tx
      .update(noticePostings)
      .set({ withdrawnAt: ctx.now, withdrawnBy: ctx.official.id, withdrawReason: input.reason })
      .where(eq(noticePostings.id, p.id));
    await ctx.audit({
      action: 'notice.posting_withdraw',
      entityType: 'notice_posting',
      entityId: p.id,
      summary: { noticeId: n.id, place: p.place, postedAt: p.postedAt.toISOString(), reason: input.reason },
    });
    return { noticeId: n.id, postingId: p.id };
  },
  success: ({ noticeId }) => ({ message: zhPosting.withdrawn, redirectTo: `/admin/notices/${noticeId}?done=postingWithdrawn` }),
});
