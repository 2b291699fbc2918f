// Return visits (定期回访): the township DPF and the village Party organisation visit each filed household
// regularly. The product's rule: a household is overdue when more than 90 days (China calendar days)
// have passed since its last visit, or it was never visited. A visit 90 days ago still counts, so the
// list reads "超过90天未回访".
import { addDays, chinaDateString, daysBetween } from './time';

export const VISIT_INTERVAL_DAYS = 90;

/** Whole China calendar days from the last visit to `now` (0 = visited today); null when never visited. */
export function daysSinceVisit(lastVisitedOn: string | null, now: Date): number | null {
  return lastVisitedOn === null ? null : daysBetween(lastVisitedOn, chinaDateString(now));
}

/** True when the household was never visited, or last visited more than 90 days before `now`. */
export function isVisitOverdue(lastVisitedOn: string | null, now: Date): boolean {
  const days = daysSinceVisit(lastVisitedOn, now);
  return days === null || days > VISIT_INTERVAL_DAYS;
}

/** The last China date on which the next visit is still on time; null when never visited (due now). */
export function nextVisitDueBy(lastVisitedOn: string | null): string | null {
  return lastVisitedOn === null ? null : addDays(lastVisitedOn, VISIT_INTERVAL_DAYS);
}
