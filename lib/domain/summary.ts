// Annual summary (总结验收): each county reports on its year by 5 November of that year (the
// implementation measures). "By 5 November" is read as through 23:59:59 of that day in China time,
// whatever clock the server runs on, so the deadline is the exclusive instant 00:00 China on 6 November.
import { chinaDateString, formatChinaDate, startOfChinaDay } from './time';

export const SUMMARY_DUE_MONTH_DAY = '11-05';

/** The written summary (工程执行情况总结) must be this long to submit; a draft may be shorter. */
export const SUMMARY_TEXT_MIN = 50;
export const SUMMARY_TEXT_MAX = 5000;
export const SUMMARY_NOTES_MAX = 2000;

/** 'YYYY-11-05': the last day a county's report for `year` counts as on time. */
export function summaryDueDate(year: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`Not a year: ${year}`);
  return `${year}-${SUMMARY_DUE_MONTH_DAY}`;
}

/** Exclusive deadline: 00:00 China on 6 November, i.e. 16:00 UTC on 5 November. */
export function summaryDeadline(year: number): Date {
  return startOfChinaDay(`${year}-11-06`);
}

/** e.g. '2026年11月5日' for the page. */
export function formatSummaryDueDate(year: number): string {
  return formatChinaDate(startOfChinaDay(summaryDueDate(year)));
}

/**
 * The state of a county's report for a year at `now`:
 * - not_started: nothing saved, before the deadline;
 * - draft: saved but not submitted, before the deadline;
 * - submitted_on_time / submitted_late: submitted before / at or after the deadline;
 * - late: not submitted and the deadline has passed (whether or not a draft exists).
 */
export type SummaryStatus = 'not_started' | 'draft' | 'submitted_on_time' | 'submitted_late' | 'late';

export type StoredSummary = { status: 'draft' | 'submitted'; submittedAt: Date | null } | null;

export function summaryStatus(stored: StoredSummary, year: number, now: Date): SummaryStatus {
  const deadline = summaryDeadline(year).getTime();
  if (stored?.status === 'submitted') {
    if (stored.submittedAt === null) throw new TypeError('A submitted summary must have submittedAt');
    return stored.submittedAt.getTime() < deadline ? 'submitted_on_time' : 'submitted_late';
  }
  if (now.getTime() >= deadline) return 'late';
  return stored === null ? 'not_started' : 'draft';
}

/** Late in either way: overdue and still missing, or handed in after the deadline. */
export function isLateStatus(status: SummaryStatus): boolean {
  return status === 'late' || status === 'submitted_late';
}

export function isSubmittedStatus(status: SummaryStatus): boolean {
  return status === 'submitted_on_time' || status === 'submitted_late';
}

// The city's list puts what needs chasing first: missing reports past the deadline, then reports
// handed in late, then those not yet due (nothing saved before a draft), and the on-time ones last.
const STATUS_ORDER: Record<SummaryStatus, number> = {
  late: 0,
  submitted_late: 1,
  not_started: 2,
  draft: 3,
  submitted_on_time: 4,
};

export function compareSummaryStatus(a: SummaryStatus, b: SummaryStatus): number {
  return STATUS_ORDER[a] - STATUS_ORDER[b];
}

export type SubmitSummaryRefusal = 'already_submitted' | 'year_not_started';

/**
 * Whether a report may be submitted at `now`: once only, and not before its year has begun (China
 * time), since the figures are those of the year. A late report is still accepted (and shown as late).
 */
export function canSubmitSummary(
  stored: StoredSummary,
  year: number,
  now: Date,
): { ok: true } | { ok: false; reason: SubmitSummaryRefusal } {
  if (stored?.status === 'submitted') return { ok: false, reason: 'already_submitted' };
  if (Number(chinaDateString(now).slice(0, 4)) < year) return { ok: false, reason: 'year_not_started' };
  return { ok: true };
}

/** A draft may be saved until the report is submitted; after that it is read-only. */
export function canEditSummary(stored: StoredSummary): boolean {
  return stored?.status !== 'submitted';
}
