// The summary sentence of each chart, computed from the same numbers the chart and table show.
import type { Funds, ProgressReport } from '@/lib/data/progress';
import { zhProgress } from '@/lib/i18n/zh-progress';
import type { Place, ProgressText } from './tables';

export function stagesSentence(place: Place, t: ProgressText = zhProgress): string {
  return t.place.sentence(place.name, place.year, place.figures);
}

/** Highest and lowest share of the allocation passed; ties go to the county listed first. */
export function countiesSentence(report: ProgressReport, t: ProgressText = zhProgress): string {
  const ranked = report.counties
    .filter((c) => (c.allocation ?? 0) > 0)
    .map((c) => ({ name: c.name, passed: c.passed, allocation: c.allocation ?? 0, rate: c.passed / (c.allocation ?? 1) }));
  if (ranked.length === 0 || ranked.every((c) => c.passed === 0)) return t.counties.none(report.year);
  const best = ranked.reduce((a, b) => (b.rate > a.rate ? b : a));
  const worst = ranked.reduce((a, b) => (b.rate < a.rate ? b : a));
  return t.counties.sentence(best, worst);
}

/** The month with most households passed, and the one with most filed. */
export function monthsSentence(place: Place, t: ProgressText = zhProgress): string {
  const { months } = place;
  if (months.every((m) => m.publicised === 0 && m.passed === 0)) return t.months.none(place.name, place.year);
  const busiest = months.reduce((a, b) => (b.passed > a.passed ? b : a));
  const filed = months.reduce((a, b) => (b.filed > a.filed ? b : a));
  return t.months.sentence(place.name, busiest, filed.filed > 0 ? filed : null);
}

/** Money for a place; for the city, also the county that received most. */
export function fundsSentence(name: string, year: number, funds: Funds, counties?: { name: string; funds: Funds }[], t: ProgressText = zhProgress): string {
  if (funds.microLoan + funds.dpfFunding === 0) return t.funds.none(name, year);
  const most = counties
    ?.map((c) => ({ name: c.name, total: c.funds.microLoan + c.funds.dpfFunding }))
    .reduce((a, b) => (b.total > a.total ? b : a));
  return t.funds.sentence(name, funds.microLoan, funds.dpfFunding, most ?? null);
}
