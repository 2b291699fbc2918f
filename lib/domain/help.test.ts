import { describe, expect, it } from 'vitest';
import { canAddHelper, helpGaps, isAfterToday, MAX_HELPERS } from './help';

describe('helpGaps', () => {
  it('asks for a pairing, a helper and a project when nothing is in place', () => {
    expect(helpGaps({ paired: false, helpers: 0, projects: 0 })).toEqual(['pairing', 'helpers', 'project']);
  });

  it('is complete with a pairing, one or two helpers and at least one project', () => {
    expect(helpGaps({ paired: true, helpers: 1, projects: 1 })).toEqual([]);
    expect(helpGaps({ paired: true, helpers: 2, projects: 3 })).toEqual([]);
  });

  it('names only what is missing', () => {
    expect(helpGaps({ paired: true, helpers: 0, projects: 2 })).toEqual(['helpers']);
    expect(helpGaps({ paired: true, helpers: 1, projects: 0 })).toEqual(['project']);
    expect(helpGaps({ paired: false, helpers: 2, projects: 1 })).toEqual(['pairing']);
  });
});

describe('canAddHelper', () => {
  it('allows a first and a second helper, never a third', () => {
    expect(MAX_HELPERS).toBe(2);
    expect(canAddHelper(0)).toBe(true);
    expect(canAddHelper(1)).toBe(true);
    expect(canAddHelper(2)).toBe(false);
    expect(canAddHelper(3)).toBe(false);
  });
});

describe('isAfterToday', () => {
  // 2026-11-28 23:30 China = 15:30 UTC: still the 28th in China, the 28th in UTC too.
  const lateEvening = new Date('2026-11-28T15:30:00Z');
  // 2026-11-29 00:30 China = 2026-11-28 16:30 UTC: already the 29th in China, still the 28th in UTC.
  const afterChinaMidnight = new Date('2026-11-28T16:30:00Z');

  it('accepts today and earlier days, refuses tomorrow (China date)', () => {
    expect(isAfterToday('2026-11-28', lateEvening)).toBe(false);
    expect(isAfterToday('2025-01-01', lateEvening)).toBe(false);
    expect(isAfterToday('2026-11-29', lateEvening)).toBe(true);
  });

  it('counts the day in China, not in UTC', () => {
    expect(isAfterToday('2026-11-29', afterChinaMidnight)).toBe(false);
    expect(isAfterToday('2026-11-30', afterChinaMidnight)).toBe(true);
  });
});
