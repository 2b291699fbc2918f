import { describe, expect, it } from 'vitest';
import { currentProgrammeYear } from './programme';

describe('currentProgrammeYear', () => {
  const programme = { startYear: 2025, endYear: 2027 };
  it('is the China year, not the UTC year, around New Year', () => {
    expect(currentProgrammeYear(programme, new Date('2025-12-31T15:59:59Z'))).toBe(2025);
    expect(currentProgrammeYear(programme, new Date('2025-12-31T16:00:00Z'))).toBe(2026);
  });
  it('stays within the programme years', () => {
    expect(currentProgrammeYear(programme, new Date('2024-06-01T00:00:00Z'))).toBe(2025);
    expect(currentProgrammeYear(programme, new Date('2030-06-01T00:00:00Z'))).toBe(2027);
  });
});
