// 张贴记录: where and when a published notice was posted on a village board (issue 9 item 2).
// Officials give the wall-clock date and time in China, to the minute; the server decides whether it
// is in the future or before the publication.
import { isRealDate } from './time';

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The instant of a China date ('YYYY-MM-DD') and time ('HH:MM'), or null when either is not real. */
export function chinaInstant(date: string, time: string): Date | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const [year, month, day, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number) as [number, number, number, number, number];
  if (!isRealDate(year, month, day) || hour > 23 || minute > 59) return null;
  return new Date(Date.UTC(year, month - 1, day, hour, minute) - CHINA_OFFSET_MS);
}

export type PostingTimeProblem = 'future' | 'before_publication';

/**
 * Why a posting time cannot be right: later than now (by the server's clock), or earlier than the
 * notice's publication (a notice is posted once it is published; the same minute counts as earlier,
 * since the time is given to the minute and publication to the second).
 */
export function postingTimeProblem(postedAt: Date, publishedAt: Date, now: Date): PostingTimeProblem | null {
  if (postedAt.getTime() > now.getTime()) return 'future';
  if (postedAt.getTime() < publishedAt.getTime()) return 'before_publication';
  return null;
}

/** A posting is recorded for a notice that was published and is not withdrawn or replaced. */
export function noticeTakesPosting(status: string): boolean {
  return status === 'published' || status === 'closed';
}

/**
 * A posting record made by mistake (wrong place, wrong date) is withdrawn (撤回) while the notice is
 * still published: once it is closed, withdrawn or replaced, its record is kept as it stands.
 */
export function noticeTakesPostingWithdrawal(status: string): boolean {
  return status === 'published';
}
