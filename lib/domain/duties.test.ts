import { describe, expect, it } from 'vitest';
import { fixState, mayInspect, partyDateProblems, partyStage, type PartyDates } from './duties';

const NOW = new Date('2026-11-28T04:00:00Z'); // 12:00 on 2026-11-28 in China
const none: PartyDates = { appliedOn: null, activistOn: null, candidateOn: null, probationaryOn: null, memberOn: null };

describe('Party stages', () => {
  it('the stage is the last one with a date', () => {
    expect(partyStage({ ...none, appliedOn: '2024-01-01' })).toBe('applicant');
    expect(partyStage({ ...none, appliedOn: '2024-01-01', activistOn: '2024-06-01', candidateOn: '2025-03-01' })).toBe('candidate');
    expect(partyStage({ appliedOn: '2021-01-01', activistOn: '2021-06-01', candidateOn: '2022-01-01', probationaryOn: '2022-07-01', memberOn: '2023-07-01' })).toBe('member');
  });

  it('stages go in order, none skipped, none before the previous, none after today', () => {
    expect(partyDateProblems({ ...none, appliedOn: '2024-01-01', activistOn: '2024-06-01' }, NOW)).toEqual({});
    expect(partyDateProblems({ ...none, appliedOn: '2024-01-01', activistOn: '2024-06-01', candidateOn: '2024-06-01' }, NOW)).toEqual({}); // same day allowed
    expect(partyDateProblems({ ...none, appliedOn: '2024-01-01', candidateOn: '2024-06-01' }, NOW)).toEqual({ candidateOn: 'skipped' });
    expect(partyDateProblems({ ...none, appliedOn: '2024-06-01', activistOn: '2024-05-31' }, NOW)).toEqual({ activistOn: 'beforePrevious' });
    expect(partyDateProblems({ ...none, appliedOn: '2026-11-29' }, NOW)).toEqual({ appliedOn: 'future' });
    expect(partyDateProblems({ ...none, appliedOn: '2026-11-28' }, NOW)).toEqual({}); // today in China
    // 23:59:59 in China on the 28th is still the 28th; one second later the 29th is today.
    expect(partyDateProblems({ ...none, appliedOn: '2026-11-29' }, new Date('2026-11-28T15:59:59Z'))).toEqual({ appliedOn: 'future' });
    expect(partyDateProblems({ ...none, appliedOn: '2026-11-29' }, new Date('2026-11-28T16:00:00Z'))).toEqual({});
  });

  it('a stage once recorded is not dropped', () => {
    const before = { ...none, appliedOn: '2024-01-01', activistOn: '2024-06-01' };
    expect(partyDateProblems({ ...none, appliedOn: '2024-01-01' }, NOW, before)).toEqual({ activistOn: 'movedBack' });
    expect(partyDateProblems({ ...before, activistOn: '2024-05-01' }, NOW, before)).toEqual({}); // a date corrected
  });
});

describe('inspections and fixes', () => {
  it('the city inspects its counties and below, a county its townships and villages, never itself or a sibling', () => {
    expect(mayInspect('220800', '220802')).toBe(true);
    expect(mayInspect('220800', '220802100')).toBe(true);
    expect(mayInspect('220802', '220802100')).toBe(true);
    expect(mayInspect('220802', '220802')).toBe(false);
    expect(mayInspect('220802', '220821100')).toBe(false);
    expect(mayInspect('220802', '220800')).toBe(false);
  });

  it('a fix is overdue from the day after its due date in China until fixed', () => {
    expect(fixState({ dueOn: '2026-11-28', fixedOn: null }, NOW)).toBe('open');
    expect(fixState({ dueOn: '2026-11-27', fixedOn: null }, NOW)).toBe('overdue');
    expect(fixState({ dueOn: '2026-11-27', fixedOn: '2026-11-28' }, NOW)).toBe('fixed');
    expect(fixState({ dueOn: '2026-11-28', fixedOn: null }, new Date('2026-11-28T15:59:59Z'))).toBe('open');
    expect(fixState({ dueOn: '2026-11-28', fixedOn: null }, new Date('2026-11-28T16:00:00Z'))).toBe('overdue');
  });
});
