import { describe, expect, it } from 'vitest';
import {
  canEditSummary,
  canSubmitSummary,
  compareSummaryStatus,
  formatSummaryDueDate,
  isLateStatus,
  summaryDeadline,
  summaryDueDate,
  summaryStatus,
  type SummaryStatus,
} from './summary';

// 2026-11-05 23:59:59 China = 2026-11-05T15:59:59Z; the deadline is 2026-11-05T16:00:00Z.
const lastSecond = new Date('2026-11-05T15:59:59Z');
const deadline = new Date('2026-11-05T16:00:00Z');
const submitted = (at: Date) => ({ status: 'submitted' as const, submittedAt: at });
const draft = { status: 'draft' as const, submittedAt: null };

describe('due date', () => {
  it('is 5 November of the year, ending at 00:00 China on 6 November', () => {
    expect(summaryDueDate(2026)).toBe('2026-11-05');
    expect(summaryDeadline(2026).toISOString()).toBe('2026-11-05T16:00:00.000Z');
    expect(formatSummaryDueDate(2027)).toBe('2027年11月5日');
  });
  it('refuses a number that is not a year', () => {
    expect(() => summaryDueDate(26.5)).toThrow(RangeError);
  });
});

describe('summaryStatus around 5 November 23:59:59 China', () => {
  it('a submission in the last second of 5 November (China) is on time; one second later is late', () => {
    expect(summaryStatus(submitted(lastSecond), 2026, lastSecond)).toBe('submitted_on_time');
    expect(summaryStatus(submitted(deadline), 2026, deadline)).toBe('submitted_late');
    expect(summaryStatus(submitted(new Date(deadline.getTime() + 1000)), 2026, deadline)).toBe('submitted_late');
  });
  it('uses China time, not UTC: 20:00 UTC on 5 November is already 6 November in China', () => {
    const stillFifthInUtc = new Date('2026-11-05T20:00:00Z');
    expect(summaryStatus(submitted(stillFifthInUtc), 2026, stillFifthInUtc)).toBe('submitted_late');
    expect(summaryStatus(null, 2026, stillFifthInUtc)).toBe('late');
    // and 23:00 UTC on 4 November is already the 5th in China, still on time
    const fifthInChina = new Date('2026-11-04T23:00:00Z');
    expect(summaryStatus(submitted(fifthInChina), 2026, fifthInChina)).toBe('submitted_on_time');
  });
  it('without a submission: not started or draft before the deadline, late from it on', () => {
    expect(summaryStatus(null, 2026, lastSecond)).toBe('not_started');
    expect(summaryStatus(draft, 2026, lastSecond)).toBe('draft');
    expect(summaryStatus(null, 2026, deadline)).toBe('late');
    expect(summaryStatus(draft, 2026, deadline)).toBe('late');
  });
  it('a submitted report keeps its status whatever `now` is', () => {
    const early = submitted(new Date('2026-10-01T02:00:00Z'));
    expect(summaryStatus(early, 2026, new Date('2030-01-01T00:00:00Z'))).toBe('submitted_on_time');
  });
  it('each year has its own deadline', () => {
    expect(summaryStatus(null, 2027, deadline)).toBe('not_started');
    expect(summaryStatus(submitted(new Date('2026-03-01T00:00:00Z')), 2025, deadline)).toBe('submitted_late');
  });
});

describe('ordering and rules', () => {
  it('late ones first, on-time submissions last', () => {
    const statuses: SummaryStatus[] = ['submitted_on_time', 'draft', 'late', 'not_started', 'submitted_late'];
    expect([...statuses].sort(compareSummaryStatus)).toEqual(['late', 'submitted_late', 'not_started', 'draft', 'submitted_on_time']);
    expect(statuses.filter(isLateStatus)).toEqual(['late', 'submitted_late']);
  });
  it('submits once, and not before the year has begun in China', () => {
    expect(canSubmitSummary(null, 2026, lastSecond)).toEqual({ ok: true });
    expect(canSubmitSummary(draft, 2026, deadline)).toEqual({ ok: true }); // late is still accepted
    expect(canSubmitSummary(submitted(lastSecond), 2026, deadline)).toEqual({ ok: false, reason: 'already_submitted' });
    // 2026-12-31T16:00Z is already 1 January 2027 in China
    expect(canSubmitSummary(null, 2027, new Date('2026-12-31T15:59:59Z'))).toEqual({ ok: false, reason: 'year_not_started' });
    expect(canSubmitSummary(null, 2027, new Date('2026-12-31T16:00:00Z'))).toEqual({ ok: true });
  });
  it('a submitted report is read-only', () => {
    expect(canEditSummary(null)).toBe(true);
    expect(canEditSummary(draft)).toBe(true);
    expect(canEditSummary(submitted(lastSecond))).toBe(false);
  });
});
