import { describe, expect, it } from 'vitest';
import { canEditIncome, incomeYears, isOutOfPovertyFigure, povertyExitYear, reachesThreshold, type IncomeFigure } from './income';

const threshold = 2800;
const figure = (year: number, incomePerCapita: number, confirmed = true): IncomeFigure => ({ year, incomePerCapita, confirmed });

describe('out of poverty (稳定脱贫)', () => {
  it('reaches the threshold at the threshold itself', () => {
    expect(reachesThreshold(2799, threshold)).toBe(false);
    expect(reachesThreshold(2800, threshold)).toBe(true);
  });

  it('needs a confirmed figure at or above the threshold', () => {
    expect(isOutOfPovertyFigure(figure(2026, 2800), threshold)).toBe(true);
    expect(isOutOfPovertyFigure(figure(2026, 2801), threshold)).toBe(true);
    expect(isOutOfPovertyFigure(figure(2026, 2799), threshold)).toBe(false);
    expect(isOutOfPovertyFigure(figure(2026, 5000, false), threshold)).toBe(false);
  });

  it('gives no year without a confirmed figure at or above the threshold', () => {
    expect(povertyExitYear([], threshold)).toBeNull();
    expect(povertyExitYear([figure(2026, 2799)], threshold)).toBeNull();
    expect(povertyExitYear([figure(2026, 9000, false)], threshold)).toBeNull();
  });

  it('gives the year the confirmed income reached the threshold', () => {
    expect(povertyExitYear([figure(2026, 2800)], threshold)).toBe(2026);
    expect(povertyExitYear([figure(2026, 2400), figure(2027, 3100)], threshold)).toBe(2027);
  });

  it('keeps the first year of the run that lasts to the latest confirmed year', () => {
    expect(povertyExitYear([figure(2028, 3500), figure(2026, 2900), figure(2027, 3200)], threshold)).toBe(2026);
    expect(povertyExitYear([figure(2026, 2900), figure(2027, 2500), figure(2028, 3000)], threshold)).toBe(2028);
  });

  it('is lost when the latest confirmed year falls below the threshold', () => {
    expect(povertyExitYear([figure(2026, 2900), figure(2027, 2700)], threshold)).toBeNull();
  });

  it('ignores a later figure not yet confirmed', () => {
    expect(povertyExitYear([figure(2026, 2900), figure(2027, 1000, false)], threshold)).toBe(2026);
  });
});

describe('editing and years', () => {
  it('lets a figure change only until it is confirmed', () => {
    expect(canEditIncome({ confirmed: false })).toBe(true);
    expect(canEditIncome({ confirmed: true })).toBe(false);
  });

  it('allows years from the household programme year to the current China year', () => {
    expect(incomeYears(2026, new Date('2026-11-28T04:00:00Z'))).toEqual({ from: 2026, to: 2026 });
    expect(incomeYears(2025, new Date('2027-03-01T04:00:00Z'))).toEqual({ from: 2025, to: 2027 });
    // 2027-01-01 00:30 China is still 2026 in UTC
    expect(incomeYears(2026, new Date('2026-12-31T16:30:00Z'))).toEqual({ from: 2026, to: 2027 });
  });
});
