// Income follow-up (收入跟踪): a household's yearly per-capita net income (年人均纯收入) is recorded, then
// confirmed by the county. A household leaves poverty for good (稳定脱贫) when its confirmed income
// reaches the programme threshold (eligibility is strictly below it, so "at or above" is out).
import { chinaDateString } from './time';

export type IncomeFigure = { year: number; incomePerCapita: number; confirmed: boolean };

/** True when an income is at or above the threshold (what confirming it would mean). */
export function reachesThreshold(incomePerCapita: number, threshold: number): boolean {
  return incomePerCapita >= threshold;
}

/** True when the figure, confirmed by the county, is at or above the programme threshold. */
export function isOutOfPovertyFigure(figure: IncomeFigure, threshold: number): boolean {
  return figure.confirmed && reachesThreshold(figure.incomePerCapita, threshold);
}

/**
 * The year the household left poverty, or null. Only confirmed figures count. The latest confirmed
 * year decides: below the threshold means not (or no longer) out of poverty; at or above, the answer
 * is the first year of the unbroken run of confirmed years at or above it that ends there.
 */
export function povertyExitYear(figures: readonly IncomeFigure[], threshold: number): number | null {
  const confirmed = figures.filter((f) => f.confirmed).sort((a, b) => a.year - b.year);
  let since: number | null = null;
  for (const figure of confirmed) {
    if (isOutOfPovertyFigure(figure, threshold)) since ??= figure.year;
    else since = null;
  }
  return since;
}

/** A recorded figure may be changed until the county has confirmed it. */
export function canEditIncome(figure: { confirmed: boolean }): boolean {
  return !figure.confirmed;
}

/**
 * The years an income may be recorded for: from the household's programme year (its registration
 * gave the starting income) to the current China year; never a year still to come.
 */
export function incomeYears(householdYear: number, now: Date): { from: number; to: number } {
  const thisYear = Number(chinaDateString(now).slice(0, 4));
  return { from: householdYear, to: Math.max(householdYear, thisYear) };
}
