import { describe, expect, it } from 'vitest';
import { stableExit, tallyStableExit, type StableExitFacts, type StableExitMember } from './stable-exit';

const T = 2800;
const TODAY = '2026-11-28';
const adult: StableExitMember = { birthDate: '1980-05-01', ruralMedical: true, ruralPension: true, dibao: 'granted' };
const all: StableExitFacts = {
  figures: [{ year: 2025, incomePerCapita: 3000, confirmed: true }],
  members: [adult, { ...adult, birthDate: '1982-03-04', dibao: 'not_eligible' }],
  housing: true,
  projects: 1,
  skilled: null,
};
const exit = (facts: StableExitFacts) => stableExit(facts, T, TODAY);
const withMember = (m: Partial<StableExitMember>) => exit({ ...all, members: [...all.members, { ...adult, ...m }] });

describe('stableExit (稳定脱贫)', () => {
  it('is out when every recorded condition holds, from the first year of the run above the threshold', () => {
    expect(exit(all)).toMatchObject({ out: true, since: 2025 });
    expect(exit({ ...all, skilled: 1 }).out).toBe(true);
  });

  it('goes back to "not yet" when a later confirmed year falls below the threshold', () => {
    const fell = { ...all, figures: [...all.figures, { year: 2026, incomePerCapita: 2799, confirmed: true }] };
    expect(exit(fell)).toMatchObject({ out: false, since: null, conditions: { income: false } });
    // An unconfirmed low figure does not count yet.
    const pending = { ...all, figures: [...all.figures, { year: 2026, incomePerCapita: 100, confirmed: false }] };
    expect(exit(pending).out).toBe(true);
  });

  it('needs housing, a project and (once recorded) a skill', () => {
    expect(exit({ ...all, housing: false })).toMatchObject({ out: false, conditions: { housing: false } });
    expect(exit({ ...all, projects: 0 }).conditions.project).toBe(false);
    expect(exit({ ...all, projects: 0 }).out).toBe(false);
    expect(exit({ ...all, skilled: 0 }).out).toBe(false);
    expect(exit({ ...all, figures: [] }).out).toBe(false);
  });

  it('needs every entered member in 新农合: one member not enrolled (or not recorded) fails medical', () => {
    expect(withMember({ ruralMedical: false })).toMatchObject({ out: false, conditions: { medical: false, pension: true, dibao: true } });
    expect(withMember({ ruralMedical: null }).conditions.medical).toBe(false);
  });

  it('needs 新农保 of members aged 16 and over only, on today', () => {
    // 15 today (16 tomorrow): not yet required.
    const fifteen = withMember({ birthDate: '2010-11-29', ruralPension: false });
    expect(fifteen).toMatchObject({ out: true, conditions: { pension: true } });
    expect(withMember({ birthDate: '2010-11-29', ruralPension: null }).conditions.pension).toBe(true);
    // 16 today: required.
    expect(withMember({ birthDate: '2010-11-28', ruralPension: false })).toMatchObject({ out: false, conditions: { pension: false } });
    expect(withMember({ ruralPension: null }).conditions.pension).toBe(false);
    // A child still needs 新农合.
    expect(withMember({ birthDate: '2020-01-01', ruralPension: false, ruralMedical: false }).conditions.medical).toBe(false);
  });

  it('needs every entered member’s 低保 settled: granted or not eligible; pending, none or not recorded fails', () => {
    expect(withMember({ dibao: 'pending' })).toMatchObject({ out: false, conditions: { dibao: false, medical: true } });
    expect(withMember({ dibao: 'none' }).conditions.dibao).toBe(false);
    expect(withMember({ dibao: null }).conditions.dibao).toBe(false);
    expect(withMember({ dibao: 'not_eligible' }).conditions.dibao).toBe(true);
  });

  it('a household with no entered member meets none of the members’ conditions', () => {
    expect(exit({ ...all, members: [] })).toMatchObject({ out: false, conditions: { medical: false, pension: false, dibao: false, housing: true } });
  });

  it('tallies each condition and the whole; a condition nobody records stays null', () => {
    const results = [exit(all), exit({ ...all, projects: 0 }), exit({ ...all, figures: [], members: [], housing: false })];
    expect(tallyStableExit(results)).toEqual({
      out: 1,
      conditions: { income: 2, medical: 2, pension: 2, dibao: 2, housing: 2, skill: null, project: 2 },
    });
  });
});
