// The members of a household for the officials' members page (issue 10 item 1). Private (names, ID and
// certificate numbers): call only after getHousehold allowed and recorded the read of this household.
import { asc, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { householdMemberPrivate, householdMembers } from '@/db/schema';
import type { HouseholdDetail } from './households';

export type MemberRow = {
  id: number;
  position: number;
  relation: (typeof householdMembers.$inferSelect)['relation'];
  sex: 'M' | 'F' | null;
  birthDate: string | null;
  disabled: boolean;
  disabilityCategory: number | null;
  disabilityGrade: number | null;
  labourCapacity: (typeof householdMembers.$inferSelect)['labourCapacity'];
  willingToWork: boolean | null;
  ruralMedical: boolean | null;
  ruralPension: boolean | null;
  dibao: (typeof householdMembers.$inferSelect)['dibao'];
  skills: string[];
  fullName: string | null;
  idNumber: string | null;
  certificateNumber: string | null;
};

/** `household` is what getHousehold returned: the proof that this official may read it, and that it was logged. */
export async function listMembers(household: Pick<HouseholdDetail, 'id'>): Promise<MemberRow[]> {
  const db = await getDb();
  return db
    .select({
      id: householdMembers.id,
      position: householdMembers.position,
      relation: householdMembers.relation,
      sex: householdMembers.sex,
      birthDate: householdMembers.birthDate,
      disabled: householdMembers.disabled,
      disabilityCategory: householdMembers.disabilityCategory,
      disabilityGrade: householdMembers.disabilityGrade,
      labourCapacity: householdMembers.labourCapacity,
      willingToWork: householdMembers.willingToWork,
      ruralMedical: householdMembers.ruralMedical,
      ruralPension: householdMembers.ruralPension,
      dibao: householdMembers.dibao,
      skills: householdMembers.skills,
      fullName: householdMemberPrivate.fullName,
      idNumber: householdMemberPrivate.idNumber,
      certificateNumber: householdMemberPrivate.certificateNumber,
    })
    .from(householdMembers)
    .leftJoin(householdMemberPrivate, eq(householdMemberPrivate.memberId, householdMembers.id))
    .where(eq(householdMembers.householdId, household.id))
    .orderBy(asc(householdMembers.position));
}
