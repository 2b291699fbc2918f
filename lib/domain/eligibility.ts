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

// ——— Screening on the members (issue 10 item 2, docs/DOMAIN.md "Decisions, second round") ———
// Eligible means all of: the household lives in a village (村委会); its per-capita income is strictly
// below the threshold; at least one member holds a disability certificate; at least one member is able
// to work (fully or partly) and willing to. A condition not recorded (null) is not shown, so it fails.

export const SCREENING_CRITERIA = ['not_rural', 'income', 'no_certificate', 'no_labour'] as const;
export type ScreeningFailure = (typeof SCREENING_CRITERIA)[number];

export type ScreenedMember = {
  /** Holds a disability certificate (残疾人证). */
  certificate: boolean;
  labourCapacity: 'full' | 'partial' | 'none' | null;
  willingToWork: boolean | null;
};

export type ScreenedHousehold = { rural: boolean; incomePerCapita: number; members: readonly ScreenedMember[] };

/** The conditions the household does not meet, in the order of SCREENING_CRITERIA; empty = eligible. */
export function screeningFailures(h: ScreenedHousehold, programme: { incomeThreshold: number }): ScreeningFailure[] {
  const failures: ScreeningFailure[] = [];
  if (!h.rural) failures.push('not_rural');
  if (!Number.isFinite(h.incomePerCapita) || h.incomePerCapita < 0 || h.incomePerCapita >= programme.incomeThreshold) failures.push('income');
  if (!h.members.some((m) => m.certificate)) failures.push('no_certificate');
  if (!h.members.some((m) => (m.labourCapacity === 'full' || m.labourCapacity === 'partial') && m.willingToWork === true)) failures.push('no_labour');
  return failures;
}
