// Rules of the duties the source names besides the help measures (issue 10 item 5): practical skills
// (实用技术培训, 1–2 per household), developing disabled Party members (measure 5, 发展残疾人党员),
// joint meetings (联席会议), inspections (督导检查) with their required fixes (整改). Pure: `now` is passed in.
import { isAfterToday } from './help';
import { isWithin } from './regions';
import { chinaDateString } from './time';

/** The programme's aim: every household learns 1–2 practical skills (措施2, 技术扶持). */
export const SKILLS_AIM = { min: 1, max: 2 } as const;

/** The stages of joining the Party, in order: 入党申请人 → 入党积极分子 → 发展对象 → 预备党员 → 党员. */
export const PARTY_STAGES = ['applicant', 'activist', 'candidate', 'probationary', 'member'] as const;
export type PartyStage = (typeof PARTY_STAGES)[number];

/** The date field of each stage, in the same order. */
export const PARTY_DATE_FIELDS = ['appliedOn', 'activistOn', 'candidateOn', 'probationaryOn', 'memberOn'] as const;
export type PartyDateField = (typeof PARTY_DATE_FIELDS)[number];
export type PartyDates = { [K in PartyDateField]: string | null };

/** The stage a person has reached: the last stage with a date. */
export function partyStage(dates: PartyDates): PartyStage {
  let stage: PartyStage = 'applicant';
  PARTY_DATE_FIELDS.forEach((field, i) => {
    if (dates[field] !== null) stage = PARTY_STAGES[i]!;
  });
  return stage;
}

export type PartyDateProblem = 'future' | 'skipped' | 'beforePrevious' | 'movedBack';

/**
 * What is wrong with a person's stage dates, field by field: a date after today, a stage reached
 * without the one before it, a date before the previous stage's, or (against `before`, the stored
 * record) a stage already reached that the new record drops: stages only move forward.
 */
export function partyDateProblems(dates: PartyDates, now: Date, before?: PartyDates | null): Partial<Record<PartyDateField, PartyDateProblem>> {
  const problems: Partial<Record<PartyDateField, PartyDateProblem>> = {};
  PARTY_DATE_FIELDS.forEach((field, i) => {
    const value = dates[field];
    if (value === null) {
      if (before && before[field] !== null) problems[field] = 'movedBack';
      return;
    }
    if (isAfterToday(value, now)) {
      problems[field] = 'future';
      return;
    }
    if (i === 0) return;
    const previous = dates[PARTY_DATE_FIELDS[i - 1]!];
    if (previous === null) problems[field] = 'skipped';
    else if (value < previous) problems[field] = 'beforePrevious';
  });
  return problems;
}

/** The bodies that attend a joint meeting, from the source's list (各级党委组织部和残联等部门). */
export const MEETING_BODIES = ['county_org', 'county_dpf', 'county_government', 'township_party', 'township_dpf', 'village_party', 'city_org', 'city_dpf'] as const;
export type MeetingBody = (typeof MEETING_BODIES)[number];
/** A joint meeting brings at least two bodies together (the listed ones plus "other", if named). */
export const MIN_MEETING_BODIES = 2;

/** An inspection is of a region strictly below the inspector's own (the city of a county, a county of a township…). */
export function mayInspect(inspectorRegionCode: string, regionCode: string): boolean {
  return regionCode !== inspectorRegionCode && isWithin(regionCode, inspectorRegionCode);
}

export type FixState = 'open' | 'overdue' | 'fixed';

/** A required fix is overdue from the day after its due date (China time) until it is fixed. */
export function fixState(fix: { dueOn: string; fixedOn: string | null }, now: Date): FixState {
  if (fix.fixedOn !== null) return 'fixed';
  return fix.dueOn < chinaDateString(now) ? 'overdue' : 'open';
}
