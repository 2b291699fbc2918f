// Read models for the officials' notice pages (公示管理). Every function takes the signed-in official and
// checks the permission against the target's region itself, so a page cannot forget to.
//
// Notices and their entries hold public (masked) facts only, but drafts are not public: officials with
// 'notice.view' see every notice of their region. Objection texts and
// objectors need 'objection.view'; full household names need 'household.view'.
import { and, asc, count, desc, eq, inArray, isNull, like, notInArray, or, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import type { Db, Tx } from '@/db/client';
import { auditLog, householdPrivate, households, noticeEntries, notices, objectionPrivate, objections, officials, programmes, regions } from '@/db/schema';
import { recordPrivateRead } from '@/lib/audit/private-read';
import type { Official } from '@/lib/auth/official';
import { getRegion, publicEntryColumns, type PublicEntry, type Region } from '@/lib/data/public';
import { canCloseNotice, currentProgrammeYear, isEligible, isRuralVillage, noticeState, regionPrefix, villageShortName, type NoticeState } from '@/lib/domain';
import { currentProgramme } from '@/lib/data/programme';
import { can, roleMay, type Action } from '@/lib/domain/permissions';
import { maySeeObjector, type ObjectionBodies } from '@/lib/domain/private-reads';
import { householdScope } from './scope';

/** Seeing a region's notices, drafts included (nothing private is on a notice). */
export const NOTICE_VIEW: Action = 'notice.view';

type Reader = Db | Tx;

// ---------------------------------------------------------------------------------------------
// Which households may go on a notice (帮扶对象 eligible for 公示)

export type HouseholdProblem = 'elsewhere' | 'not_registered' | 'ineligible';

export type HouseholdFacts = {
  id: number;
  programmeId: number;
  villageCode: string;
  year: number;
  status: 'registered' | 'listed' | 'passed' | 'removed';
  incomePerCapita: number;
  householdSize: number;
  disabledMembers: number;
};

export type DraftTarget = {
  programmeId: number;
  villageCode: string;
  year: number;
  incomeThreshold: number;
  /** Households listed on the notice a correction replaces: they may stay 'listed'. */
  carriedOver: ReadonlySet<number>;
};

/**
 * Why a household cannot go on this notice, or null when it can: it must belong to the notice's
 * village, programme and year, be registered (not on another notice, not decided), and still be
 * eligible against the programme's income threshold (its data may have changed since registration).
 */
export function householdProblem(h: HouseholdFacts, target: DraftTarget): HouseholdProblem | null {
  if (h.programmeId !== target.programmeId || h.villageCode !== target.villageCode || h.year !== target.year) return 'elsewhere';
  const free = h.status === 'registered' || (h.status === 'listed' && target.carriedOver.has(h.id));
  if (!free) return 'not_registered';
  if (!isEligible(h, { incomeThreshold: target.incomeThreshold })) return 'ineligible';
  return null;
}

/** The households listed on a notice (for a correction: the ones it may carry over). */
export async function householdsOnNotice(db: Reader, noticeId: number | null): Promise<Set<number>> {
  if (noticeId === null) return new Set();
  const rows = await db.select({ id: noticeEntries.householdId }).from(noticeEntries).where(eq(noticeEntries.noticeId, noticeId));
  return new Set(rows.map((r) => r.id));
}

const publicHouseholdColumns = {
  id: households.id,
  programmeId: households.programmeId,
  villageCode: households.villageCode,
  year: households.year,
  status: households.status,
  maskedName: households.maskedName,
  sex: households.sex,
  age: households.age,
  villageGroup: households.villageGroup,
  disabilityCategory: households.disabilityCategory,
  disabilityGrade: households.disabilityGrade,
  householdSize: households.householdSize,
  disabledMembers: households.disabledMembers,
  incomePerCapita: households.incomePerCapita,
};

export type DraftHousehold = HouseholdFacts & {
  maskedName: string;
  fullName: string | null; // null unless the official may see household details
  sex: 'M' | 'F';
  age: number;
  villageGroup: string | null;
  disabilityCategory: number;
  disabilityGrade: number;
};

// ---------------------------------------------------------------------------------------------
// Programme and regions

/** A programme's rules: the years, the income threshold (收入标准) and the notice days. */
export async function programmeById(db: Reader, id: number) {
  const [p] = await db
    .select({
      id: programmes.id,
      startYear: programmes.startYear,
      endYear: programmes.endYear,
      incomeThreshold: programmes.incomeThreshold,
      noticeDays: programmes.noticeDays,
    })
    .from(programmes)
    .where(eq(programmes.id, id));
  return p ?? null;
}

export type ProgrammeRules = NonNullable<Awaited<ReturnType<typeof programmeById>>>;

/**
 * Villages in the official's region where the official may take `action`: village committees (村委会)
 * that are still listed, the only places new notices go (lib/domain/regions.ts, villageRefusal).
 */
export async function villagesFor(official: Official, action: Action): Promise<Region[]> {
  const scope = householdScope(official, action, regions.code);
  if (scope === null) return [];
  const db = await getDb();
  const rows = await db
    .select({ code: regions.code, name: regions.name, level: regions.level })
    .from(regions)
    .where(scope.where(eq(regions.level, 'village'), isNull(regions.retiredAt)))
    .orderBy(asc(regions.code));
  return rows.filter((r) => isRuralVillage(r.code) && scope.may(r.code));
}

/** '白城市洮北区平安镇平安村': the names from the city down, as notice titles use them (村, not 村委会). */
export async function regionPathName(code: string): Promise<string> {
  const found = await getRegion(code);
  return found ? [...found.ancestors.map((r) => r.name), villageShortName(found.region.name)].join('') : '';
}

// ---------------------------------------------------------------------------------------------
// The list page

export type OfficialNoticeRow = {
  id: number;
  title: string;
  status: 'draft' | 'published' | 'withdrawn' | 'closed' | 'superseded';
  villageCode: string;
  villageName: string;
  periodStartDate: string | null;
  periodEndDate: string | null;
  periodEndsAt: Date | null;
  createdAt: Date;
  entries: number;
  objections: number;
  unresolved: number;
  upheldWhole: number;
};

/** Every notice in the official's region, drafts included, newest first; [] for a role without the view. */
export async function listRegionNotices(official: Official): Promise<OfficialNoticeRow[]> {
  const prefix = regionPrefix(official.regionCode);
  if (!roleMay(official.role, NOTICE_VIEW) || prefix === null) return [];
  const db = await getDb();
  const count = (filter: ReturnType<typeof sql>) =>
    sql<number>`(select count(*) from ${objections} where ${objections.noticeId} = ${notices.id} and ${filter})::int`;
  const rows = await db
    .select({
      id: notices.id,
      title: notices.title,
      status: notices.status,
      villageCode: notices.villageCode,
      villageName: regions.name,
      periodStartDate: notices.periodStartDate,
      periodEndDate: notices.periodEndDate,
      periodEndsAt: notices.periodEndsAt,
      createdAt: notices.createdAt,
      entries: sql<number>`(select count(*) from ${noticeEntries} where ${noticeEntries.noticeId} = ${notices.id})::int`,
      objections: count(sql`${objections.status} not in ('submitted', 'rejected')`),
      // An online submission awaiting triage holds up closing like an unresolved objection.
      unresolved: count(sql`${objections.status} in ('submitted', 'received', 'investigating')`),
      upheldWhole: count(sql`${objections.status} = 'upheld' and ${objections.entryId} is null`),
    })
    .from(notices)
    .innerJoin(regions, eq(regions.code, notices.villageCode))
    .where(like(notices.villageCode, `${prefix}%`))
    .orderBy(desc(notices.createdAt), desc(notices.id));
  // The prefix narrows the query; `can` is the rule (a city prefix is 4 digits, for instance).
  return rows.filter((r) => can(official, NOTICE_VIEW, r.villageCode));
}

export type NoticeGroups = Record<'drafts' | 'open' | 'ended' | 'closed' | 'inactive', (OfficialNoticeRow & { state: NoticeState })[]>;

/** Groups by what the official has to do next; open notices by the soonest end. */
export function groupNotices(rows: readonly OfficialNoticeRow[], now: Date): NoticeGroups {
  const groups: NoticeGroups = { drafts: [], open: [], ended: [], closed: [], inactive: [] };
  const key: Record<NoticeState, keyof NoticeGroups> = {
    draft: 'drafts',
    open: 'open',
    period_ended: 'ended',
    closed: 'closed',
    withdrawn: 'inactive',
    superseded: 'inactive',
  };
  for (const row of rows) {
    const state = noticeState(row, now);
    groups[key[state]].push({ ...row, state });
  }
  const end = (r: OfficialNoticeRow) => r.periodEndsAt?.getTime() ?? 0;
  groups.open.sort((a, b) => end(a) - end(b));
  groups.ended.sort((a, b) => end(a) - end(b));
  return groups;
}

// ---------------------------------------------------------------------------------------------
// One notice, as officials see it

/** The public entry, with the household behind it (officials only). */
export type OfficialEntry = PublicEntry & {
  householdId: number;
  /** Drafts only: why publishing would refuse this household now. */
  problem: HouseholdProblem | null;
};

export type OfficialObjection = {
  id: number;
  number: number; // 1, 2, … in order of receipt, as the public page numbers them
  entryId: number | null;
  channel: 'in_person' | 'phone' | 'letter' | 'other' | 'online';
  /** Online submissions awaiting triage or rejected are not objections: lib/data/officials/online-objections.ts lists them. */
  status: 'received' | 'investigating' | 'upheld' | 'dismissed' | 'submitted' | 'rejected';
  postmarkedOn: string | null;
  receivedAt: Date;
  resolvedAt: Date | null;
  resolutionReason: string | null;
  /** Null unless the official holds 'objection.view' for the notice's village. */
  private: { summary: string } | null;
};

/** Who objected: only on the objection's own page, and only for the bodies maySeeObjector names. */
export type Objector = { name: string | null; contact: string | null };

async function noticeRow(db: Reader, id: number) {
  const [n] = await db
    .select({
      id: notices.id,
      programmeId: notices.programmeId,
      year: notices.year,
      villageCode: notices.villageCode,
      title: notices.title,
      issuingBody: notices.issuingBody,
      body: notices.body,
      objectionPhone: notices.objectionPhone,
      objectionPlace: notices.objectionPlace,
      status: notices.status,
      publishedAt: notices.publishedAt,
      periodStartDate: notices.periodStartDate,
      periodEndDate: notices.periodEndDate,
      periodEndsAt: notices.periodEndsAt,
      closedAt: notices.closedAt,
      withdrawnAt: notices.withdrawnAt,
      withdrawalReason: notices.withdrawalReason,
      reviewDate: notices.reviewDate,
      reviewRepresentatives: notices.reviewRepresentatives,
      supersedesId: notices.supersedesId,
      createdAt: notices.createdAt,
      createdByName: officials.displayName,
    })
    .from(notices)
    .leftJoin(officials, eq(officials.id, notices.createdBy))
    .where(eq(notices.id, id));
  return n ?? null;
}

function validId(id: number): boolean {
  return Number.isSafeInteger(id) && id > 0;
}

/**
 * A notice with its list and objections, or null when unknown or outside the official's region.
 * For a draft, the list shows each household's current facts: the snapshot publishing will take.
 */
export async function getOfficialNotice(official: Official, id: number) {
  if (!validId(id)) return null;
  const db = await getDb();
  const notice = await noticeRow(db, id);
  if (!notice || !can(official, NOTICE_VIEW, notice.villageCode)) return null;
  const programme = await programmeById(db, notice.programmeId);
  if (!programme) return null;

  const entries = await noticeEntriesFor(db, notice, programme);
  const objectionRows = await objectionsFor(db, id, can(official, 'objection.view', notice.villageCode));
  const [supersedes, correction, region, untriaged] = await Promise.all([
    notice.supersedesId === null
      ? null
      : db.select({ id: notices.id, title: notices.title, status: notices.status }).from(notices).where(eq(notices.id, notice.supersedesId)).then((r) => r[0] ?? null),
    db.select({ id: notices.id, title: notices.title, status: notices.status }).from(notices).where(eq(notices.supersedesId, id)).then((r) => r[0] ?? null),
    getRegion(notice.villageCode),
    db
      .select({ n: count() })
      .from(objections)
      .where(and(eq(objections.noticeId, id), eq(objections.status, 'submitted')))
      .then((r) => r[0]?.n ?? 0),
  ]);
  return {
    notice,
    programme,
    entries,
    objections: objectionRows,
    /** Objections lodged online and not yet accepted or rejected: closing waits for them. */
    untriagedOnline: untriaged,
    supersedes,
    correction, // the notice that corrects this one (draft or published), if any
    regionPath: region ? [...region.ancestors, region.region] : [],
  };
}
export type OfficialNotice = NonNullable<Awaited<ReturnType<typeof getOfficialNotice>>>;

async function noticeEntriesFor(
  db: Reader,
  notice: { id: number; status: string; programmeId: number; villageCode: string; year: number; supersedesId: number | null },
  programme: ProgrammeRules,
): Promise<OfficialEntry[]> {
  if (notice.status !== 'draft') {
    const rows = await db
      .select({ ...publicEntryColumns, householdId: noticeEntries.householdId })
      .from(noticeEntries)
      .where(eq(noticeEntries.noticeId, notice.id))
      .orderBy(asc(noticeEntries.position));
    return rows.map((r) => ({ ...r, problem: null }));
  }
  // A draft: what publishing would take now.
  const rows = await db
    .select({ entryId: noticeEntries.id, position: noticeEntries.position, ...publicHouseholdColumns })
    .from(noticeEntries)
    .innerJoin(households, eq(households.id, noticeEntries.householdId))
    .where(eq(noticeEntries.noticeId, notice.id))
    .orderBy(asc(noticeEntries.position));
  const target: DraftTarget = {
    programmeId: notice.programmeId,
    villageCode: notice.villageCode,
    year: notice.year,
    incomeThreshold: programme.incomeThreshold,
    carriedOver: await householdsOnNotice(db, notice.supersedesId),
  };
  return rows.map((r) => ({
    id: r.entryId,
    householdId: r.id,
    position: r.position,
    maskedName: r.maskedName,
    sex: r.sex,
    age: r.age,
    villageGroup: r.villageGroup,
    disabilityCategory: r.disabilityCategory,
    disabilityGrade: r.disabilityGrade,
    householdSize: r.householdSize,
    disabledMembers: r.disabledMembers,
    incomePerCapita: r.incomePerCapita,
    outcome: null,
    problem: householdProblem(r, target),
  }));
}

async function objectionsFor(db: Reader, noticeId: number, withPrivate: boolean): Promise<OfficialObjection[]> {
  const base = {
    id: objections.id,
    entryId: objections.entryId,
    channel: objections.channel,
    status: objections.status,
    postmarkedOn: objections.postmarkedOn,
    receivedAt: objections.receivedAt,
    resolvedAt: objections.resolvedAt,
    resolutionReason: objections.resolutionReason,
  };
  const order = [asc(objections.receivedAt), asc(objections.id)];
  // Online submissions count only once accepted (numbered as the public page numbers them).
  const counted = and(eq(objections.noticeId, noticeId), notInArray(objections.status, ['submitted', 'rejected']));
  if (!withPrivate) {
    const rows = await db.select(base).from(objections).where(counted).orderBy(...order);
    return rows.map((r, i) => ({ ...r, number: i + 1, private: null }));
  }
  // The summary only: the objector's identity is never part of a list.
  const rows = await db
    .select({ ...base, summary: objectionPrivate.summary })
    .from(objections)
    .leftJoin(objectionPrivate, eq(objectionPrivate.objectionId, objections.id))
    .where(counted)
    .orderBy(...order);
  return rows.map(({ summary, ...r }, i) => ({ ...r, number: i + 1, private: { summary: summary ?? '' } }));
}

/**
 * The bodies handling an objection: the recording official's role and region, and those of every
 * official who investigated or resolved it (the audit log is where investigating is recorded).
 * Without a column naming the investigating body, the officials' current role and region stand in.
 */
async function objectionBodies(db: Reader, objectionId: number, villageCode: string): Promise<ObjectionBodies> {
  const body = { role: officials.role, regionCode: officials.regionCode };
  const [recorder] = await db.select(body).from(objections).innerJoin(officials, eq(officials.id, objections.recordedBy)).where(eq(objections.id, objectionId));
  const investigators = await db
    .select(body)
    .from(auditLog)
    .innerJoin(officials, eq(officials.id, auditLog.officialId))
    .where(
      and(
        eq(auditLog.entityType, 'objection'),
        eq(auditLog.entityId, String(objectionId)),
        inArray(auditLog.action, ['objection.investigate', 'objection.resolve']),
      ),
    );
  return { villageCode, recorder: recorder ?? null, investigators };
}

/**
 * One objection with its notice, or null when unknown or outside the official's region. The objector
 * is null unless maySeeObjector allows it; each time it is returned, the reveal is audited.
 */
export async function getOfficialObjection(official: Official, noticeId: number, objectionId: number) {
  const found = await getOfficialNotice(official, noticeId);
  const objection = found?.objections.find((o) => o.id === objectionId);
  if (!found || !objection || !validId(objectionId)) return null;
  const db = await getDb();
  let objector: Objector | null = null;
  if (maySeeObjector(official, await objectionBodies(db, objection.id, found.notice.villageCode))) {
    const [row] = await db
      .select({ name: objectionPrivate.objectorName, contact: objectionPrivate.objectorContact })
      .from(objectionPrivate)
      .where(eq(objectionPrivate.objectionId, objection.id));
    objector = row ?? { name: null, contact: null };
    await recordPrivateRead(db, official, 'objection.reveal', { objectionId: objection.id, noticeId: found.notice.id });
  }
  return { ...found, objection, objector, entry: found.entries.find((e) => e.id === objection.entryId) ?? null };
}

/** What the notice page may offer, from the same rules the actions check. */
export function noticeActions(official: Official, found: OfficialNotice, now: Date) {
  const { notice } = found;
  const state = noticeState(notice, now);
  const may = (action: Action) => can(official, action, notice.villageCode);
  const untriaged = Array.from({ length: found.untriagedOnline }, () => ({ status: 'submitted' as const, entryId: null }));
  const close = canCloseNotice(notice, [...found.objections, ...untriaged], now);
  return {
    state,
    editDraft: state === 'draft' && may('notice.draft'),
    publish: state === 'draft' && may('notice.publish'),
    // After the period, until closing: letters postmarked within it (lib/domain/objection-intake.ts).
    record: (state === 'open' || state === 'period_ended') && may('objection.record'),
    resolve: may('objection.resolve'),
    close: (state === 'open' || state === 'period_ended') && may('notice.close'),
    closeAllowed: close.ok,
    closeRefusal: close.ok ? null : close,
    withdraw: (state === 'open' || state === 'period_ended') && may('notice.withdraw'),
    correct: (state === 'open' || state === 'period_ended') && found.correction === null && may('notice.correct'),
  };
}

// ---------------------------------------------------------------------------------------------
// Draft forms

/** Households the official can put on a notice for this village and year (and correction). */
async function draftChoices(official: Official, target: DraftTarget, selected: readonly number[]) {
  const db = await getDb();
  const showNames = can(official, 'household.view', target.villageCode);
  const candidates = [...target.carriedOver, ...selected];
  const rows = await db
    .select({ ...publicHouseholdColumns, fullName: householdPrivate.fullName })
    .from(households)
    .leftJoin(householdPrivate, eq(householdPrivate.householdId, households.id))
    .where(
      and(
        eq(households.programmeId, target.programmeId),
        eq(households.villageCode, target.villageCode),
        eq(households.year, target.year),
        candidates.length > 0 ? or(eq(households.status, 'registered'), inArray(households.id, candidates)) : eq(households.status, 'registered'),
      ),
    )
    .orderBy(asc(households.villageGroup), asc(households.id));
  const choosable: DraftHousehold[] = [];
  let ineligible = 0;
  for (const { fullName, ...row } of rows) {
    const problem = householdProblem(row, target);
    if (problem === null) choosable.push({ ...row, fullName: showNames ? fullName : null });
    else if (problem === 'ineligible') ineligible++;
  }
  return { households: choosable, ineligible };
}

/**
 * The new-draft form: the villages the official may draft for, the chosen village and year, and
 * the households that may go on it. Null when the official may draft nowhere.
 */
export async function getNewDraftForm(official: Official, wanted: { villageCode?: string; year?: number }, now: Date) {
  const villages = await villagesFor(official, 'notice.draft');
  const db = await getDb();
  const programme = await currentProgramme(db);
  if (villages.length === 0 || !programme) return null;
  const village = villages.find((v) => v.code === wanted.villageCode) ?? villages[0]!;
  const years: number[] = [];
  for (let y = programme.startYear; y <= programme.endYear; y++) years.push(y);
  const year = wanted.year !== undefined && years.includes(wanted.year) ? wanted.year : currentProgrammeYear(programme, now);
  const target: DraftTarget = { programmeId: programme.id, villageCode: village.code, year, incomeThreshold: programme.incomeThreshold, carriedOver: new Set() };
  const choices = await draftChoices(official, target, []);
  // The office phone and place of the village's last notice are a good start for the next one.
  const [previous] = await db
    .select({ objectionPhone: notices.objectionPhone, objectionPlace: notices.objectionPlace })
    .from(notices)
    .where(eq(notices.villageCode, village.code))
    .orderBy(desc(notices.createdAt), desc(notices.id))
    .limit(1);
  return { villages, village, years, year, programme, ...choices, previous: previous ?? null, pathName: await regionPathName(village.code) };
}

/** The edit form of a draft, or null when it is not a draft the official may edit. */
export async function getDraftEditForm(official: Official, id: number) {
  if (!validId(id)) return null;
  const db = await getDb();
  const notice = await noticeRow(db, id);
  if (!notice || notice.status !== 'draft' || !can(official, 'notice.draft', notice.villageCode)) return null;
  const programme = await programmeById(db, notice.programmeId);
  if (!programme) return null;
  const selected = (
    await db.select({ id: noticeEntries.householdId }).from(noticeEntries).where(eq(noticeEntries.noticeId, id)).orderBy(asc(noticeEntries.position))
  ).map((r) => r.id);
  const target: DraftTarget = {
    programmeId: notice.programmeId,
    villageCode: notice.villageCode,
    year: notice.year,
    incomeThreshold: programme.incomeThreshold,
    carriedOver: await householdsOnNotice(db, notice.supersedesId),
  };
  const choices = await draftChoices(official, target, selected);
  const region = await getRegion(notice.villageCode);
  return { notice, programme, selected, ...choices, village: region?.region ?? null };
}
