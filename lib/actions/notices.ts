// Notice (公示) actions for officials: draft, edit and delete a draft, publish, withdraw (撤回),
// correct (更正公示) and close (办结). Each is an officialAction spec (lib/actions/core.ts): the
// transaction locks the notice first, then what hangs off it, so two officials (or an objection being
// recorded) can never interleave with a publication or a closing.
import { and, asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { households, noticeEntries, notices, objections } from '@/db/schema';
import { currentProgramme } from '@/lib/data/programme';
import {
  householdProblem,
  householdsOnNotice,
  programmeById,
  type DraftTarget,
  type HouseholdProblem,
} from '@/lib/data/officials/notices';
import { canCloseNotice, canWithdraw, closingOutcomes, noticePeriod, noticeState } from '@/lib/domain';
import { chinaDateString, isRealDate } from '@/lib/domain/time';
import { formatCloseNoticeRefusal, zhWithdrawRefusals } from '@/lib/i18n/zh-errors';
import { zhAdminNotices } from '@/lib/i18n/zh-admin-notices';
import { officialAction, Refusal } from './core';
import { publishedText } from './published-text';
import { villageRefusalIn, villageRefusalMessage } from './village';

const t = zhAdminNotices.errors;

// ---------------------------------------------------------------------------------------------
// Form fields (numbers and lists arrive from forms as strings)

/** A positive whole number id, from a hidden field. */
export const idField = (message: string) => z.coerce.number({ error: message }).int(message).positive(message);

const requiredText = (required: string, max: number, tooLong: string) =>
  z.string({ error: required }).trim().min(1, required).max(max, tooLong);

// Checkboxes: none ticked → no field at all, one → a string, several → an array.
const householdIds = z.preprocess(
  (v) => (v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v : [v]),
  z
    .array(z.coerce.number({ error: t.householdIdsInvalid }).int(t.householdIdsInvalid).positive(t.householdIdsInvalid), {
      error: t.householdIds,
    })
    .min(1, t.householdIds)
    .max(500, t.householdIdsInvalid),
);

const content = {
  title: requiredText(t.title, 200, t.titleLong),
  issuingBody: requiredText(t.issuingBody, 100, t.issuingBodyLong),
  body: publishedText(requiredText(t.body, 5000, t.bodyLong)),
  objectionPhone: z
    .string({ error: t.objectionPhone })
    .trim()
    .min(1, t.objectionPhone)
    .regex(/^[0-9+\-()（） 转]{5,40}$/, t.objectionPhoneFormat),
  objectionPlace: requiredText(t.objectionPlace, 200, t.objectionPlaceLong),
  // 村民代表评议 (issue 10 item 9): both or neither; the body may claim the review only when recorded.
  reviewDate: z.preprocess(
    emptyToNull,
    z.string({ error: t.reviewDate }).regex(/^\d{4}-\d{2}-\d{2}$/, t.reviewDate).refine(isRealDateString, t.reviewDate).nullable(),
  ),
  reviewRepresentatives: z.preprocess(
    emptyToNull,
    z.coerce.number({ error: t.reviewRepresentatives }).int(t.reviewRepresentatives).min(1, t.reviewRepresentatives).max(999, t.reviewRepresentatives).nullable(),
  ),
  householdIds,
};

function emptyToNull(v: unknown): unknown {
  return v === undefined || (typeof v === 'string' && v.trim() === '') ? null : typeof v === 'string' ? v.trim() : v;
}

function isRealDateString(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  return isRealDate(y, m, d);
}

/** The review is recorded as a pair, and a body that names it needs the record. */
function checkReview(v: { reviewDate: string | null; reviewRepresentatives: number | null; body: string }, ctx: z.RefinementCtx) {
  if (v.reviewDate === null && v.reviewRepresentatives !== null) ctx.addIssue({ code: 'custom', path: ['reviewDate'], message: t.reviewDateMissing });
  if (v.reviewDate !== null && v.reviewRepresentatives === null) ctx.addIssue({ code: 'custom', path: ['reviewRepresentatives'], message: t.reviewRepresentativesMissing });
  if (v.reviewDate === null && v.reviewRepresentatives === null && v.body.includes('村民代表评议')) ctx.addIssue({ code: 'custom', path: ['body'], message: t.bodyClaimsReview });
}

/** A review cannot be dated after today (China time). */
function requireReviewNotFuture(reviewDate: string | null, now: Date) {
  if (reviewDate !== null && reviewDate > chinaDateString(now)) throw new Refusal(t.reviewDateFuture, { reviewDate: t.reviewDateFuture });
}

// ---------------------------------------------------------------------------------------------
// Shared steps

type NoticeRow = typeof notices.$inferSelect;
type HouseholdRow = typeof households.$inferSelect;

/** Locks the notice row for the rest of the transaction; refuses an unknown id. */
async function lockNotice(tx: Tx, id: number): Promise<NoticeRow> {
  const [n] = await tx.select().from(notices).where(eq(notices.id, id)).for('update');
  if (!n) throw new Refusal(t.notFound);
  return n;
}

async function programmeOf(tx: Tx, programmeId: number) {
  const programme = await programmeById(tx, programmeId);
  if (!programme) throw new Refusal(t.noProgramme);
  return programme;
}

/** Households in id order (the lock order every action uses, so two never wait on each other). */
async function householdRows(tx: Tx, ids: readonly number[], lock: boolean): Promise<HouseholdRow[]> {
  if (ids.length === 0) return [];
  const query = tx.select().from(households).where(inArray(households.id, [...ids])).orderBy(asc(households.id));
  return lock ? query.for('update') : query;
}

function problemText(problem: HouseholdProblem, h: HouseholdRow, threshold: number): string {
  if (problem === 'ineligible') return t.householdIneligible(h.maskedName, threshold);
  if (problem === 'not_registered') return t.householdNotRegistered(h.maskedName);
  return t.householdElsewhere;
}

/**
 * The chosen households, in the order chosen, each checked against the notice's village, year and
 * the programme's threshold. Refuses with one message naming every household that cannot go on it.
 */
async function chosenHouseholds(tx: Tx, ids: readonly number[], target: DraftTarget): Promise<HouseholdRow[]> {
  const unique = [...new Set(ids)];
  const rows = await householdRows(tx, unique, false);
  const byId = new Map(rows.map((h) => [h.id, h]));
  if (byId.size !== unique.length) throw new Refusal(t.householdElsewhere, { householdIds: t.householdElsewhere });
  const found = unique.map((id) => ({ h: byId.get(id)!, problem: householdProblem(byId.get(id)!, target) }));
  if (found.some((f) => f.problem === 'elsewhere')) throw new Refusal(t.householdElsewhere, { householdIds: t.householdElsewhere });
  const problems = found.flatMap(({ h, problem }) => (problem === null ? [] : [problemText(problem, h, target.incomeThreshold)]));
  if (problems.length > 0) {
    const message = `${t.householdsUnavailable}${[...new Set(problems)].join('；')}`;
    throw new Refusal(message, { householdIds: message });
  }
  return unique.map((id) => byId.get(id)!);
}

/** The public fields of a household, as the notice snapshots them (notice_entries). */
function snapshotOf(h: HouseholdRow) {
  return {
    maskedName: h.maskedName,
    sex: h.sex,
    age: h.age,
    villageGroup: h.villageGroup,
    disabilityCategory: h.disabilityCategory,
    disabilityGrade: h.disabilityGrade,
    householdSize: h.householdSize,
    disabledMembers: h.disabledMembers,
    incomePerCapita: h.incomePerCapita,
  };
}

async function insertEntries(tx: Tx, noticeId: number, list: readonly HouseholdRow[]): Promise<void> {
  if (list.length === 0) return;
  await tx.insert(noticeEntries).values(list.map((h, i) => ({ noticeId, householdId: h.id, position: i + 1, ...snapshotOf(h) })));
}

function requireDraft(n: NoticeRow, message: string): void {
  if (n.status !== 'draft') throw new Refusal(message);
}

const noticeEntity = (id: number) => ({ entityType: 'notice', entityId: id });

/** Notices are drafted and published only in village committees (村委会) that are still listed. */
async function requireNoticeVillage(tx: Tx, code: string): Promise<void> {
  const refusal = await villageRefusalIn(tx, code);
  if (refusal) {
    const message = villageRefusalMessage(t, refusal);
    throw new Refusal(message, { villageCode: message });
  }
}

// ---------------------------------------------------------------------------------------------
// Draft: create, edit, delete (拟定名单)

export const createDraft = officialAction({
  action: 'notice.draft',
  schema: z.object({
    villageCode: z.string({ error: t.village }).regex(/^[0-9]{12}$/, t.village),
    year: z.coerce.number({ error: t.year }).int(t.year),
    ...content,
  }).superRefine(checkReview),
  async run(ctx, input) {
    ctx.authorize(input.villageCode);
    requireReviewNotFuture(input.reviewDate, ctx.now);
    await requireNoticeVillage(ctx.tx, input.villageCode);
    const programme = await currentProgramme(ctx.tx);
    if (!programme) throw new Refusal(t.noProgramme);
    if (input.year < programme.startYear || input.year > programme.endYear) {
      const message = t.yearRange(programme.startYear, programme.endYear);
      throw new Refusal(message, { year: message });
    }
    const target: DraftTarget = {
      programmeId: programme.id,
      villageCode: input.villageCode,
      year: input.year,
      incomeThreshold: programme.incomeThreshold,
      carriedOver: new Set(),
    };
    const list = await chosenHouseholds(ctx.tx, input.householdIds, target);
    const [row] = await ctx.tx
      .insert(notices)
      .values({
        programmeId: programme.id,
        year: input.year,
        villageCode: input.villageCode,
        title: input.title,
        issuingBody: input.issuingBody,
        body: input.body,
        objectionPhone: input.objectionPhone,
        objectionPlace: input.objectionPlace,
        reviewDate: input.reviewDate,
        reviewRepresentatives: input.reviewRepresentatives,
        status: 'draft',
        createdBy: ctx.official.id,
        createdAt: ctx.now,
      })
      .returning({ id: notices.id });
    const id = row!.id;
    await insertEntries(ctx.tx, id, list);
    await ctx.audit({
      action: 'notice.create',
      ...noticeEntity(id),
      summary: { title: input.title, year: input.year, villageCode: input.villageCode, entries: list.length },
    });
    return { id };
  },
  success: ({ id }) => ({ message: zhAdminNotices.done.created, redirectTo: `/admin/notices/${id}?done=created` }),
});

export const updateDraft = officialAction({
  action: 'notice.draft',
  schema: z.object({ id: idField(t.noticeId), ...content }).superRefine(checkReview),
  async run(ctx, input) {
    requireReviewNotFuture(input.reviewDate, ctx.now);
    const n = await lockNotice(ctx.tx, input.id);
    ctx.authorize(n.villageCode);
    requireDraft(n, t.notDraft);
    const programme = await programmeOf(ctx.tx, n.programmeId);
    const target: DraftTarget = {
      programmeId: n.programmeId,
      villageCode: n.villageCode,
      year: n.year,
      incomeThreshold: programme.incomeThreshold,
      carriedOver: await householdsOnNotice(ctx.tx, n.supersedesId),
    };
    const list = await chosenHouseholds(ctx.tx, input.householdIds, target);
    await ctx.tx
      .update(notices)
      .set({
        title: input.title,
        issuingBody: input.issuingBody,
        body: input.body,
        objectionPhone: input.objectionPhone,
        objectionPlace: input.objectionPlace,
        reviewDate: input.reviewDate,
        reviewRepresentatives: input.reviewRepresentatives,
      })
      .where(eq(notices.id, n.id));
    await ctx.tx.delete(noticeEntries).where(eq(noticeEntries.noticeId, n.id));
    await insertEntries(ctx.tx, n.id, list);
    await ctx.audit({ action: 'notice.update', ...noticeEntity(n.id), summary: { title: input.title, entries: list.length } });
    return { id: n.id };
  },
  success: ({ id }) => ({ message: zhAdminNotices.done.updated, redirectTo: `/admin/notices/${id}?done=updated` }),
});

export const deleteDraft = officialAction({
  action: 'notice.draft',
  schema: z.object({ id: idField(t.noticeId) }),
  async run(ctx, input) {
    const n = await lockNotice(ctx.tx, input.id);
    ctx.authorize(n.villageCode);
    requireDraft(n, t.notDraftDelete);
    await ctx.tx.delete(noticeEntries).where(eq(noticeEntries.noticeId, n.id));
    await ctx.tx.delete(notices).where(eq(notices.id, n.id));
    await ctx.audit({ action: 'notice.delete', ...noticeEntity(n.id), summary: { title: n.title } });
    return { id: n.id };
  },
  success: () => ({ message: zhAdminNotices.done.deleted, redirectTo: '/admin/notices?done=deleted' }),
});

// ---------------------------------------------------------------------------------------------
// Publish (发布): the snapshot, the period, the households; a correction also retires the old notice

export const publishNotice = officialAction({
  action: 'notice.publish',
  schema: z.object({ id: idField(t.noticeId) }),
  async run(ctx, input) {
    const n = await lockNotice(ctx.tx, input.id);
    ctx.authorize(n.villageCode);
    requireDraft(n, t.notDraftPublish);
    await requireNoticeVillage(ctx.tx, n.villageCode);
    const programme = await programmeOf(ctx.tx, n.programmeId);

    // A correction replaces a notice that must still be published (open or period ended).
    let old: NoticeRow | null = null;
    if (n.supersedesId !== null) {
      old = await lockNotice(ctx.tx, n.supersedesId);
      ctx.authorize(old.villageCode);
      if (old.status !== 'published') throw new Refusal(t.correctionTargetGone);
    }

    const entries = await ctx.tx
      .select({ id: noticeEntries.id, householdId: noticeEntries.householdId })
      .from(noticeEntries)
      .where(eq(noticeEntries.noticeId, n.id))
      .orderBy(asc(noticeEntries.position));
    if (entries.length === 0) throw new Refusal(t.emptyDraft);

    const carriedOver = await householdsOnNotice(ctx.tx, n.supersedesId);
    const onList = new Set(entries.map((e) => e.householdId));
    const locked = await householdRows(ctx.tx, [...new Set([...onList, ...carriedOver])], true);
    const byId = new Map(locked.map((h) => [h.id, h]));
    const target: DraftTarget = {
      programmeId: n.programmeId,
      villageCode: n.villageCode,
      year: n.year,
      incomeThreshold: programme.incomeThreshold,
      carriedOver,
    };
    const problems = entries.flatMap((e) => {
      const h = byId.get(e.householdId)!;
      const problem = householdProblem(h, target);
      return problem === null ? [] : [problemText(problem, h, programme.incomeThreshold)];
    });
    if (problems.length > 0) throw new Refusal(t.publishBlocked([...new Set(problems)].join('；')));

    // The public snapshot at publication: each household's public fields as they are now.
    for (const e of entries) {
      await ctx.tx.update(noticeEntries).set(snapshotOf(byId.get(e.householdId)!)).where(eq(noticeEntries.id, e.id));
    }
    const period = noticePeriod(ctx.now, programme.noticeDays);
    if (old) {
      await ctx.tx.update(notices).set({ status: 'superseded' }).where(eq(notices.id, old.id));
      await ctx.audit({ action: 'notice.supersede', ...noticeEntity(old.id), summary: { supersededBy: n.id } });
    }
    await ctx.tx
      .update(notices)
      .set({ status: 'published', publishedAt: ctx.now, periodStartDate: period.startDate, periodEndDate: period.endDate, periodEndsAt: period.endsAt })
      .where(eq(notices.id, n.id));
    await ctx.tx.update(households).set({ status: 'listed', updatedAt: ctx.now }).where(inArray(households.id, [...onList]));
    // Households the correction dropped are free to be listed again.
    const dropped = [...carriedOver].filter((id) => !onList.has(id));
    if (dropped.length > 0) {
      await ctx.tx.update(households).set({ status: 'registered', updatedAt: ctx.now }).where(inArray(households.id, dropped));
    }
    await ctx.audit({
      action: 'notice.publish',
      ...noticeEntity(n.id),
      summary: {
        title: n.title,
        entries: entries.length,
        periodStartDate: period.startDate,
        periodEndDate: period.endDate,
        ...(old ? { supersedes: old.id } : {}),
      },
    });
    return { id: n.id, entries: entries.length, periodEndDate: period.endDate };
  },
  success: ({ id }) => ({ message: zhAdminNotices.done.published, redirectTo: `/admin/notices/${id}?done=published` }),
});

// ---------------------------------------------------------------------------------------------
// Withdraw (撤回), with a public reason

export const withdrawNotice = officialAction({
  action: 'notice.withdraw',
  schema: z.object({
    id: idField(t.noticeId),
    reason: publishedText(z.string({ error: t.withdrawReason }).trim().min(1, t.withdrawReason).min(5, t.withdrawReasonShort).max(500, t.withdrawReasonLong)),
  }),
  async run(ctx, input) {
    const n = await lockNotice(ctx.tx, input.id);
    ctx.authorize(n.villageCode);
    // Objections are recorded and resolved under the notice lock, so this read is stable.
    const objs = await ctx.tx.select({ status: objections.status, entryId: objections.entryId }).from(objections).where(eq(objections.noticeId, n.id));
    const verdict = canWithdraw(n, ctx.now, objs);
    if (!verdict.ok) throw new Refusal(zhWithdrawRefusals[verdict.reason]);
    await ctx.tx.update(notices).set({ status: 'withdrawn', withdrawnAt: ctx.now, withdrawalReason: input.reason }).where(eq(notices.id, n.id));
    const listed = await ctx.tx.select({ id: noticeEntries.householdId }).from(noticeEntries).where(eq(noticeEntries.noticeId, n.id));
    if (listed.length > 0) {
      await ctx.tx
        .update(households)
        .set({ status: 'registered', updatedAt: ctx.now })
        .where(inArray(households.id, listed.map((h) => h.id)));
    }
    await ctx.audit({ action: 'notice.withdraw', ...noticeEntity(n.id), summary: { reason: input.reason, entries: listed.length } });
    return { id: n.id };
  },
  success: ({ id }) => ({ message: zhAdminNotices.done.withdrawn, redirectTo: `/admin/notices/${id}?done=withdrawn` }),
});

// ---------------------------------------------------------------------------------------------
// Correct (更正公示): a draft copy that replaces the notice when it is published

export const correctNotice = officialAction({
  action: 'notice.correct',
  schema: z.object({ id: idField(t.noticeId) }),
  async run(ctx, input) {
    const old = await lockNotice(ctx.tx, input.id);
    ctx.authorize(old.villageCode);
    const state = noticeState(old, ctx.now);
    if (state !== 'open' && state !== 'period_ended') throw new Refusal(t.correctNotAllowed);
    await requireNoticeVillage(ctx.tx, old.villageCode);
    const [existing] = await ctx.tx.select({ id: notices.id }).from(notices).where(eq(notices.supersedesId, old.id));
    if (existing) throw new Refusal(t.correctionExists);
    const oldEntries = await ctx.tx
      .select({ householdId: noticeEntries.householdId })
      .from(noticeEntries)
      .where(eq(noticeEntries.noticeId, old.id))
      .orderBy(asc(noticeEntries.position));
    const rows = new Map((await householdRows(ctx.tx, oldEntries.map((e) => e.householdId), false)).map((h) => [h.id, h]));
    const [row] = await ctx.tx
      .insert(notices)
      .values({
        programmeId: old.programmeId,
        year: old.year,
        villageCode: old.villageCode,
        title: zhAdminNotices.draftDefaults.correctionTitle(old.title),
        issuingBody: old.issuingBody,
        body: old.body,
        objectionPhone: old.objectionPhone,
        objectionPlace: old.objectionPlace,
        reviewDate: old.reviewDate,
        reviewRepresentatives: old.reviewRepresentatives,
        status: 'draft',
        supersedesId: old.id,
        createdBy: ctx.official.id,
        createdAt: ctx.now,
      })
      .returning({ id: notices.id });
    const id = row!.id;
    // Current facts: a correction usually follows a fix in the register.
    await insertEntries(ctx.tx, id, oldEntries.map((e) => rows.get(e.householdId)!));
    await ctx.audit({ action: 'notice.create', ...noticeEntity(id), summary: { supersedes: old.id, entries: oldEntries.length } });
    return { id };
  },
  success: ({ id }) => ({ message: zhAdminNotices.done.corrected, redirectTo: `/admin/notices/${id}/edit?done=corrected` }),
  conflicts: { notices_supersedes_uq: { field: 'id', message: t.correctionExists } },
});

// ---------------------------------------------------------------------------------------------
// Close (办结): outcomes for every household, in one transaction

export const closeNotice = officialAction({
  action: 'notice.close',
  schema: z.object({ id: idField(t.noticeId) }),
  async run(ctx, input) {
    const n = await lockNotice(ctx.tx, input.id);
    ctx.authorize(n.villageCode);
    const objs = await ctx.tx
      .select({ id: objections.id, status: objections.status, entryId: objections.entryId })
      .from(objections)
      .where(eq(objections.noticeId, n.id))
      .orderBy(asc(objections.id))
      .for('update');
    const verdict = canCloseNotice(n, objs, ctx.now);
    if (!verdict.ok) throw new Refusal(formatCloseNoticeRefusal(verdict));
    const entries = await ctx.tx
      .select({ id: noticeEntries.id, householdId: noticeEntries.householdId })
      .from(noticeEntries)
      .where(eq(noticeEntries.noticeId, n.id))
      .orderBy(asc(noticeEntries.householdId));
    const outcomes = closingOutcomes(
      entries.map((e) => e.id),
      objs,
    );
    let passed = 0;
    let removed = 0;
    for (const e of entries) {
      const outcome = outcomes.get(e.id)!;
      if (outcome === 'passed') passed++;
      else removed++;
      await ctx.tx.update(noticeEntries).set({ outcome }).where(eq(noticeEntries.id, e.id));
      await ctx.tx
        .update(households)
        .set({ status: outcome, updatedAt: ctx.now })
        .where(and(eq(households.id, e.householdId), eq(households.status, 'listed')));
    }
    await ctx.tx.update(notices).set({ status: 'closed', closedAt: ctx.now }).where(eq(notices.id, n.id));
    await ctx.audit({ action: 'notice.close', ...noticeEntity(n.id), summary: { passed, removed } });
    return { id: n.id, passed, removed };
  },
  success: ({ id }) => ({ message: zhAdminNotices.done.closed, redirectTo: `/admin/notices/${id}?done=closed` }),
});
