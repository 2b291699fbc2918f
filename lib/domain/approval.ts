// Approval and filing (审批建档): after a household passes its notice, five bodies decide in turn —
// 村党组织 → 乡镇党委 → 乡镇残联 (aggregation) → 县残联 → 县委组织部. Each decides only its own
// step, and only once the step before it has agreed in the same round. A return (退回) ends the round:
// the next round starts again at the village. The household is filed (建档) when the county
// Organisation Department agrees. Pure rules: the caller passes the rows and the dates.
import { APPROVAL_STEPS, approvalStepOf, type ApprovalStep, type Role } from './permissions';
import { parseDateString } from './time';

export { APPROVAL_STEPS, approvalStepOf, type ApprovalStep };

export const APPROVAL_DECISIONS = ['agree', 'return'] as const;
/** 同意 or 退回 (with the reason in the opinion). */
export type ApprovalDecision = (typeof APPROVAL_DECISIONS)[number];

/** One recorded decision; decidedOn is a China calendar date 'YYYY-MM-DD'. */
export type ApprovalRecord = { round: number; step: ApprovalStep; decision: ApprovalDecision; decidedOn: string };

export type ApprovalProgress =
  | {
      filed: false;
      /** The round the next decision belongs to. */
      round: number;
      nextStep: ApprovalStep;
      /** The date of the decision that handed the household to `nextStep`; null before the first one. */
      waitingSinceOn: string | null;
    }
  | { filed: true; round: number; nextStep: null; filedOn: string };

export function stepIndex(step: ApprovalStep): number {
  return APPROVAL_STEPS.indexOf(step);
}

/** Where a household stands, from all its approval rows (any order). */
export function approvalProgress(records: readonly ApprovalRecord[]): ApprovalProgress {
  if (records.length === 0) return { filed: false, round: 1, nextStep: 'village', waitingSinceOn: null };
  const round = Math.max(...records.map((r) => r.round));
  const inRound = records.filter((r) => r.round === round).sort((a, b) => stepIndex(a.step) - stepIndex(b.step));
  const returned = inRound.find((r) => r.decision === 'return');
  if (returned) return { filed: false, round: round + 1, nextStep: 'village', waitingSinceOn: returned.decidedOn };
  // The steps agreed in order from the village; the first one missing is the next.
  let agreed = 0;
  while (agreed < APPROVAL_STEPS.length && inRound.some((r) => r.step === APPROVAL_STEPS[agreed])) agreed++;
  if (agreed === APPROVAL_STEPS.length) {
    return { filed: true, round, nextStep: null, filedOn: inRound[inRound.length - 1]!.decidedOn };
  }
  const previous = agreed === 0 ? undefined : inRound.find((r) => r.step === APPROVAL_STEPS[agreed - 1]);
  return { filed: false, round, nextStep: APPROVAL_STEPS[agreed]!, waitingSinceOn: previous?.decidedOn ?? null };
}

/** The decisions of the round in progress (or the last, once filed): what the registration form shows. */
export function currentRoundRecords<R extends ApprovalRecord>(records: readonly R[]): R[] {
  const { round } = approvalProgress(records);
  return records.filter((r) => r.round === round);
}

export type DecideRefusal =
  | 'not_passed' // the household has not passed a notice (or was removed)
  | 'filed' // already filed: nothing left to decide
  | 'no_step' // the role decides no step
  | 'previous_step_pending' // an earlier step has not agreed yet in this round
  | 'step_decided'; // this step has already decided in this round

export type HouseholdForApproval = {
  status: 'registered' | 'listed' | 'passed' | 'removed';
  filed: boolean;
  records: readonly ApprovalRecord[];
};

/** May an official with `role` decide now, and which step and round would the decision be? */
export function canDecide(
  household: HouseholdForApproval,
  role: Role,
): { ok: true; step: ApprovalStep; round: number } | { ok: false; reason: DecideRefusal; nextStep?: ApprovalStep } {
  if (household.status !== 'passed') return { ok: false, reason: 'not_passed' };
  const progress = approvalProgress(household.records);
  if (household.filed || progress.filed) return { ok: false, reason: 'filed' };
  const step = approvalStepOf(role);
  if (step === null) return { ok: false, reason: 'no_step' };
  if (step === progress.nextStep) return { ok: true, step, round: progress.round };
  return stepIndex(step) > stepIndex(progress.nextStep)
    ? { ok: false, reason: 'previous_step_pending', nextStep: progress.nextStep }
    : { ok: false, reason: 'step_decided', nextStep: progress.nextStep };
}

/** What a decision does: the last agreement files the household; a return sends it back to the village. */
export function decisionEffect(step: ApprovalStep, decision: ApprovalDecision): 'filed' | 'forwarded' | 'returned' {
  if (decision === 'return') return 'returned';
  return step === APPROVAL_STEPS[APPROVAL_STEPS.length - 1] ? 'filed' : 'forwarded';
}

export type DecidedOnRefusal = 'date_invalid' | 'date_future' | 'date_before_notice' | 'date_before_previous';

/**
 * The date written on the form (年 月 日) is the official's, but it may not be in the future (China
 * today), nor before the notice closed, nor before the decision that handed the household over: the
 * paper form must read in order.
 */
export function checkDecidedOn(
  decidedOn: string,
  bounds: { today: string; noticeClosedOn: string | null; previousOn: string | null },
): DecidedOnRefusal | null {
  try {
    parseDateString(decidedOn);
  } catch {
    return 'date_invalid';
  }
  // 'YYYY-MM-DD' strings compare in calendar order.
  if (decidedOn > bounds.today) return 'date_future';
  if (bounds.noticeClosedOn !== null && decidedOn < bounds.noticeClosedOn) return 'date_before_notice';
  if (bounds.previousOn !== null && decidedOn < bounds.previousOn) return 'date_before_previous';
  return null;
}

/** The latest date among the records, the lower bound for the next decision. */
export function lastDecidedOn(records: readonly ApprovalRecord[]): string | null {
  return records.reduce<string | null>((latest, r) => (latest === null || r.decidedOn > latest ? r.decidedOn : latest), null);
}
