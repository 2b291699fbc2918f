// 稳定脱贫 (out of poverty for good): the one rule every public and official figure uses (docs/DOMAIN.md
// "Decisions, second round"). On the latest county-confirmed year's record, all of:
//   income   per-capita income at or above the threshold (a later confirmed year below it puts the
//            household back to "not yet": lib/domain/income.ts povertyExitYear);
//   medical  every entered member (relation recorded) enrolled in 新农合;
//   pension  every entered member aged 16 or over enrolled in 新农保 (新农保 is for rural residents 16+);
//   dibao    every entered member's 低保 settled: granted, or assessed as not eligible (pending, none or
//            not recorded is not settled);
//   housing  housing secure (the household's guarantee record);
//   skill    a member has a practical skill from a training record;
//   project  at least one income project.
// medical, pension and dibao are read from the members (household_members), not from the household's
// guarantee records: those record the help given and are shown as such, but no longer decide a condition.
// A household with no entered member meets none of the three (nobody is known to be enrolled).
// Age for 新农保 is taken on `today` (China date), not at the confirmed year's end: the enrolment flags are
// the members' present state (no history is kept), so they are judged against the members' present age; a
// member who turns 16 must be enrolled from then on. `skill` comes from the training records
// (lib/data/stable-exit.ts); null ("not recorded") is left out of the rule. Pure: no database.
import { povertyExitYear, type IncomeFigure } from './income';
import { ageOn, parseDateString } from './time';

export const STABLE_EXIT_CONDITIONS = ['income', 'medical', 'pension', 'dibao', 'housing', 'skill', 'project'] as const;
export type StableExitCondition = (typeof STABLE_EXIT_CONDITIONS)[number];

export type StableExitFacts = {
  figures: readonly IncomeFigure[];
  /** The household's entered members (relation recorded), with their enrolment as household_members records it. */
  members: readonly StableExitMember[];
  /** Housing secured (the household's `housing` guarantee record). */
  housing: boolean;
  projects: number;
  /** Members with a practical skill from a training record, each once however many trainings (lib/data/stable-exit.ts); null: not recorded. */
  skilled: number | null;
};

export type StableExitMember = {
  /** 'YYYY-MM-DD' (from the ID number). */
  birthDate: string;
  ruralMedical: boolean | null;
  ruralPension: boolean | null;
  dibao: 'granted' | 'pending' | 'not_eligible' | 'none' | null;
};

/** 新农保 is for rural residents aged 16 and over. */
export const PENSION_AGE = 16;

/** Each condition: met, not met, or null when the product does not record it (yet). */
export type StableExitConditions = Record<StableExitCondition, boolean | null>;

export type StableExit = { out: boolean; since: number | null; conditions: StableExitConditions };

/** `today`: 'YYYY-MM-DD', the China date ages for 新农保 are taken on. */
export function stableExit(facts: StableExitFacts, threshold: number, today: string): StableExit {
  const exitYear = povertyExitYear(facts.figures, threshold);
  const { members } = facts;
  const everyMember = (ok: (m: StableExitMember) => boolean) => members.length > 0 && members.every(ok);
  const conditions: StableExitConditions = {
    income: exitYear !== null,
    medical: everyMember((m) => m.ruralMedical === true),
    pension: everyMember((m) => ageOn(parseDateString(m.birthDate), today) < PENSION_AGE || m.ruralPension === true),
    dibao: everyMember((m) => m.dibao === 'granted' || m.dibao === 'not_eligible'),
    housing: facts.housing,
    skill: facts.skilled === null ? null : facts.skilled > 0,
    project: facts.projects > 0,
  };
  const out = STABLE_EXIT_CONDITIONS.every((c) => conditions[c] !== false);
  return { out, since: out ? exitYear : null, conditions };
}

/** How many households meet each condition, and all of them, for the public and officials alike. */
export type StableExitTally = { out: number; conditions: Record<StableExitCondition, number | null> };

export function tallyStableExit(results: readonly StableExit[]): StableExitTally {
  const conditions = Object.fromEntries(
    STABLE_EXIT_CONDITIONS.map((c) => [c, results.some((r) => r.conditions[c] === null) ? null : results.filter((r) => r.conditions[c]).length]),
  ) as Record<StableExitCondition, number | null>;
  return { out: results.filter((r) => r.out).length, conditions };
}
