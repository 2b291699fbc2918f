// Read models of the help measures (帮扶措施) for officials: the filed households (建档户) of the official's
// region with what each still lacks, and one household's whole record (pairing, helpers, projects,
// guarantees, jobs, loans, funding, visits). Names are private data: every function takes the Official
// and checks 'household.view' itself; lists filter by the region prefix in SQL and by `can` per row.
import { asc, count, desc, eq, isNotNull, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import {
  guaranteeKinds,
  guarantees,
  helperKinds,
  helpers,
  householdPrivate,
  households,
  incomeProjects,
  pairings,
  programmes,
  regions,
  supportKinds,
  supports,
  visits,
} from '@/db/schema';
import type { Official } from '@/lib/auth/official';
import { helpGaps, type HelpGap } from '@/lib/domain/help';
import { isVisitOverdue, nextVisitDueBy } from '@/lib/domain/visits';
import { rowId } from '@/lib/route-params';
import { householdScope, lastVisitedOn, withPrivate, withVillage } from './scope';

/** The most rows a list shows. */
export const HELP_LIST_LIMIT = 200;

// The township's name comes from the village code's first 9 digits (the region tree is fixed).
const townshipName = sql<string>`coalesce((select t.name from ${regions} t where t.code = left(${households.villageCode}, 9)), '')`;

export type FiledHouseholdRow = {
  id: number;
  fullName: string;
  villageCode: string;
  villageName: string;
  townshipName: string;
  filedAt: Date;
  paired: boolean;
  helpers: number;
  projects: number;
  lastVisitedOn: string | null;
  gaps: HelpGap[];
};

/** Filed households in the official's region (village, then id), at most `limit`, with the total. */
export async function listFiledHouseholds(
  official: Official,
  limit = HELP_LIST_LIMIT,
): Promise<{ rows: FiledHouseholdRow[]; total: number }> {
  const scope = householdScope(official);
  if (scope === null) return { rows: [], total: 0 };
  const where = scope.where(isNotNull(households.filedAt));
  const db = await getDb();
  const [counted] = await db.select({ n: count() }).from(households).where(where);
  const rows = await db.select({
    id: households.id,
    fullName: householdPrivate.fullName,
    villageCode: households.villageCode,
    villageName: regions.name,
    townshipName,
    filedAt: households.filedAt,
    paired: sql<boolean>`exists (select 1 from ${pairings} p where p.household_id = ${households.id})`,
    helpers: sql<number>`(select count(*) from ${helpers} x where x.household_id = ${households.id})::int`,
    projects: sql<number>`(select count(*) from ${incomeProjects} x where x.household_id = ${households.id})::int`,
    lastVisitedOn,
  }).from(households).innerJoin(...withPrivate).innerJoin(...withVillage)
    .where(where)
    .orderBy(asc(households.villageCode), asc(households.id))
    .limit(limit);
  return {
    rows: scope
      .visible(rows)
      .map((r) => ({ ...r, filedAt: r.filedAt!, gaps: helpGaps(r) })), // filtered to filed in SQL
    total: counted?.n ?? 0,
  };
}

export type HouseholdHeader = {
  id: number;
  fullName: string;
  maskedName: string;
  villageCode: string;
  townshipName: string;
  villageName: string;
  year: number;
  incomeThreshold: number;
  filedAt: Date | null;
};

/** Who and where a household is, or null when it does not exist or lies outside the official's region. */
export async function getHouseholdHeader(official: Official, id: number): Promise<HouseholdHeader | null> {
  const householdId = rowId(id);
  const scope = householdScope(official);
  if (householdId === null || scope === null) return null;
  const db = await getDb();
  const [row] = await db.select({
    id: households.id,
    fullName: householdPrivate.fullName,
    maskedName: households.maskedName,
    villageCode: households.villageCode,
    townshipName,
    villageName: regions.name,
    year: households.year,
    incomeThreshold: programmes.incomeThreshold,
    filedAt: households.filedAt,
  }).from(households).innerJoin(...withPrivate).innerJoin(...withVillage)
    .innerJoin(programmes, eq(programmes.id, households.programmeId))
    .where(eq(households.id, householdId));
  if (!row || !scope.may(row.villageCode)) return null;
  return row;
}

type HelperKind = (typeof helperKinds)[number];
type GuaranteeKind = (typeof guaranteeKinds)[number];
type SupportKind = (typeof supportKinds)[number];

export type HelpRecord = {
  household: HouseholdHeader;
  pairing: { cadreName: string; cadrePost: string; agreementDate: string } | null;
  helpers: { id: number; name: string; kind: HelperKind }[];
  projects: { id: number; description: string; startedOn: string; support: ('technology' | 'information' | 'funds')[] }[];
  guarantees: Partial<Record<GuaranteeKind, string>>; // kind → the date it was secured
  supports: Record<SupportKind, { id: number; description: string; amountYuan: number | null; source: string | null; grantedOn: string }[]>;
  visits: { id: number; visitedOn: string; visitor: string; findings: string; suggestions: string }[];
  gaps: HelpGap[];
  visitOverdue: boolean;
  /** The last day the next visit is on time; null when never visited. */
  nextVisitDueBy: string | null;
};

/** One household's help measures and visits at `now`, or null (no such household, or outside the region). */
export async function getHelpRecord(official: Official, id: number, now: Date): Promise<HelpRecord | null> {
  const household = await getHouseholdHeader(official, id);
  if (!household) return null;
  const db = await getDb();
  const [pairing, helperRows, projectRows, guaranteeRows, supportRows, visitRows] = await Promise.all([
    db
      .select({ cadreName: pairings.cadreName, cadrePost: pairings.cadrePost, agreementDate: pairings.agreementDate })
      .from(pairings)
      .where(eq(pairings.householdId, household.id)),
    db.select({ id: helpers.id, name: helpers.name, kind: helpers.kind }).from(helpers).where(eq(helpers.householdId, household.id)).orderBy(asc(helpers.id)),
    db.select().from(incomeProjects).where(eq(incomeProjects.householdId, household.id)).orderBy(asc(incomeProjects.startedOn), asc(incomeProjects.id)),
    db.select({ kind: guarantees.kind, securedOn: guarantees.securedOn }).from(guarantees).where(eq(guarantees.householdId, household.id)),
    db.select().from(supports).where(eq(supports.householdId, household.id)).orderBy(asc(supports.grantedOn), asc(supports.id)),
    db
      .select({ id: visits.id, visitedOn: visits.visitedOn, visitor: visits.visitor, findings: visits.findings, suggestions: visits.suggestions })
      .from(visits)
      .where(eq(visits.householdId, household.id))
      .orderBy(desc(visits.visitedOn), desc(visits.id)),
  ]);
  const supportsByKind = Object.fromEntries(supportKinds.map((k) => [k, [] as HelpRecord['supports'][SupportKind]])) as HelpRecord['supports'];
  for (const s of supportRows) {
    supportsByKind[s.kind].push({ id: s.id, description: s.description, amountYuan: s.amountYuan, source: s.source, grantedOn: s.grantedOn });
  }
  const lastVisit = visitRows[0]?.visitedOn ?? null;
  return {
    household,
    pairing: pairing[0] ?? null,
    helpers: helperRows,
    projects: projectRows.map((p) => ({
      id: p.id,
      description: p.description,
      startedOn: p.startedOn,
      support: [
        ...(p.supportTechnology ? (['technology'] as const) : []),
        ...(p.supportInformation ? (['information'] as const) : []),
        ...(p.supportFunds ? (['funds'] as const) : []),
      ],
    })),
    guarantees: Object.fromEntries(guaranteeRows.map((g) => [g.kind, g.securedOn])),
    supports: supportsByKind,
    visits: visitRows,
    gaps: helpGaps({ paired: pairing.length > 0, helpers: helperRows.length, projects: projectRows.length }),
    visitOverdue: isVisitOverdue(lastVisit, now),
    nextVisitDueBy: nextVisitDueBy(lastVisit),
  };
}
