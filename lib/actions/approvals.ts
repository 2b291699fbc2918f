// Approval and filing (审批建档): one official records the decision of their own step for one
// household that passed its notice. The last agreement (县委组织部) files the household (建档) in the
// same transaction. Through the one write path (lib/actions/core.ts).
import { and, asc, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { approvals, households, noticeEntries, notices } from '@/db/schema';
import {
  APPROVAL_DECISIONS,
  canDecide,
  checkDecidedOn,
  decisionEffect,
  lastDecidedOn,
  type ApprovalDecision,
  type ApprovalStep,
} from '@/lib/domain/approval';
import { chinaDateString, parseDateString } from '@/lib/domain/time';
import { zhAdmin } from '@/lib/i18n/zh-admin';
import { zhAdminApprovals } from '@/lib/i18n/zh-admin-approvals';
import { officialAction, Refusal } from './core';

const t = zhAdminApprovals;

const isRealDate = (value: string) => {
  try {
    parseDateString(value);
    return true;
  } catch {
    return false;
  }
};

// An empty date field means "today" (China time, from the server clock).
const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

export const decideApprovalSchema = z.object({
  householdId: z.coerce
    .number({ error: t.errors.householdId })
    .int({ error: t.errors.householdId })
    .positive({ error: t.errors.householdId })
    .max(2_147_483_647, { error: t.errors.householdId }),
  decision: z.enum(APPROVAL_DECISIONS, { error: t.errors.decision }),
  opinion: z
    .string({ error: t.errors.opinion })
    .trim()
    .min(1, { error: t.errors.opinion })
    .max(500, { error: t.errors.opinionLong }),
  decidedOn: z.preprocess(
    blankToUndefined,
    z
      .string({ error: t.errors.decidedOn })
      .trim()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: t.errors.decidedOn })
      .refine(isRealDate, { error: t.errors.dates.date_invalid })
      .optional(),
  ),
});

export type ApprovalDecided = {
  householdId: number;
  step: ApprovalStep;
  decision: ApprovalDecision;
  round: number;
  effect: 'filed' | 'forwarded' | 'returned';
};

/** The day the notice on which the household passed was closed (China date), or null. */
async function noticeClosedOn(tx: Tx, householdId: number): Promise<string | null> {
  const [row] = await tx
    .select({ closedAt: notices.closedAt })
    .from(noticeEntries)
    .innerJoin(notices, eq(notices.id, noticeEntries.noticeId))
    .where(and(eq(noticeEntries.householdId, householdId), eq(noticeEntries.outcome, 'passed'), eq(notices.status, 'closed')))
    .orderBy(desc(notices.closedAt))
    .limit(1);
  return row?.closedAt ? chinaDateString(row.closedAt) : null;
}

export const decideApproval = officialAction({
  action: 'approval.decide',
  schema: decideApprovalSchema,
  conflicts: {
    // Two officials of the same step submitting at once: the household lock makes the second one see
    // the first decision; the unique key is the backstop.
    approvals_household_round_step_uq: { field: 'decision', message: t.errors.conflict },
  },
  async run(ctx, input): Promise<ApprovalDecided> {
    const { tx, official, now } = ctx;
    // Lock the household: every decision about it queues here, so the steps are read and written in turn.
    const [household] = await tx
      .select({ id: households.id, villageCode: households.villageCode, status: households.status, filedAt: households.filedAt })
      .from(households)
      .where(eq(households.id, input.householdId))
      .for('update');
    if (!household) throw new Refusal(zhAdmin.errors.notFound, { householdId: zhAdmin.errors.notFound });
    ctx.authorize(household.villageCode);

    const records = await tx
      .select({ round: approvals.round, step: approvals.step, decision: approvals.decision, decidedOn: approvals.decidedOn })
      .from(approvals)
      .where(eq(approvals.householdId, household.id))
      .orderBy(asc(approvals.round), asc(approvals.id));
    const allowed = canDecide({ status: household.status, filed: household.filedAt !== null, records }, official.role);
    if (!allowed.ok) {
      const message =
        allowed.reason === 'previous_step_pending' && allowed.nextStep
          ? t.errors.waitingFor(t.steps[allowed.nextStep])
          : t.errors.refusals[allowed.reason];
      throw new Refusal(message);
    }

    const today = chinaDateString(now);
    const decidedOn = input.decidedOn ?? today;
    const bounds = { today, noticeClosedOn: await noticeClosedOn(tx, household.id), previousOn: lastDecidedOn(records) };
    const dateRefusal = checkDecidedOn(decidedOn, bounds);
    if (dateRefusal) {
      const message =
        dateRefusal === 'date_before_notice' || dateRefusal === 'date_before_previous'
          ? t.errors.dateBefore(dateRefusal, (dateRefusal === 'date_before_notice' ? bounds.noticeClosedOn : bounds.previousOn)!)
          : t.errors.dates[dateRefusal];
      throw new Refusal(message, { decidedOn: message });
    }

    await tx.insert(approvals).values({
      householdId: household.id,
      round: allowed.round,
      step: allowed.step,
      decision: input.decision,
      opinion: input.opinion,
      decidedOn,
      officialId: official.id,
    });
    const effect = decisionEffect(allowed.step, input.decision);
    if (effect === 'filed') {
      await tx.update(households).set({ filedAt: now, updatedAt: now }).where(eq(households.id, household.id));
    }
    // Public facts only: the opinion may name people, so it stays in the approvals table.
    await ctx.audit({
      action: 'approval.decide',
      entityType: 'household',
      entityId: household.id,
      summary: { step: allowed.step, decision: input.decision, round: allowed.round },
    });
    return { householdId: household.id, step: allowed.step, decision: input.decision, round: allowed.round, effect };
  },
  success: (value) => ({
    message: t.case.decided[value.effect],
    redirectTo: `/admin/approvals/${value.householdId}?decided=${value.effect}`,
  }),
});
