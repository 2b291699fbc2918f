// The household fields of annex 1 (帮扶对象登记表), read in one place: the columns every page, print,
// roster and the edit action select, and the form's values made from them (REPETITION item 2). The
// sizes are selected (annex 1 prints them) but not on the form: they are counted from the members.
import { householdPrivate, households } from '@/db/schema';

export const annexOneColumns = {
  year: households.year,
  villageCode: households.villageCode,
  villageGroup: households.villageGroup,
  fullName: householdPrivate.fullName,
  sex: households.sex,
  ethnicity: householdPrivate.ethnicity,
  age: households.age,
  certificateNumber: householdPrivate.certificateNumber,
  disabilityCategory: households.disabilityCategory,
  disabilityGrade: households.disabilityGrade,
  householdSize: households.householdSize,
  disabledMembers: households.disabledMembers,
  phone: householdPrivate.phone,
  incomePerCapita: households.incomePerCapita,
  address: householdPrivate.address,
  employmentIntention: householdPrivate.employmentIntention,
};

/** The fields the registration and edit forms type (and the edit compares), in the form's order. */
export const householdFormFields = [
  'year',
  'villageCode',
  'villageGroup',
  'fullName',
  'sex',
  'ethnicity',
  'age',
  'certificateNumber',
  'disabilityCategory',
  'disabilityGrade',
  'phone',
  'incomePerCapita',
  'address',
  'employmentIntention',
] as const satisfies readonly (keyof typeof annexOneColumns)[];

export type HouseholdFormField = (typeof householdFormFields)[number];

type FormSource = Record<HouseholdFormField, string | number | null>;

/** A stored household as the form's strings (an empty optional field is ''): the edit form's defaults. */
export function householdFormValues(h: FormSource): Record<HouseholdFormField, string> {
  return Object.fromEntries(householdFormFields.map((f) => [f, h[f] === null ? '' : String(h[f])])) as Record<HouseholdFormField, string>;
}
