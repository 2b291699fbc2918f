// The facts lib/domain/stable-exit.ts decides 稳定脱贫 from, read for a set of households. Shared by the
// public progress (aggregates only) and the officials' income pages, so both apply one rule to the same
// rows. Reads no *_private table.
import { and, asc, eq, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '@/db/client';
import { guarantees, householdMembers, incomeProjects, incomeRecords, trainings } from '@/db/schema';
import { chinaDateString } from '@/lib/domain/time';
import { stableExit, type StableExit, type StableExitFacts, type StableExitMember } from '@/lib/domain/stable-exit';

/**
 * `among`, when given, is a subquery selecting the same households as `householdIds` (e.g. every household
 * of a programme): the reads then name it instead of sending the ids back as bind parameters, of which a
 * statement may carry at most 65,535.
 */
export async function stableExitFacts(db: Db | Tx, householdIds: readonly number[], among?: SQL): Promise<Map<number, StableExitFacts>> {
  const facts = new Map<number, StableExitFacts>();
  for (const id of householdIds) facts.set(id, { figures: [], members: [], housing: false, projects: 0, skilled: 0 });
  if (householdIds.length === 0) return facts;
  const ids = [...householdIds];
  const ofThese = (column: AnyPgColumn) => (among ? sql`${column} in (${among})` : inArray(column, ids));
  const [figures, members, housed, projects, trained] = await Promise.all([
    db
      .select({ householdId: incomeRecords.householdId, year: incomeRecords.year, incomePerCapita: incomeRecords.incomePerCapita, confirmedAt: incomeRecords.confirmedAt })
      .from(incomeRecords)
      .where(ofThese(incomeRecords.householdId))
      .orderBy(asc(incomeRecords.year)),
    // 新农合, 新农保 and 低保 per entered member (relation recorded); members only declared do not count.
    db
      .select({
        householdId: householdMembers.householdId,
        birthDate: householdMembers.birthDate,
        ruralMedical: householdMembers.ruralMedical,
        ruralPension: householdMembers.ruralPension,
        dibao: householdMembers.dibao,
      })
      .from(householdMembers)
      .where(and(ofThese(householdMembers.householdId), isNotNull(householdMembers.relation))),
    // Only housing is decided by the guarantee records; the other kinds record help given (lib/domain/stable-exit.ts).
    db.select({ householdId: guarantees.householdId }).from(guarantees).where(and(ofThese(guarantees.householdId), eq(guarantees.kind, 'housing'))),
    db.select({ householdId: incomeProjects.householdId }).from(incomeProjects).where(ofThese(incomeProjects.householdId)),
    // `skilled` counts members, not trainings (实用技术培训): a member trained twice is one member with a
    // practical skill. Only a training record counts (docs/DOMAIN.md: "from a training record"), not the skills
    // typed on a member's row.
    db
      .select({ householdId: trainings.householdId, members: sql<number>`count(distinct ${trainings.memberId})::int` })
      .from(trainings)
      .where(ofThese(trainings.householdId))
      .groupBy(trainings.householdId),
  ]);
  for (const f of figures) {
    (facts.get(f.householdId)!.figures as StableExitFacts['figures'][number][]).push({ year: f.year, incomePerCapita: f.incomePerCapita, confirmed: f.confirmedAt !== null });
  }
  for (const { householdId, birthDate, ...m } of members) {
    // An entered member has a birth date (household_members_entered_ck).
    (facts.get(householdId)!.members as StableExitMember[]).push({ birthDate: birthDate!, ...m });
  }
  for (const g of housed) (facts.get(g.householdId) as { housing: boolean }).housing = true;
  for (const p of projects) facts.get(p.householdId)!.projects++;
  for (const t of trained) (facts.get(t.householdId) as { skilled: number }).skilled = t.members;
  return facts;
}

/** 稳定脱贫 for each household, by id, at `now` (members' ages for 新农保 are taken on its China date). */
export async function stableExits(db: Db | Tx, householdIds: readonly number[], threshold: number, now: Date, among?: SQL): Promise<Map<number, StableExit>> {
  const facts = await stableExitFacts(db, householdIds, among);
  const today = chinaDateString(now);
  return new Map([...facts].map(([id, f]) => [id, stableExit(f, threshold, today)]));
}
