// Read models of the income follow-up (收入跟踪) for officials: each filed household's yearly per-capita
// income in the official's region, whether the county confirmed it and which body did, and whether the
// household has left poverty (lib/domain/income decides, from the programme threshold).
import { asc, eq, inArray, isNotNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { getDb } from '@/db';
import { householdPrivate, households, incomeRecords, officials, programmes, regions } from '@/db/schema';
import type { Official } from '@/lib/auth/official';
import { incomeYears } from '@/lib/domain/income';
import { stableExit, type StableExitConditions } from '@/lib/domain/stable-exit';
import { stableExitFacts } from '@/lib/data/stable-exit';
import { chinaDateString } from '@/lib/domain/time';
import type { Role } from '@/lib/domain/permissions';
import { householdTrainings, type TrainingRow } from './duties';
import { getHouseholdHeader, type HouseholdHeader } from './help';
import { householdScope, withPrivate, withVillage } from './scope';

export type IncomeRecordRow = {
  id: number;
  year: number;
  incomePerCapita: number;
  recordedBy: string | null; // the recording body's display name, e.g. 平安村党支部
  confirmedBy: { name: string; role: Role } | null;
  confirmedAt: Date | null;
};

const toFigure = (r: { year: number; incomePerCapita: number; confirmedAt: Date | null }) => ({
  year: r.year,
  incomePerCapita: r.incomePerCapita,
  confirmed: r.confirmedAt !== null,
});

export type IncomeOverviewRow = {
  id: number;
  fullName: string;
  villageCode: string;
  villageName: string;
  latest: { year: number; incomePerCapita: number; confirmed: boolean } | null;
  unconfirmed: number;
  exitYear: number | null;
  incomeThreshold: number;
};

/** Every filed household in the official's region with its latest figure and poverty status at `now`. */
export async function listIncomeOverview(official: Official, now: Date): Promise<IncomeOverviewRow[]> {
  const scope = householdScope(official);
  if (scope === null) return [];
  const db = await getDb();
  const filed = await db.select({
    id: households.id,
    fullName: householdPrivate.fullName,
    villageCode: households.villageCode,
    villageName: regions.name,
    incomeThreshold: programmes.incomeThreshold,
  }).from(households).innerJoin(...withPrivate).innerJoin(...withVillage)
    .innerJoin(programmes, eq(programmes.id, households.programmeId))
    .where(scope.where(isNotNull(households.filedAt)))
    .orderBy(asc(households.villageCode), asc(households.id));
  const visible = scope.visible(filed);
  if (visible.length === 0) return [];
  const records = await db
    .select({
      householdId: incomeRecords.householdId,
      year: incomeRecords.year,
      incomePerCapita: incomeRecords.incomePerCapita,
      confirmedAt: incomeRecords.confirmedAt,
    })
    .from(incomeRecords)
    .where(
      inArray(
        incomeRecords.householdId,
        visible.map((h) => h.id),
      ),
    )
    .orderBy(asc(incomeRecords.year));
  const facts = await stableExitFacts(db, visible.map((h) => h.id));
  return visible.map((h) => {
    const own = records.filter((r) => r.householdId === h.id).map(toFigure);
    return {
      ...h,
      latest: own.at(-1) ?? null,
      unconfirmed: own.filter((f) => !f.confirmed).length,
      // 稳定脱贫 by the one rule public progress uses (lib/domain/stable-exit.ts).
      exitYear: stableExit(facts.get(h.id)!, h.incomeThreshold, chinaDateString(now)).since,
    };
  });
}

export type IncomeHistory = {
  household: HouseholdHeader;
  records: IncomeRecordRow[];
  exitYear: number | null;
  /** Each condition of 稳定脱贫, met or not (the one rule: lib/domain/stable-exit.ts). */
  conditions: StableExitConditions;
  /** The members trained in a practical skill (the `skill` condition), each with the skills, oldest first. */
  trainedMembers: { memberId: number; name: string; relation: TrainingRow['relation']; skills: string[] }[];
  /** The years a new figure may be recorded for at `now`, without those already recorded. */
  openYears: number[];
};

/** One household's income history (oldest year first), or null (no such household, or outside the region). */
export async function getIncomeHistory(official: Official, id: number, now: Date): Promise<IncomeHistory | null> {
  const household = await getHouseholdHeader(official, id);
  if (!household) return null;
  const db = await getDb();
  const recorder = alias(officials, 'recorder');
  const confirmer = alias(officials, 'confirmer');
  const rows = await db
    .select({
      id: incomeRecords.id,
      year: incomeRecords.year,
      incomePerCapita: incomeRecords.incomePerCapita,
      recordedBy: recorder.displayName,
      confirmerName: confirmer.displayName,
      confirmerRole: confirmer.role,
      confirmedAt: incomeRecords.confirmedAt,
    })
    .from(incomeRecords)
    .leftJoin(recorder, eq(recorder.id, incomeRecords.recordedBy))
    .leftJoin(confirmer, eq(confirmer.id, incomeRecords.confirmedBy))
    .where(eq(incomeRecords.householdId, household.id))
    .orderBy(asc(incomeRecords.year));
  const records: IncomeRecordRow[] = rows.map((r) => ({
    id: r.id,
    year: r.year,
    incomePerCapita: r.incomePerCapita,
    recordedBy: r.recordedBy,
    confirmedBy: r.confirmerName !== null && r.confirmerRole !== null ? { name: r.confirmerName, role: r.confirmerRole } : null,
    confirmedAt: r.confirmedAt,
  }));
  const years = incomeYears(household.year, now);
  const taken = new Set(records.map((r) => r.year));
  const openYears: number[] = [];
  for (let y = years.to; y >= years.from; y--) if (!taken.has(y)) openYears.push(y);
  const facts = (await stableExitFacts(db, [household.id])).get(household.id)!;
  const exit = stableExit(facts, household.incomeThreshold, chinaDateString(now));
  // Who was trained in what: the skill condition names the members (trainings are per member since migration 0019).
  const trainedMembers: IncomeHistory['trainedMembers'] = [];
  for (const t of (await householdTrainings(official, household.id)).reverse()) {
    let member = trainedMembers.find((m) => m.memberId === t.memberId);
    if (!member) trainedMembers.push((member = { memberId: t.memberId, name: t.memberName, relation: t.relation, skills: [] }));
    if (!member.skills.includes(t.skill.trim())) member.skills.push(t.skill.trim());
  }
  return { household, records, exitYear: exit.since, conditions: exit.conditions, trainedMembers, openYears };
}
