// 稳定脱贫 (out of poverty for good): the one rule every public and official figure uses (docs/DOMAIN.md
// "Decisions, second round"). On the latest county-confirmed year's record, all of:
//   income   per-capita income at or above the threshold (a later confirmed year below it puts the
//            household back to "not yet": lib/domain/income.ts povertyExitYear);
//   medical  新农合 enrolled;          pension  新农保 enrolled;
//   dibao    低保 settled;              housing  housing secure;
//   skill    a member has a practical skill from a training record;
//   project  at least one income project.
// The product records enrolment and 低保 per household (guarantees), not yet per member. `skill` comes
// from the training records (lib/data/stable-exit.ts); null ("not recorded") is left out of the rule.
// Pure: no database.
import { povertyExitYear, type IncomeFigure } from './income';

export const STABLE_EXIT_CONDITIONS = ['income', 'medical', 'pension', 'dibao', 'housing', 'skill', 'project'] as const;
export type StableExitCondition = (typeof STABLE_EXIT_CONDITIONS)[number];

export type StableExitFacts = {
  figures: readonly IncomeFigure[];
  /** The household's secured guarantees (db guaranteeKinds). */
  guarantees: readonly ('dibao' | 'rural_medical' | 'rural_pension' | 'housing')[];
  projects: number;
  /** Members with a practical skill from a training record, each once however many trainings (lib/data/stable-exit.ts); null: not recorded. */
  skilled: number | null;
};

/** Each condition: met, not met, or null when the product does not record it (yet). */
export type StableExitConditions = Record<StableExitCondition, boolean | null>;

export type StableExit = { out: boolean; since: number | null; conditions: StableExitConditions };

export function stableExit(facts: StableExitFacts, threshold: number): StableExit {
  const exitYear = povertyExitYear(facts.figures, threshold);
  const has = (k: StableExitFacts['guarantees'][number]) => facts.guarantees.includes(k);
  const conditions: StableExitConditions = {
    income: exitYear !== null,
    medical: has('rural_medical'),
    pension: has('rural_pension'),
    dibao: has('dibao'),
    housing: has('housing'),
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
