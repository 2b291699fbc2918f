import { chinaDateString } from './time';

/** The programme year shown as "this year": today's China year, kept within the programme's years. */
export function currentProgrammeYear(programme: { startYear: number; endYear: number }, now: Date): number {
  const year = Number(chinaDateString(now).slice(0, 4));
  return Math.min(Math.max(year, programme.startYear), programme.endYear);
}
