// Read models of approval and filing (审批建档) for officials: the queue of households waiting for
// the official's own step, the progress of the region, one household's history of opinions, and the
// printable registration form (annex 1, 登记表). Private fields are read, so every function checks
// `household.view` against each household's village itself and filters by the region prefix in SQL.
import { asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { getDb } from '@/db';
import { approvals, householdPrivate, households, officials, regions } from '@/db/schema';
import { recordPrivateRead } from '@/lib/audit/private-read';
import type { Official } from '@/lib/auth/official';
import {
  APPROVAL_STEPS,
  approvalProgress,
  approvalStepOf,
  canDecide,
  currentRoundRecords,
  lastDecidedOn,
  type ApprovalDecision,
  type ApprovalProgress,
  type ApprovalRecord,
  type ApprovalStep,
} from '@/lib/domain/approval';
import { can, roleMay } from '@/lib/domain/permissions';
import { chinaDateString } from '@/lib/domain/time';
import { rowId } from '@/lib/route-params';
import { householdScope, placeNames, withPrivate, withVillage, type HouseholdScope } from './scope';
import { annexOneColumns } from './household-fields';

// The notice on which the household passed: the latest closed one with a 'passed' entry for it.
const passedNotice = sql`(select n.id from notice_entries e join notices n on n.id = e.notice_id
  where e.household_id = ${households.id} and e.outcome = 'passed' and n.status = 'closed'
  order by n.closed_at desc limit 1)`;
const passedNoticeClosedAt = sql`(select n.closed_at from notice_entries e join notices n on n.id = e.notice_id
  where e.household_id = ${households.id} and e.outcome = 'passed' and n.status = 'closed'
  order by n.closed_at desc limit 1)`;

type PassedRow = {
  id: number;
  fullName: string;
  villageCode: string;
  villageName: string;
  townshipName: string;
  filedAt: Date | null;
  noticeId: number | null;
  noticeClosedOn: string | null;
};

async function passedHouseholds(scope: HouseholdScope): Promise<PassedRow[]> {
  const db = await getDb();
  const township = alias(regions, 'township');
  const rows = await db.select({
    id: households.id,
    fullName: householdPrivate.fullName,
    villageCode: households.villageCode,
    villageName: regions.name,
    townshipName: township.name,
    filedAt: households.filedAt,
    noticeId: sql<number | null>`${passedNotice}`,
    noticeClosedAt: sql<string | Date | null>`${passedNoticeClosedAt}`,
  }).from(households).innerJoin(...withPrivate).innerJoin(...withVillage)
    .innerJoin(township, eq(township.code, regions.parentCode))
    .where(scope.where(eq(households.status, 'passed')))
    .orderBy(asc(households.villageCode), asc(households.id));
  // Raw subqueries come back as strings from some drivers: normalise here.
  return rows.map(({ noticeClosedAt, noticeId, ...r }) => ({
    ...r,
    noticeId: noticeId === null ? null : Number(noticeId),
    noticeClosedOn: noticeClosedAt === null ? null : chinaDateString(new Date(noticeClosedAt)),
  }));
}

async function recordsByHousehold(scope: HouseholdScope): Promise<Map<number, ApprovalRecord[]>> {
  const db = await getDb();
  const rows = await db
    .select({ householdId: approvals.householdId, round: approvals.round, step: approvals.step, decision: approvals.decision, decidedOn: approvals.decidedOn })
    .from(approvals)
    .innerJoin(households, eq(households.id, approvals.householdId))
    .where(scope.where(eq(households.status, 'passed')))
    .orderBy(asc(approvals.id));
  const out = new Map<number, ApprovalRecord[]>();
  for (const { householdId, ...record } of rows) out.set(householdId, [...(out.get(householdId) ?? []), record]);
  return out;
}

export type QueueRow = {
  householdId: number;
  fullName: string;
  villageName: string;
  townshipName: string;
  noticeId: number | null;
  round: number;
  /** The day the household reached this step (the previous decision, or the notice's closing). */
  waitingSinceOn: string | null;
};

export type ProgressRow = {
  householdId: number;
  fullName: string;
  villageName: string;
  townshipName: string;
  progress: ApprovalProgress;
};

export type ApprovalOverview = {
  /** The step the official decides, or null (the city sees progress only). */
  myStep: ApprovalStep | null;
  queue: QueueRow[];
  waitingByStep: Record<ApprovalStep, number>;
  inProgress: number;
  filed: number;
  /** Every passed household of the region with its stage, village by village. */
  households: ProgressRow[];
};

/** The queue and the progress of approval in the official's region; null when they may not see households. */
export async function getApprovalOverview(official: Official): Promise<ApprovalOverview | null> {
  const scope = householdScope(official);
  if (scope === null) return null;
  const [rows, records] = await Promise.all([passedHouseholds(scope), recordsByHousehold(scope)]);
  const myStep = roleMay(official.role, 'approval.decide') ? approvalStepOf(official.role) : null;
  const waitingByStep = Object.fromEntries(APPROVAL_STEPS.map((s) => [s, 0])) as Record<ApprovalStep, number>;
  const queue: QueueRow[] = [];
  const list: ProgressRow[] = [];
  let filed = 0;
  for (const row of rows) {
    // Belt and braces: the SQL prefix already confines the rows.
    if (!scope.may(row.villageCode)) continue;
    const mine = records.get(row.id) ?? [];
    const progress = approvalProgress(mine);
    list.push({ householdId: row.id, fullName: row.fullName, villageName: row.villageName, townshipName: row.townshipName, progress });
    if (progress.filed || row.filedAt !== null) {
      filed++;
      continue;
    }
    waitingByStep[progress.nextStep]++;
    if (myStep !== null && progress.nextStep === myStep && can(official, 'approval.decide', row.villageCode)) {
      queue.push({
        householdId: row.id,
        fullName: row.fullName,
        villageName: row.villageName,
        townshipName: row.townshipName,
        noticeId: row.noticeId,
        round: progress.round,
        waitingSinceOn: progress.waitingSinceOn ?? row.noticeClosedOn,
      });
    }
  }
  // The longest-waiting first; unknown dates last.
  queue.sort((a, b) => (a.waitingSinceOn ?? '9999').localeCompare(b.waitingSinceOn ?? '9999') || a.householdId - b.householdId);
  const inProgress = APPROVAL_STEPS.reduce((n, s) => n + waitingByStep[s], 0);
  return { myStep, queue, waitingByStep, inProgress, filed, households: list };
}

export type ApprovalHistoryRow = {
  round: number;
  step: ApprovalStep;
  decision: ApprovalDecision;
  opinion: string;
  decidedOn: string;
  /** The deciding body, e.g. 中共平安镇委员会 (the account's display name). */
  body: string;
};

export type ApprovalCase = {
  householdId: number;
  fullName: string;
  year: number;
  villageCode: string;
  place: { townshipName: string; villageName: string };
  status: 'registered' | 'listed' | 'passed' | 'removed';
  filedAt: Date | null;
  noticeId: number | null;
  noticeClosedOn: string | null;
  history: ApprovalHistoryRow[];
  progress: ApprovalProgress;
  /** True when this official may record the next decision now. */
  mayDecide: boolean;
  /** The earliest date the next decision may carry (the notice's closing or the last decision). */
  earliestOn: string | null;
};

async function historyOf(householdId: number): Promise<ApprovalHistoryRow[]> {
  const db = await getDb();
  return db
    .select({
      round: approvals.round,
      step: approvals.step,
      decision: approvals.decision,
      opinion: approvals.opinion,
      decidedOn: approvals.decidedOn,
      body: officials.displayName,
    })
    .from(approvals)
    .innerJoin(officials, eq(officials.id, approvals.officialId))
    .where(eq(approvals.householdId, householdId))
    .orderBy(asc(approvals.round), asc(approvals.id));
}

/** One household's approval file, or null when it does not exist or lies outside the official's region. */
export async function getApprovalCase(official: Official, id: number): Promise<ApprovalCase | null> {
  const householdId = rowId(id);
  const scope = householdScope(official);
  if (householdId === null || scope === null) return null;
  const db = await getDb();
  const township = alias(regions, 'township');
  const [row] = await db.select({
    householdId: households.id,
    fullName: householdPrivate.fullName,
    year: households.year,
    villageCode: households.villageCode,
    villageName: regions.name,
    townshipName: township.name,
    status: households.status,
    filedAt: households.filedAt,
    noticeId: sql<number | null>`${passedNotice}`,
    noticeClosedAt: sql<string | Date | null>`${passedNoticeClosedAt}`,
  }).from(households).innerJoin(...withPrivate).innerJoin(...withVillage)
    .innerJoin(township, eq(township.code, regions.parentCode))
    .where(eq(households.id, householdId));
  if (!row || !scope.may(row.villageCode)) return null;
  const history = await historyOf(householdId);
  const progress = approvalProgress(history);
  const noticeClosedOn = row.noticeClosedAt === null ? null : chinaDateString(new Date(row.noticeClosedAt));
  const allowed = canDecide({ status: row.status, filed: row.filedAt !== null, records: history }, official.role);
  const last = lastDecidedOn(history);
  return {
    householdId: row.householdId,
    fullName: row.fullName,
    year: row.year,
    villageCode: row.villageCode,
    place: { townshipName: row.townshipName, villageName: row.villageName },
    status: row.status,
    filedAt: row.filedAt,
    noticeId: row.noticeId === null ? null : Number(row.noticeId),
    noticeClosedOn,
    history,
    progress,
    mayDecide: allowed.ok && can(official, 'approval.decide', row.villageCode),
    earliestOn: [noticeClosedOn, last].reduce<string | null>((a, b) => (b !== null && (a === null || b > a) ? b : a), null),
  };
}

// ---- The printable registration form (annex 1).

/** The four opinion boxes of annex 1; the township DPF's aggregation has no box of its own. */
export const FORM_OPINION_STEPS = ['village', 'township_party', 'county_dpf', 'county_org'] as const satisfies readonly ApprovalStep[];
export type FormOpinionStep = (typeof FORM_OPINION_STEPS)[number];

export type RegistrationForm = {
  householdId: number;
  year: number;
  place: { cityName: string; countyName: string; townshipName: string; villageName: string };
  fullName: string;
  sex: 'M' | 'F';
  ethnicity: string;
  age: number;
  certificateNumber: string;
  disabilityCategory: number;
  disabilityGrade: number;
  /** Whether an image photo is stored; the page shows it through /admin/households/[id]/photo. */
  hasPhoto: boolean;
  householdSize: number;
  disabledMembers: number;
  phone: string | null;
  incomePerCapita: number;
  address: string;
  employmentIntention: string | null;
  /** The current round's opinion of each box, with its date; null when not yet given. */
  opinions: Record<FormOpinionStep, { decision: ApprovalDecision; opinion: string; decidedOn: string } | null>;
};

const PHOTO_DATA_URL = /^data:image\/(?:jpeg|png|webp);base64,/;

/** Everything annex 1 prints, or null when the household does not exist or lies outside the region; audited. */
export async function getRegistrationForm(official: Official, id: number): Promise<RegistrationForm | null> {
  const householdId = rowId(id);
  const scope = householdScope(official);
  if (householdId === null || scope === null) return null;
  const db = await getDb();
  const [row] = await db
    .select({
      householdId: households.id,
      ...annexOneColumns,
      // Only the image types the photo route serves; the bytes themselves are not read here.
      photo: sql<string | null>`left(${householdPrivate.photo}, 40)`,
    })
    .from(households)
    .innerJoin(householdPrivate, eq(householdPrivate.householdId, households.id))
    .where(eq(households.id, householdId));
  if (!row || !scope.may(row.villageCode)) return null;
  await recordPrivateRead(db, official, 'household.print', { householdId });

  const [place, history] = await Promise.all([placeNames(row.villageCode), historyOf(householdId)]);
  const current = currentRoundRecords(history);
  const opinionOf = (step: FormOpinionStep) => {
    const record = current.find((r) => r.step === step);
    return record ? { decision: record.decision, opinion: record.opinion, decidedOn: record.decidedOn } : null;
  };
  const { villageCode: _village, photo, ...fields } = row;
  return {
    ...fields,
    hasPhoto: photo !== null && PHOTO_DATA_URL.test(photo),
    place,
    opinions: Object.fromEntries(FORM_OPINION_STEPS.map((s) => [s, opinionOf(s)])) as RegistrationForm['opinions'],
  };
}
