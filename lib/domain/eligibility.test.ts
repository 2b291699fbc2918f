import { describe, it, expect } from 'vitest';
import { checkEligibility, isEligible, screeningFailures } from './eligibility';

const programme = { incomeThreshold: 2800 };
const household = { incomePerCapita: 2799, householdSize: 4, disabledMembers: 1 };

describe('checkEligibility', () => {
  it('accepts income just below the threshold', () => {
    expect(checkEligibility(household, programme)).toEqual([]);
    expect(isEligible(household, programme)).toBe(true);
    expect(isEligible({ ...household, incomePerCapita: 2799.99 }, programme)).toBe(true);
    expect(isEligible({ ...household, incomePerCapita: 0 }, programme)).toBe(true);
  });

  it('refuses income at or above the threshold (strictly below is required)', () => {
    expect(checkEligibility({ ...household, incomePerCapita: 2800 }, programme)).toEqual([
      { field: 'incomePerCapita', error: 'income_at_or_above_threshold' },
    ]);
    expect(isEligible({ ...household, incomePerCapita: 2800 }, programme)).toBe(false);
    expect(isEligible({ ...household, incomePerCapita: 5000 }, programme)).toBe(false);
  });

  it('uses the programme threshold, not a constant', () => {
    expect(isEligible({ ...household, incomePerCapita: 2900 }, { incomeThreshold: 3000 })).toBe(
      true,
    );
  });

  it('refuses negative and non-numeric income', () => {
    expect(checkEligibility({ ...household, incomePerCapita: -1 }, programme)).toEqual([
      { field: 'incomePerCapita', error: 'income_negative' },
    ]);
    expect(checkEligibility({ ...household, incomePerCapita: Number.NaN }, programme)).toEqual([
      { field: 'incomePerCapita', error: 'income_invalid' },
    ]);
  });

  it('requires a whole household of at least one person', () => {
    expect(checkEligibility({ ...household, householdSize: 0, disabledMembers: 0 }, programme))
      .toEqual([
        { field: 'householdSize', error: 'household_size_invalid' },
        { field: 'disabledMembers', error: 'no_disabled_member' },
      ]);
    expect(checkEligibility({ ...household, householdSize: 2.5 }, programme)).toEqual([
      { field: 'householdSize', error: 'household_size_invalid' },
    ]);
  });

  it('requires at least one disabled member, and no more than the household size', () => {
    expect(checkEligibility({ ...household, disabledMembers: 0 }, programme)).toEqual([
      { field: 'disabledMembers', error: 'no_disabled_member' },
    ]);
    expect(checkEligibility({ ...household, disabledMembers: 5 }, programme)).toEqual([
      { field: 'disabledMembers', error: 'disabled_exceeds_size' },
    ]);
    expect(checkEligibility({ ...household, disabledMembers: 4 }, programme)).toEqual([]);
    expect(checkEligibility({ ...household, disabledMembers: 1.5 }, programme)).toEqual([
      { field: 'disabledMembers', error: 'disabled_members_invalid' },
    ]);
  });

  it('reports every failing field at once', () => {
    const errors = checkEligibility(
      { incomePerCapita: 3000, householdSize: 1, disabledMembers: 2 },
      programme,
    );
    expect(errors.map((e) => e.error)).toEqual([
      'income_at_or_above_threshold',
      'disabled_exceeds_size',
    ]);
  });
});

describe('screeningFailures (the members rule)', () => {
  const P = { incomeThreshold: 2800 };
  const worker = { certificate: false, labourCapacity: 'full' as const, willingToWork: true };
  const disabled = { certificate: true, labourCapacity: 'none' as const, willingToWork: false };
  const base = { rural: true, incomePerCapita: 2000, members: [disabled, worker] };

  it('is eligible with all four conditions met, the worker and the certificate holder being different members', () => {
    expect(screeningFailures(base, P)).toEqual([]);
    expect(screeningFailures({ ...base, members: [{ certificate: true, labourCapacity: 'partial', willingToWork: true }] }, P)).toEqual([]);
  });

  it('names each condition not met', () => {
    expect(screeningFailures({ ...base, rural: false }, P)).toEqual(['not_rural']);
    expect(screeningFailures({ ...base, incomePerCapita: 2800 }, P)).toEqual(['income']); // strictly below
    expect(screeningFailures({ ...base, incomePerCapita: Number.NaN }, P)).toEqual(['income']);
    expect(screeningFailures({ ...base, members: [worker] }, P)).toEqual(['no_certificate']);
    expect(screeningFailures({ ...base, members: [disabled] }, P)).toEqual(['no_labour']);
    expect(screeningFailures({ rural: false, incomePerCapita: 9000, members: [] }, P)).toEqual(['not_rural', 'income', 'no_certificate', 'no_labour']);
  });

  it('does not count labour or willingness that is not recorded, nor ability without willingness', () => {
    expect(screeningFailures({ ...base, members: [disabled, { ...worker, willingToWork: null }] }, P)).toEqual(['no_labour']);
    expect(screeningFailures({ ...base, members: [disabled, { ...worker, labourCapacity: null }] }, P)).toEqual(['no_labour']);
    expect(screeningFailures({ ...base, members: [disabled, { ...worker, willingToWork: false }] }, P)).toEqual(['no_labour']);
  });
});
