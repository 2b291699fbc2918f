import { describe, it, expect } from 'vitest';
import {
  canCloseNotice,
  canRecordObjection,
  canWithdraw,
  closingOutcomes,
  isResolved,
  noticeState,
  type NoticeStatus,
  type NoticeTiming,
  type ObjectionOutcome,
} from './notice';
import { noticePeriod } from './time';

// Published 2026-11-28 10:00 China, 7 days → ends 2026-12-05 00:00 China = 2026-12-04T16:00Z.
const { endsAt } = noticePeriod(new Date('2026-11-28T02:00:00Z'), 7);
const published: NoticeTiming = { status: 'published', periodEndsAt: endsAt };
const duringPeriod = new Date('2026-12-01T04:00:00Z');
const oneSecondBefore = new Date(endsAt.getTime() - 1000);
const afterEnd = new Date('2026-12-10T04:00:00Z');

describe('noticeState', () => {
  it('is open one second before the end and period_ended at and after it', () => {
    expect(endsAt.toISOString()).toBe('2026-12-04T16:00:00.000Z');
    expect(noticeState(published, oneSecondBefore)).toBe('open');
    expect(noticeState(published, new Date(endsAt.getTime() - 1))).toBe('open');
    expect(noticeState(published, endsAt)).toBe('period_ended');
    expect(noticeState(published, new Date(endsAt.getTime() + 1000))).toBe('period_ended');
  });

  it('maps other stored statuses to themselves whatever the time', () => {
    const others: NoticeStatus[] = ['draft', 'withdrawn', 'closed', 'superseded'];
    for (const status of others) {
      expect(noticeState({ status, periodEndsAt: endsAt }, duringPeriod)).toBe(status);
      expect(noticeState({ status, periodEndsAt: null }, afterEnd)).toBe(status);
    }
  });

  it('refuses a published notice without an end', () => {
    expect(() => noticeState({ status: 'published', periodEndsAt: null }, duringPeriod)).toThrow(
      TypeError,
    );
  });
});

describe('isResolved', () => {
  it('only upheld and dismissed are resolved', () => {
    expect(isResolved('upheld')).toBe(true);
    expect(isResolved('dismissed')).toBe(true);
    expect(isResolved('received')).toBe(false);
    expect(isResolved('investigating')).toBe(false);
  });
});

describe('canRecordObjection', () => {
  it('accepts objections while open, up to the last second', () => {
    expect(canRecordObjection(published, duringPeriod)).toEqual({ ok: true });
    expect(canRecordObjection(published, oneSecondBefore)).toEqual({ ok: true });
  });

  it('refuses once the period has ended and says when', () => {
    expect(canRecordObjection(published, endsAt)).toEqual({
      ok: false,
      reason: 'period_ended',
      endedAt: endsAt,
    });
    expect(
      canRecordObjection({ status: 'closed', periodEndsAt: endsAt }, afterEnd),
    ).toMatchObject({ ok: false, reason: 'period_ended' });
  });

  it('refuses drafts, withdrawn and superseded notices as not published', () => {
    expect(canRecordObjection({ status: 'draft', periodEndsAt: null }, duringPeriod)).toEqual({
      ok: false,
      reason: 'not_published',
    });
    for (const status of ['withdrawn', 'superseded'] as const) {
      expect(canRecordObjection({ status, periodEndsAt: endsAt }, duringPeriod)).toEqual({
        ok: false,
        reason: 'not_published',
      });
    }
  });
});

describe('canCloseNotice', () => {
  const dismissed: ObjectionOutcome = { status: 'dismissed', entryId: 1 };
  const upheldEntry: ObjectionOutcome = { status: 'upheld', entryId: 2 };

  it('closes a published notice after its period when every objection is resolved', () => {
    expect(canCloseNotice(published, [], afterEnd)).toEqual({ ok: true });
    expect(canCloseNotice(published, [dismissed, upheldEntry], endsAt)).toEqual({ ok: true });
  });

  it('refuses a notice that is not published', () => {
    for (const status of ['draft', 'withdrawn', 'closed', 'superseded'] as const) {
      expect(canCloseNotice({ status, periodEndsAt: endsAt }, [], afterEnd)).toEqual({
        ok: false,
        reason: 'not_published',
      });
    }
  });

  it('refuses while the period is still open, even with no objections', () => {
    expect(canCloseNotice(published, [], oneSecondBefore)).toEqual({
      ok: false,
      reason: 'period_not_ended',
    });
  });

  it('refuses with the number of unresolved objections', () => {
    const objections: ObjectionOutcome[] = [
      { status: 'received', entryId: 1 },
      { status: 'investigating', entryId: null },
      dismissed,
    ];
    expect(canCloseNotice(published, objections, afterEnd)).toEqual({
      ok: false,
      reason: 'unresolved_objections',
      count: 2,
    });
  });

  it('refuses when an objection about the whole notice was upheld', () => {
    expect(
      canCloseNotice(published, [dismissed, { status: 'upheld', entryId: null }], afterEnd),
    ).toEqual({ ok: false, reason: 'upheld_whole_notice', count: 1 });
  });

  it('checks in order: period before objections, unresolved before upheld', () => {
    const messy: ObjectionOutcome[] = [
      { status: 'received', entryId: 1 },
      { status: 'upheld', entryId: null },
    ];
    expect(canCloseNotice(published, messy, duringPeriod)).toMatchObject({
      reason: 'period_not_ended',
    });
    expect(canCloseNotice(published, messy, afterEnd)).toMatchObject({
      reason: 'unresolved_objections',
      count: 1,
    });
  });
});

describe('closingOutcomes', () => {
  it('removes exactly the entries named by an upheld objection', () => {
    const outcomes = closingOutcomes(
      [10, 11, 12, 13],
      [
        { status: 'upheld', entryId: 11 },
        { status: 'dismissed', entryId: 12 },
        { status: 'upheld', entryId: 11 },
        { status: 'upheld', entryId: 99 }, // not on this notice: ignored
        { status: 'dismissed', entryId: null },
      ],
    );
    expect([...outcomes.entries()]).toEqual([
      [10, 'passed'],
      [11, 'removed'],
      [12, 'passed'],
      [13, 'passed'],
    ]);
  });

  it('does not count unresolved objections as upheld', () => {
    expect(closingOutcomes([1], [{ status: 'investigating', entryId: 1 }]).get(1)).toBe('passed');
  });
});

describe('canWithdraw', () => {
  it('allows withdrawing an open notice', () => {
    expect(canWithdraw(published, duringPeriod)).toEqual({ ok: true });
    expect(canWithdraw(published, oneSecondBefore)).toEqual({ ok: true });
  });

  it('refuses after the period, and for any other status', () => {
    expect(canWithdraw(published, endsAt)).toEqual({ ok: false, reason: 'not_open' });
    for (const status of ['draft', 'withdrawn', 'closed', 'superseded'] as const) {
      expect(canWithdraw({ status, periodEndsAt: endsAt }, duringPeriod)).toEqual({
        ok: false,
        reason: 'not_open',
      });
    }
  });

  it('allows withdrawing after the period when the whole notice was objected to successfully', () => {
    const whole: ObjectionOutcome[] = [{ status: 'upheld', entryId: null }];
    expect(canWithdraw(published, afterEnd, whole)).toEqual({ ok: true });
    // an upheld objection about one household is not enough: that notice can simply be closed
    expect(canWithdraw(published, afterEnd, [{ status: 'upheld', entryId: 3 }])).toEqual({
      ok: false,
      reason: 'not_open',
    });
    // a closed notice stays closed
    expect(canWithdraw({ status: 'closed', periodEndsAt: endsAt }, afterEnd, whole)).toEqual({
      ok: false,
      reason: 'not_open',
    });
  });
});
