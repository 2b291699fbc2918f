import { describe, expect, it } from 'vitest';
import { startOfChinaDay } from './time';
import { daysSinceVisit, isVisitOverdue, nextVisitDueBy, VISIT_INTERVAL_DAYS } from './visits';

// Last visit 2026-08-01. Day 89 = 2026-10-29, day 90 = 2026-10-30, day 91 = 2026-10-31 (China dates).
const lastVisit = '2026-08-01';
const noonChina = (date: string) => new Date(startOfChinaDay(date).getTime() + 12 * 3600_000);

describe('the 90-day return-visit rule', () => {
  it('is 90 days', () => {
    expect(VISIT_INTERVAL_DAYS).toBe(90);
  });

  it('day 89 and day 90 are on time, day 91 is overdue', () => {
    expect(daysSinceVisit(lastVisit, noonChina('2026-10-29'))).toBe(89);
    expect(isVisitOverdue(lastVisit, noonChina('2026-10-29'))).toBe(false);
    expect(daysSinceVisit(lastVisit, noonChina('2026-10-30'))).toBe(90);
    expect(isVisitOverdue(lastVisit, noonChina('2026-10-30'))).toBe(false);
    expect(daysSinceVisit(lastVisit, noonChina('2026-10-31'))).toBe(91);
    expect(isVisitOverdue(lastVisit, noonChina('2026-10-31'))).toBe(true);
  });

  it('turns overdue at China midnight, not UTC midnight', () => {
    const lastSecondOfDay90 = new Date(startOfChinaDay('2026-10-31').getTime() - 1000);
    const firstSecondOfDay91 = startOfChinaDay('2026-10-31');
    expect(lastSecondOfDay90.toISOString()).toBe('2026-10-30T15:59:59.000Z');
    expect(isVisitOverdue(lastVisit, lastSecondOfDay90)).toBe(false);
    expect(isVisitOverdue(lastVisit, firstSecondOfDay91)).toBe(true);
  });

  it('counts a household never visited as overdue', () => {
    expect(daysSinceVisit(null, noonChina('2026-10-29'))).toBeNull();
    expect(isVisitOverdue(null, noonChina('2026-10-29'))).toBe(true);
  });

  it('a visit today is on time', () => {
    expect(daysSinceVisit('2026-11-28', noonChina('2026-11-28'))).toBe(0);
    expect(isVisitOverdue('2026-11-28', noonChina('2026-11-28'))).toBe(false);
  });

  it('gives the last day the next visit is on time', () => {
    expect(nextVisitDueBy(lastVisit)).toBe('2026-10-30');
    expect(nextVisitDueBy(null)).toBeNull();
  });
});
