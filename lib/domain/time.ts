// China time (北京时间). Every notice period is counted in calendar days in China, whatever the
// server's own time zone is (Vercel runs in UTC), so no function here may use local-time Date methods.
//
// We use fixed +8 arithmetic rather than Intl.DateTimeFormat: China has had no daylight saving time
// since 1991 and no notice predates the product, so the offset is constant; fixed arithmetic does not
// depend on the ICU time-zone data a Node build happens to ship, and it is exact and cheap to reverse
// (date string → instant), which Intl cannot do.

export const CHINA_TIME_ZONE = 'Asia/Shanghai';

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export type CalendarDate = { year: number; month: number; day: number };

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when year/month/day name a day that exists in the Gregorian calendar. */
export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Parses a strict 'YYYY-MM-DD' string; throws RangeError otherwise, so a typo never becomes a date. */
export function parseDateString(dateString: string): CalendarDate {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dateString);
  if (!m) throw new RangeError(`Not a YYYY-MM-DD date: ${dateString}`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (!isRealDate(year, month, day)) throw new RangeError(`No such date: ${dateString}`);
  return { year, month, day };
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function formatDateString(d: CalendarDate): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

// setUTCFullYear rather than Date.UTC, which maps years 0–99 to 1900–1999.
function utcMidnightMs(d: CalendarDate): number {
  const date = new Date(0);
  date.setUTCFullYear(d.year, d.month - 1, d.day);
  return date.getTime();
}

function assertValidInstant(instant: Date): number {
  const t = instant.getTime();
  if (Number.isNaN(t)) throw new RangeError('Invalid Date');
  return t;
}

/** The wall-clock fields of an instant in China, read from a Date shifted by +8 h. */
function chinaFields(instant: Date): CalendarDate & { hour: number; minute: number } {
  const shifted = new Date(assertValidInstant(instant) + CHINA_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
}

/** 'YYYY-MM-DD' of the instant in China. */
export function chinaDateString(instant: Date): string {
  return formatDateString(chinaFields(instant));
}

/** The instant of 00:00:00 China time on the given date. */
export function startOfChinaDay(dateString: string): Date {
  return new Date(utcMidnightMs(parseDateString(dateString)) - CHINA_OFFSET_MS);
}

export function addDays(dateString: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`days must be an integer: ${days}`);
  const shifted = new Date(utcMidnightMs(parseDateString(dateString)) + days * DAY_MS);
  return formatDateString({
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  });
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round(
    (utcMidnightMs(parseDateString(to)) - utcMidnightMs(parseDateString(from))) / DAY_MS,
  );
}

/**
 * Notice period (公示期): published on China day D, open through 23:59:59 of D+days-1.
 * `endsAt` is exclusive (00:00 of D+days) so "open" is simply `now < endsAt`, with no 23:59:59.999
 * edge to get wrong.
 */
export function noticePeriod(
  publishedAt: Date,
  days: number,
): { startDate: string; endDate: string; endsAt: Date } {
  if (!Number.isInteger(days) || days < 1) {
    throw new RangeError(`A notice period must be a whole number of days >= 1: ${days}`);
  }
  const startDate = chinaDateString(publishedAt);
  return {
    startDate,
    endDate: addDays(startDate, days - 1),
    endsAt: startOfChinaDay(addDays(startDate, days)),
  };
}

/**
 * Calendar days left, counting today (China time): 1 on the last day, 0 once `now >= endsAt`.
 * Computed from the last open instant so it stays right even if `endsAt` is not at midnight.
 */
export function daysLeft(endsAt: Date, now: Date): number {
  const end = assertValidInstant(endsAt);
  if (assertValidInstant(now) >= end) return 0;
  const lastOpenDay = chinaDateString(new Date(end - 1));
  return daysBetween(chinaDateString(now), lastOpenDay) + 1;
}

/** e.g. '2026年11月28日' (the usual unpadded Chinese form). */
export function formatChinaDate(instant: Date): string {
  const f = chinaFields(instant);
  return `${f.year}年${f.month}月${f.day}日`;
}

/** e.g. '2026年11月28日 14:05' (24-hour clock, China time). */
export function formatChinaDateTime(instant: Date): string {
  const f = chinaFields(instant);
  return `${f.year}年${f.month}月${f.day}日 ${pad(f.hour)}:${pad(f.minute)}`;
}

/**
 * Age in whole years (周岁) on `today` ('YYYY-MM-DD', China date). A birthday counts from the day
 * itself; someone born on 29 February turns a year older on 1 March in common years.
 */
export function ageOn(birth: CalendarDate, today: string): number {
  const t = parseDateString(today);
  const hadBirthday = t.month > birth.month || (t.month === birth.month && t.day >= birth.day);
  return t.year - birth.year - (hadBirthday ? 0 : 1);
}
