// Help measures (帮扶措施) for a filed household (建档户), as the city's measures set them: a Party cadre
// paired with the household (结对帮扶), one or two helpers (帮扶人), and at least one income project
// (增收项目). Pure rules: no database, no clock (pass `now`).
import { chinaDateString } from './time';

/** 委派1-2名致富带头人、技术能手、科技特派员或党员经济能人: never more than two per household. */
export const MAX_HELPERS = 2;

/** What a filed household still lacks before its help is complete. */
export type HelpGap = 'pairing' | 'helpers' | 'project';

export type HelpCounts = { paired: boolean; helpers: number; projects: number };

/** The missing measures, in the order the measures list them; empty when the help is in place. */
export function helpGaps(counts: HelpCounts): HelpGap[] {
  const gaps: HelpGap[] = [];
  if (!counts.paired) gaps.push('pairing');
  if (counts.helpers < 1) gaps.push('helpers');
  if (counts.projects < 1) gaps.push('project');
  return gaps;
}

/** True while the household has fewer than two helpers. */
export function canAddHelper(helpers: number): boolean {
  return helpers < MAX_HELPERS;
}

/**
 * True when a 'YYYY-MM-DD' date lies after today in China. Agreements, projects, visits and loans
 * record what has happened, so a future date is a typo; the ISO form compares correctly as text.
 */
export function isAfterToday(dateString: string, now: Date): boolean {
  return dateString > chinaDateString(now);
}
