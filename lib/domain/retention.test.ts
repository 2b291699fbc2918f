import { describe, expect, it } from 'vitest';
import { noticeListVisibility } from './retention';

const DAY = 24 * 3_600_000;
const closedAt = new Date('2026-03-01T02:00:00Z');

describe('noticeListVisibility', () => {
  it('shows the list of an open, ended or superseded notice', () => {
    for (const status of ['published', 'superseded'] as const) expect(noticeListVisibility({ status, closedAt: null }, closedAt)).toBe('shown');
  });

  it('hides a withdrawn notice’s list at once', () => {
    expect(noticeListVisibility({ status: 'withdrawn', closedAt: null }, closedAt)).toBe('withdrawn');
  });

  it('shows a closed notice’s list for 30 days after closing, then hides it', () => {
    const at = (ms: number) => noticeListVisibility({ status: 'closed', closedAt }, new Date(closedAt.getTime() + ms));
    expect(at(0)).toBe('shown');
    expect(at(30 * DAY - 1)).toBe('shown');
    expect(at(30 * DAY)).toBe('expired');
    expect(at(400 * DAY)).toBe('expired');
  });
});
