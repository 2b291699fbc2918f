// Dates on public pages in the visitor's language, always in China's time zone (lib/domain/time.ts):
// Chinese 2026年11月30日, English 30 Nov 2026.
import { formatChinaDate, formatChinaDateTime, startOfChinaDay, CHINA_TIME_ZONE } from '@/lib/domain/time';
import type { Locale } from './locale';

const englishDate = new Intl.DateTimeFormat('en-GB', { timeZone: CHINA_TIME_ZONE, day: 'numeric', month: 'short', year: 'numeric' });
const englishDateTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: CHINA_TIME_ZONE,
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export type DateFormat = {
  /** An instant's date in China: 2026年11月30日 / 30 Nov 2026. */
  date(instant: Date): string;
  /** An instant's date and time in China: 2026年11月30日 14:05 / 30 Nov 2026, 14:05. */
  dateTime(instant: Date): string;
  /** A calendar date string (YYYY-MM-DD) as a date. */
  day(dateString: string): string;
};

export function dateFormat(locale: Locale): DateFormat {
  const date = locale === 'en' ? (d: Date) => englishDate.format(d) : formatChinaDate;
  return {
    date,
    dateTime: locale === 'en' ? (d: Date) => englishDateTime.format(d) : formatChinaDateTime,
    day: (s: string) => date(startOfChinaDay(s)),
  };
}

/** Numbers with the locale's grouping: 12,000 either way, but per locale all the same. */
export function formatNumber(locale: Locale, n: number): string {
  return n.toLocaleString(locale);
}
