import { describe, it, expect } from 'vitest';
import {
  CHINA_TIME_ZONE,
  addDays,
  ageOn,
  chinaDateString,
  daysBetween,
  daysLeft,
  formatChinaDate,
  formatChinaDateTime,
  isRealDate,
  noticePeriod,
  parseDateString,
  startOfChinaDay,
} from './time';

describe('China time', () => {
  it('names the IANA zone', () => {
    expect(CHINA_TIME_ZONE).toBe('Asia/Shanghai');
  });

  it('uses China midnight, not UTC midnight, to pick the day', () => {
    // Both instants fall on 30 November in UTC, but on different days in China.
    const lateNov30 = new Date('2026-11-30T15:30:00Z'); // 23:30 China, 30 Nov
    const earlyDec1 = new Date('2026-11-30T16:30:00Z'); // 00:30 China, 1 Dec
    expect(chinaDateString(lateNov30)).toBe('2026-11-30');
    expect(chinaDateString(earlyDec1)).toBe('2026-12-01');
    expect(chinaDateString(new Date('2026-11-30T15:59:59.999Z'))).toBe('2026-11-30');
    expect(chinaDateString(new Date('2026-11-30T16:00:00Z'))).toBe('2026-12-01');
  });

  it('agrees with Intl for Asia/Shanghai (fixed +8 is valid)', () => {
    const fmt = new Intl.DateTimeFormat('en-CA', { timeZone: CHINA_TIME_ZONE });
    for (const iso of ['2026-01-01T00:00:00Z', '2026-06-30T16:00:00Z', '2027-03-14T23:59:59Z']) {
      expect(chinaDateString(new Date(iso))).toBe(fmt.format(new Date(iso)));
    }
  });

  it('startOfChinaDay is 16:00 UTC of the previous day', () => {
    expect(startOfChinaDay('2026-12-01').toISOString()).toBe('2026-11-30T16:00:00.000Z');
    expect(startOfChinaDay('2026-01-01').toISOString()).toBe('2025-12-31T16:00:00.000Z');
  });

  it('rejects malformed and impossible date strings', () => {
    expect(() => startOfChinaDay('2026-2-01')).toThrow(RangeError);
    expect(() => startOfChinaDay('2026-02-30')).toThrow(RangeError);
    expect(() => parseDateString('2025-02-29')).toThrow(RangeError);
    expect(parseDateString('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it('rejects an invalid Date', () => {
    expect(() => chinaDateString(new Date('nonsense'))).toThrow(RangeError);
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-11-28', 6)).toBe('2026-12-04');
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(() => addDays('2026-03-01', 1.5)).toThrow(RangeError);
    expect(daysBetween('2026-11-28', '2026-12-04')).toBe(6);
  });

  it('knows real calendar dates', () => {
    expect(isRealDate(2000, 2, 29)).toBe(true); // divisible by 400
    expect(isRealDate(1900, 2, 29)).toBe(false); // divisible by 100, not 400
    expect(isRealDate(2026, 4, 31)).toBe(false);
    expect(isRealDate(2026, 13, 1)).toBe(false);
  });
});

describe('noticePeriod', () => {
  const published = new Date('2026-11-28T02:00:00Z'); // 10:00 China

  it('runs 7 calendar days in China time with an exclusive end at China midnight', () => {
    const p = noticePeriod(published, 7);
    expect(p.startDate).toBe('2026-11-28');
    expect(p.endDate).toBe('2026-12-04');
    expect(p.endsAt.toISOString()).toBe('2026-12-04T16:00:00.000Z');
  });

  it('counts from the China day even when the UTC date is the previous day', () => {
    // 00:30 China on 1 Dec is still 30 Nov in UTC.
    const p = noticePeriod(new Date('2026-11-30T16:30:00Z'), 7);
    expect(p.startDate).toBe('2026-12-01');
    expect(p.endDate).toBe('2026-12-07');
    expect(p.endsAt.toISOString()).toBe('2026-12-07T16:00:00.000Z');
    // 23:30 China on 30 Nov: the same UTC date, but a day earlier in China.
    const q = noticePeriod(new Date('2026-11-30T15:30:00Z'), 7);
    expect(q.startDate).toBe('2026-11-30');
    expect(q.endDate).toBe('2026-12-06');
  });

  it('a one-day period ends at the next China midnight', () => {
    const p = noticePeriod(published, 1);
    expect(p.endDate).toBe('2026-11-28');
    expect(p.endsAt.toISOString()).toBe('2026-11-28T16:00:00.000Z');
  });

  it('refuses periods shorter than a day or fractional', () => {
    expect(() => noticePeriod(published, 0)).toThrow(RangeError);
    expect(() => noticePeriod(published, -7)).toThrow(RangeError);
    expect(() => noticePeriod(published, 6.5)).toThrow(RangeError);
  });
});

describe('daysLeft', () => {
  const { endsAt } = noticePeriod(new Date('2026-11-28T02:00:00Z'), 7);

  it('is 7 on the day of publication and 1 on the last day', () => {
    expect(daysLeft(endsAt, new Date('2026-11-28T02:00:00Z'))).toBe(7);
    // 00:00 China on the first day
    expect(daysLeft(endsAt, new Date('2026-11-27T16:00:00Z'))).toBe(7);
    // 00:00 and 23:59:59 China on the last day (4 Dec)
    expect(daysLeft(endsAt, new Date('2026-12-03T16:00:00Z'))).toBe(1);
    expect(daysLeft(endsAt, new Date('2026-12-04T15:59:59Z'))).toBe(1);
    // the day before the last day
    expect(daysLeft(endsAt, new Date('2026-12-03T15:59:59Z'))).toBe(2);
  });

  it('is 0 at and after the end', () => {
    expect(daysLeft(endsAt, endsAt)).toBe(0);
    expect(daysLeft(endsAt, new Date('2027-01-01T00:00:00Z'))).toBe(0);
  });
});

describe('formatting', () => {
  it('formats in China time, 24-hour, unpadded date parts', () => {
    expect(formatChinaDate(new Date('2026-11-28T06:05:00Z'))).toBe('2026年11月28日');
    expect(formatChinaDateTime(new Date('2026-11-28T06:05:00Z'))).toBe('2026年11月28日 14:05');
    // 23:30 UTC on 4 Jan is 07:30 China on 5 Jan
    expect(formatChinaDateTime(new Date('2027-01-04T23:30:00Z'))).toBe('2027年1月5日 07:30');
    expect(formatChinaDate(new Date('2026-11-30T16:30:00Z'))).toBe('2026年12月1日');
  });
});

describe('ageOn', () => {
  const birth = { year: 1970, month: 6, day: 15 };

  it('turns a year older on the birthday, not the day before', () => {
    expect(ageOn(birth, '2026-06-14')).toBe(55);
    expect(ageOn(birth, '2026-06-15')).toBe(56);
    expect(ageOn(birth, '2026-12-31')).toBe(56);
    expect(ageOn(birth, '2026-01-01')).toBe(55);
  });

  it('treats a 29 February birthday as reached on 1 March in common years', () => {
    const leapling = { year: 2000, month: 2, day: 29 };
    expect(ageOn(leapling, '2026-02-28')).toBe(25);
    expect(ageOn(leapling, '2026-03-01')).toBe(26);
    expect(ageOn(leapling, '2028-02-29')).toBe(28);
  });
});
