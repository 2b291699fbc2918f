// Eligibility (帮扶对象条件): a rural household (农村家庭) with at least one disabled member whose
// annual per-capita net income (年人均纯收入) is strictly below the programme threshold (2,800 yuan
// in the source measures; stored per programme). Labour capacity and willingness to work are judged
// by the village and township, not computed here.

export type EligibilityError =
  | 'income_invalid'
  | 'income_negative'
  | 'income_at_or_above_threshold'
  | 'household_size_invalid'
  | 'disabled_members_invalid'
  | 'no_disabled_member'
  | 'disabled_exceeds_size';

export type HouseholdFacts = {
  /** yuan per person per year */
  incomePerCapita: number;
  /** 家庭人口 */
  householdSize: number;
  /** 残疾人口 */
  disabledMembers: number;
};

export type EligibilityField = keyof HouseholdFacts;

export function checkEligibility(
  h: HouseholdFacts,
  programme: { incomeThreshold: number },
): { field: EligibilityField; error: EligibilityError }[] {
  const errors: { field: EligibilityField; error: EligibilityError }[] = [];

  // NaN compares false with everything, so it must be caught before the threshold check.
  if (!Number.isFinite(h.incomePerCapita)) {
    errors.push({ field: 'incomePerCapita', error: 'income_invalid' });
  } else if (h.incomePerCapita < 0) {
    errors.push({ field: 'incomePerCapita', error: 'income_negative' });
  } else if (h.incomePerCapita >= programme.incomeThreshold) {
    errors.push({ field: 'incomePerCapita', error: 'income_at_or_above_threshold' });
  }

  const sizeOk = Number.isInteger(h.householdSize) && h.householdSize >= 1;
  if (!sizeOk) errors.push({ field: 'householdSize', error: 'household_size_invalid' });

  if (!Number.isInteger(h.disabledMembers)) {
    errors.push({ field: 'disabledMembers', error: 'disabled_members_invalid' });
  } else if (h.disabledMembers < 1) {
    errors.push({ field: 'disabledMembers', error: 'no_disabled_member' });
  } else if (sizeOk && h.disabledMembers > h.householdSize) {
    errors.push({ field: 'disabledMembers', error: 'disabled_exceeds_size' });
  }

  return errors;
}

export function isEligible(h: HouseholdFacts, programme: { incomeThreshold: number }): boolean {
  return checkEligibility(h, programme).length === 0;
}
