import { describe, expect, it } from 'vitest';
import { stableExit, tallyStableExit, type StableExitFacts } from './stable-exit';

const T = 2800;
const all: StableExitFacts = {
  figures: [{ year: 2025, incomePerCapita: 3000, confirmed: true }],
  guarantees: ['dibao', 'rural_medical', 'rural_pension', 'housing'],
  projects: 1,
  skilled: null,
};

describe('stableExit (稳定脱贫)', () => {
  it('is out when every recorded condition holds, from the first year of the run above the threshold', () => {
    expect(stableExit(all, T)).toMatchObject({ out: true, since: 2025 });
    expect(stableExit({ ...all, skilled: 1 }, T).out).toBe(true);
  });

  it('goes back to "not yet" when a later confirmed year falls below the threshold', () => {
    const fell = { ...all, figures: [...all.figures, { year: 2026, incomePerCapita: 2799, confirmed: true }] };
    expect(stableExit(fell, T)).toMatchObject({ out: false, since: null, conditions: { income: false } });
    // An unconfirmed low figure does not count yet.
    const pending = { ...all, figures: [...all.figures, { year: 2026, incomePerCapita: 100, confirmed: false }] };
    expect(stableExit(pending, T).out).toBe(true);
  });

  it('needs every guarantee, a project and (once recorded) a skill', () => {
    for (const missing of ['dibao', 'rural_medical', 'rural_pension', 'housing'] as const) {
      expect(stableExit({ ...all, guarantees: all.guarantees.filter((g) => g !== missing) }, T).out, missing).toBe(false);
    }
    expect(stableExit({ ...all, projects: 0 }, T).conditions.project).toBe(false);
    expect(stableExit({ ...all, projects: 0 }, T).out).toBe(false);
    expect(stableExit({ ...all, skilled: 0 }, T).out).toBe(false);
    expect(stableExit({ ...all, figures: [] }, T).out).toBe(false);
  });

  it('tallies each condition and the whole; a condition nobody records stays null', () => {
    const results = [stableExit(all, T), stableExit({ ...all, projects: 0 }, T), stableExit({ ...all, figures: [], guarantees: [] }, T)];
    expect(tallyStableExit(results)).toEqual({
      out: 1,
      conditions: { income: 2, medical: 2, pension: 2, dibao: 2, housing: 2, skill: null, project: 2 },
    });
  });
});
