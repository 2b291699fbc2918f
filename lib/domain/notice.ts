// Notice (公示) lifecycle: which state a notice is in at a given instant, and which official actions
// that state allows. Every decision takes `now` so the server clock is read once, in the action.

/** Stored status. 'superseded' = replaced by a correction notice (更正公示). */
export type NoticeStatus = 'draft' | 'published' | 'withdrawn' | 'closed' | 'superseded';

/** Derived state: a published notice is 'open' or 'period_ended' depending on `now`. */
export type NoticeState = 'draft' | 'open' | 'period_ended' | 'closed' | 'withdrawn' | 'superseded';

export type NoticeTiming = { status: NoticeStatus; periodEndsAt: Date | null };

/**
 * Objection (异议) status; 'received' = recorded, not yet investigated. An objection lodged online
 * starts as 'submitted' (awaiting triage: not yet an objection, not counted anywhere) and becomes
 * 'received' when an official accepts it, or 'rejected' (not an objection: spam, off-topic).
 */
export type ObjectionStatus = 'submitted' | 'received' | 'investigating' | 'upheld' | 'dismissed' | 'rejected';

/** entryId null = the objection is about the whole notice, not one listed household. */
export type ObjectionOutcome = { status: ObjectionStatus; entryId: number | null };

export type RecordObjectionRefusal = 'not_published' | 'period_ended';
export type CloseNoticeRefusal =
  | 'not_published'
  | 'period_not_ended'
  | 'untriaged_online'
  | 'unresolved_objections'
  | 'upheld_whole_notice';
export type WithdrawRefusal = 'not_open';

/** Final result for each listed household (公示结果): 通过 or 取消. */
export type EntryOutcome = 'passed' | 'removed';

// A published notice always has an end (the database enforces it); failing loudly here beats
// silently treating it as open forever or as already ended.
function publishedEnd(n: NoticeTiming): Date {
  if (n.periodEndsAt === null) {
    throw new TypeError('A published notice must have periodEndsAt');
  }
  return n.periodEndsAt;
}

export function noticeState(n: NoticeTiming, now: Date): NoticeState {
  if (n.status !== 'published') return n.status;
  return now.getTime() < publishedEnd(n).getTime() ? 'open' : 'period_ended';
}

export function isResolved(status: ObjectionStatus): boolean {
  return status === 'upheld' || status === 'dismissed';
}

/**
 * Objections are recorded only while the period is open. A notice whose period is over (still
 * published or already closed) reports 'period_ended' with the end, so the UI can say when it ended.
 */
export function canRecordObjection(
  n: NoticeTiming,
  now: Date,
): { ok: true } | { ok: false; reason: RecordObjectionRefusal; endedAt?: Date } {
  const state = noticeState(n, now);
  if (state === 'open') return { ok: true };
  if ((state === 'period_ended' || state === 'closed') && n.periodEndsAt !== null) {
    return { ok: false, reason: 'period_ended', endedAt: n.periodEndsAt };
  }
  return { ok: false, reason: 'not_published' };
}

function upheldWholeNotice(objections: readonly ObjectionOutcome[]): number {
  return objections.filter((o) => o.status === 'upheld' && o.entryId === null).length;
}

/**
 * Closing (公示结束) needs: published, period ended, every online submission triaged, every objection resolved, and no upheld
 * objection about the whole notice (that one means withdraw and reissue instead). Checked in this
 * order so the official sees the first thing to do.
 */
export function canCloseNotice(
  n: NoticeTiming,
  objections: readonly ObjectionOutcome[],
  now: Date,
): { ok: true } | { ok: false; reason: CloseNoticeRefusal; count?: number } {
  const state = noticeState(n, now);
  if (state === 'open') return { ok: false, reason: 'period_not_ended' };
  if (state !== 'period_ended') return { ok: false, reason: 'not_published' };
  // An online submission must be triaged first: accepted (then it is an objection to resolve) or
  // rejected as not an objection (then it is ignored here).
  const untriaged = objections.filter((o) => o.status === 'submitted').length;
  if (untriaged > 0) return { ok: false, reason: 'untriaged_online', count: untriaged };
  const unresolved = objections.filter((o) => o.status !== 'rejected' && !isResolved(o.status)).length;
  if (unresolved > 0) return { ok: false, reason: 'unresolved_objections', count: unresolved };
  const whole = upheldWholeNotice(objections);
  if (whole > 0) return { ok: false, reason: 'upheld_whole_notice', count: whole };
  return { ok: true };
}

/** Each listed household is removed iff an upheld objection names it; otherwise it passes. */
export function closingOutcomes(
  entryIds: readonly number[],
  objections: readonly ObjectionOutcome[],
): Map<number, EntryOutcome> {
  const removed = new Set(
    objections.filter((o) => o.status === 'upheld' && o.entryId !== null).map((o) => o.entryId),
  );
  return new Map(entryIds.map((id) => [id, removed.has(id) ? 'removed' : 'passed']));
}

/**
 * Withdrawal (撤回) is allowed while the notice is open. It is also allowed after the period has
 * ended when an objection about the whole notice was upheld: the rules say such a notice must be
 * withdrawn and reissued, and it cannot be closed, so refusing would leave it stuck. Pass the
 * notice's objections to allow that case; without them only an open notice may be withdrawn.
 */
export function canWithdraw(
  n: NoticeTiming,
  now: Date,
  objections: readonly ObjectionOutcome[] = [],
): { ok: true } | { ok: false; reason: WithdrawRefusal } {
  const state = noticeState(n, now);
  if (state === 'open') return { ok: true };
  if (state === 'period_ended' && upheldWholeNotice(objections) > 0) return { ok: true };
  return { ok: false, reason: 'not_open' };
}
