// Read models of the duties (issue 10 item 5) for officials: trainings, Party development, joint
// meetings, inspections with their fixes, the overdue fixes of a dashboard and the work file (工作档案).
// Every function takes the Official and checks the permission and the region itself.
import { sql } from 'drizzle-orm';
import { getDb } from '@/db';
import type { memberRelations } from '@/db/schema';
import { queryRows, type Db } from '@/db/client';
import type { Official } from '@/lib/auth/official';
import { fixState, partyStage, PARTY_STAGES, type FixState, type MeetingBody, type PartyDates, type PartyStage } from '@/lib/domain/duties';
import { can, roleMay } from '@/lib/domain/permissions';
import { isWithin, regionLevel, regionPrefix } from '@/lib/domain/regions';
import { chinaDateString } from '@/lib/domain/time';

type MemberRelation = (typeof memberRelations)[number];

/** The most rows a list shows. */
export const DUTY_LIST_LIMIT = 200;

function prefixOf(official: Official): string | null {
  return regionPrefix(official.regionCode);
}

// ——— 实用技术培训 ———

export type TrainingRow = {
  id: number;
  householdId: number;
  fullName: string; // the registrant's
  memberName: string;
  relation: MemberRelation;
  villageName: string;
  villageCode: string;
  skill: string;
  trainedOn: string;
  trainer: string;
};

/** Trainings of filed households in the official's region, newest first. */
export async function listTrainings(official: Official): Promise<TrainingRow[]> {
  const prefix = prefixOf(official);
  if (prefix === null || !roleMay(official.role, 'household.view')) return [];
  const rows = await queryRows<TrainingRow>(
    await getDb(),
    sql`select t.id, t.household_id as "householdId", p.full_name as "fullName", mp.full_name as "memberName", m.relation,
          r.name as "villageName", h.village_code as "villageCode", t.skill, t.trained_on::text as "trainedOn", t.trainer
        from trainings t join households h on h.id = t.household_id join household_private p on p.household_id = h.id
        join household_members m on m.id = t.member_id join household_member_private mp on mp.member_id = m.id
        join regions r on r.code = h.village_code
        where h.village_code like ${prefix + '%'}
        order by t.trained_on desc, t.id desc limit ${DUTY_LIST_LIMIT}`,
  );
  return rows.filter((r) => can(official, 'household.view', r.villageCode));
}

/** Distinct practical skills per household (the aim is 1–2), for the given households; absent = 0. */
export async function skillCounts(db: Db, householdIds: readonly number[]): Promise<Map<number, number>> {
  if (householdIds.length === 0) return new Map();
  const rows = await queryRows<{ id: number; n: number }>(
    db,
    sql`select household_id as id, count(distinct btrim(skill))::int as n from trainings
        where household_id in (${sql.join(householdIds.map((id) => sql`${id}`), sql`, `)}) group by household_id`,
  );
  return new Map(rows.map((r) => [r.id, r.n]));
}

/** The skills a household has from training records, newest first, each naming the member trained: for its help page. */
export async function householdTrainings(
  official: Official,
  householdId: number,
): Promise<(Pick<TrainingRow, 'id' | 'memberName' | 'relation' | 'skill' | 'trainedOn' | 'trainer'> & { memberId: number })[]> {
  if (!roleMay(official.role, 'household.view')) return [];
  const rows = await queryRows<{ id: number; memberId: number; memberName: string; relation: MemberRelation; skill: string; trainedOn: string; trainer: string; villageCode: string }>(
    await getDb(),
    sql`select t.id, t.member_id as "memberId", mp.full_name as "memberName", m.relation, t.skill, t.trained_on::text as "trainedOn", t.trainer, h.village_code as "villageCode"
        from trainings t join households h on h.id = t.household_id
        join household_members m on m.id = t.member_id join household_member_private mp on mp.member_id = m.id where h.id = ${householdId} order by t.trained_on desc, t.id desc`,
  );
  return rows.filter((r) => can(official, 'household.view', r.villageCode)).map(({ villageCode: _v, ...r }) => r);
}

export type MemberChoice = { memberId: number; householdId: number; name: string; relation: MemberRelation; villageName: string };

/** Entered members of the filed households of the official's region, to choose from in a form. */
export async function memberChoices(official: Official): Promise<MemberChoice[]> {
  const prefix = prefixOf(official);
  if (prefix === null || !roleMay(official.role, 'household.view')) return [];
  const rows = await queryRows<MemberChoice & { villageCode: string }>(
    await getDb(),
    sql`select m.id as "memberId", h.id as "householdId", mp.full_name as name, m.relation, r.name as "villageName", h.village_code as "villageCode"
        from households h join household_members m on m.household_id = h.id join household_member_private mp on mp.member_id = m.id
        join regions r on r.code = h.village_code
        where h.filed_at is not null and m.sex is not null and h.village_code like ${prefix + '%'}
        order by h.village_code, h.id, m.position limit 1000`,
  );
  return rows.filter((r) => can(official, 'household.view', r.villageCode)).map(({ villageCode: _v, ...r }) => r);
}

// ——— 发展残疾人党员 ———

export type PartyRow = PartyDates & {
  memberId: number;
  householdId: number;
  memberName: string;
  relation: MemberRelation;
  villageName: string;
  villageCode: string;
  stage: PartyStage;
  since: string;
};

const partyDateColumns = sql`d.applied_on::text as "appliedOn", d.activist_on::text as "activistOn", d.candidate_on::text as "candidateOn",
  d.probationary_on::text as "probationaryOn", d.member_on::text as "memberOn"`;

/** Party development records of the official's region (private: officials who may record them, or view households). */
export async function listParty(official: Official): Promise<PartyRow[]> {
  const prefix = prefixOf(official);
  if (prefix === null || !roleMay(official.role, 'household.view')) return [];
  const rows = await queryRows<Omit<PartyRow, 'stage' | 'since'>>(
    await getDb(),
    sql`select d.member_id as "memberId", d.household_id as "householdId", mp.full_name as "memberName", m.relation, r.name as "villageName",
          h.village_code as "villageCode", ${partyDateColumns}
        from party_developments d join households h on h.id = d.household_id
        join household_members m on m.id = d.member_id join household_member_private mp on mp.member_id = m.id
        join regions r on r.code = h.village_code
        where h.village_code like ${prefix + '%'} order by h.village_code, d.household_id, m.position limit ${DUTY_LIST_LIMIT}`,
  );
  return rows
    .filter((r) => can(official, 'household.view', r.villageCode))
    .map((r) => {
      const stage = partyStage(r);
      const since = [r.memberOn, r.probationaryOn, r.candidateOn, r.activistOn, r.appliedOn].find((d) => d !== null)!;
      return { ...r, stage, since };
    });
}

/** One member's record, for the edit form, or null. */
export async function getPartyRecord(official: Official, memberId: number): Promise<PartyDates | null> {
  const rows = await queryRows<PartyDates & { villageCode: string }>(
    await getDb(),
    sql`select ${partyDateColumns}, h.village_code as "villageCode" from party_developments d join households h on h.id = d.household_id
        where d.member_id = ${memberId}`,
  );
  const row = rows[0];
  if (!row || !can(official, 'household.view', row.villageCode)) return null;
  const { villageCode: _v, ...dates } = row;
  return dates;
}

/** People per stage among the filed households of a region (every code starting with `code`): counts only. */
export async function partyStageCounts(db: Db, code: string): Promise<Record<PartyStage, number>> {
  const rows = await queryRows<{ stage: PartyStage; n: number }>(
    db,
    sql`select case when d.member_on is not null then 'member' when d.probationary_on is not null then 'probationary'
          when d.candidate_on is not null then 'candidate' when d.activist_on is not null then 'activist' else 'applicant' end as stage,
          count(*)::int as n
        from party_developments d join households h on h.id = d.household_id
        where h.village_code like ${code + '%'} and h.filed_at is not null group by 1`,
  );
  const counts = Object.fromEntries(PARTY_STAGES.map((s) => [s, 0])) as Record<PartyStage, number>;
  for (const r of rows) counts[r.stage] = r.n;
  return counts;
}

// ——— 联席会议 ———

export type MeetingRow = {
  id: number;
  countyCode: string;
  countyName: string;
  heldOn: string;
  bodies: MeetingBody[];
  otherBodies: string;
  decisions: string;
  publicSummary: string | null;
};

/** Meetings of the official's county (a township or village sees its county's), or of every county of the city; `countyCode` narrows it to one county. */
export async function listMeetings(official: Official, countyCode?: string): Promise<MeetingRow[]> {
  if (!roleMay(official.role, 'dashboard.view')) return [];
  const level = regionLevel(official.regionCode);
  if (level === null) return [];
  const scope = level === 'city' ? regionPrefix(official.regionCode)! : official.regionCode.slice(0, 6);
  if (countyCode !== undefined && !countyCode.startsWith(scope)) return [];
  return queryRows<MeetingRow>(
    await getDb(),
    sql`select m.id, m.county_code as "countyCode", r.name as "countyName", m.held_on::text as "heldOn", m.bodies, m.other_bodies as "otherBodies",
          m.decisions, m.public_summary as "publicSummary"
        from joint_meetings m join regions r on r.code = m.county_code
        where m.county_code like ${(countyCode ?? scope) + '%'}
        order by m.held_on desc, m.id desc limit ${DUTY_LIST_LIMIT}`,
  );
}

// ——— 督导检查 ———

export type FixRow = { id: number; requirement: string; dueOn: string; fixedOn: string | null; fixNote: string; state: FixState };
export type InspectionRow = {
  id: number;
  inspectorRegionCode: string;
  inspectorName: string;
  regionCode: string;
  regionName: string;
  inspectedOn: string;
  findings: string;
  fixes: FixRow[];
};

/** Inspections the official made (their region or below) or that concern their region, newest first. */
export async function listInspections(official: Official, now: Date, onlyOf?: string): Promise<InspectionRow[]> {
  const prefix = prefixOf(official);
  if (prefix === null || !roleMay(official.role, 'dashboard.view')) return [];
  const db = await getDb();
  const where = onlyOf
    ? sql`i.region_code like ${onlyOf + '%'}`
    : sql`(i.region_code like ${prefix + '%'} or i.inspector_region_code like ${prefix + '%'} or ${official.regionCode} like i.region_code || '%')`;
  const rows = await queryRows<Omit<InspectionRow, 'fixes'>>(
    db,
    sql`select i.id, i.inspector_region_code as "inspectorRegionCode", a.name as "inspectorName", i.region_code as "regionCode", r.name as "regionName",
          i.inspected_on::text as "inspectedOn", i.findings
        from inspections i join regions a on a.code = i.inspector_region_code join regions r on r.code = i.region_code
        where ${where} order by i.inspected_on desc, i.id desc limit ${DUTY_LIST_LIMIT}`,
  );
  const visible = rows.filter((r) => isWithin(r.regionCode, official.regionCode) || isWithin(official.regionCode, r.regionCode) || isWithin(r.inspectorRegionCode, official.regionCode));
  return withFixes(db, visible, now);
}

async function withFixes(db: Db, rows: Omit<InspectionRow, 'fixes'>[], now: Date): Promise<InspectionRow[]> {
  if (rows.length === 0) return [];
  const fixes = await queryRows<Omit<FixRow, 'state'> & { inspectionId: number }>(
    db,
    sql`select id, inspection_id as "inspectionId", requirement, due_on::text as "dueOn", fixed_on::text as "fixedOn", fix_note as "fixNote"
        from inspection_fixes where inspection_id in (${sql.join(rows.map((r) => sql`${r.id}`), sql`, `)}) order by due_on, id`,
  );
  return rows.map((r) => ({
    ...r,
    fixes: fixes.filter((f) => f.inspectionId === r.id).map(({ inspectionId: _i, ...f }) => ({ ...f, state: fixState(f, now) })),
  }));
}

/** One inspection with its fixes, or null when it does not exist or does not concern the official's region. */
export async function getInspection(official: Official, id: number, now: Date): Promise<InspectionRow | null> {
  if (!roleMay(official.role, 'dashboard.view')) return null;
  const db = await getDb();
  const rows = await queryRows<Omit<InspectionRow, 'fixes'>>(
    db,
    sql`select i.id, i.inspector_region_code as "inspectorRegionCode", a.name as "inspectorName", i.region_code as "regionCode", r.name as "regionName",
          i.inspected_on::text as "inspectedOn", i.findings
        from inspections i join regions a on a.code = i.inspector_region_code join regions r on r.code = i.region_code where i.id = ${id}`,
  );
  const row = rows[0];
  if (!row) return null;
  const concerns = isWithin(row.regionCode, official.regionCode) || isWithin(official.regionCode, row.regionCode) || isWithin(row.inspectorRegionCode, official.regionCode);
  if (!concerns) return null;
  return (await withFixes(db, [row], now))[0]!;
}

export type OverdueFixRow = { fixId: number; inspectionId: number; regionCode: string; regionName: string; requirement: string; dueOn: string };

/** Fixes past their due date and not done, of inspections of the official's region or below: for the dashboard. */
export async function overdueFixes(official: Official, now: Date): Promise<OverdueFixRow[]> {
  const prefix = prefixOf(official);
  if (prefix === null || !roleMay(official.role, 'dashboard.view')) return [];
  return queryRows<OverdueFixRow>(
    await getDb(),
    sql`select f.id as "fixId", i.id as "inspectionId", i.region_code as "regionCode", r.name as "regionName", f.requirement, f.due_on::text as "dueOn"
        from inspection_fixes f join inspections i on i.id = f.inspection_id join regions r on r.code = i.region_code
        where f.fixed_on is null and f.due_on < ${chinaDateString(now)}::date and i.region_code like ${prefix + '%'}
        order by f.due_on, f.id limit ${DUTY_LIST_LIMIT}`,
  );
}

/** Regions the official may inspect: every county and township below their own region. */
export async function inspectableRegions(official: Official): Promise<{ code: string; label: string }[]> {
  if (!roleMay(official.role, 'inspection.record')) return [];
  const prefix = prefixOf(official);
  if (prefix === null) return [];
  const rows = await queryRows<{ code: string; name: string; level: string; parentName: string | null }>(
    await getDb(),
    sql`select r.code, r.name, r.level, p.name as "parentName" from regions r left join regions p on p.code = r.parent_code
        where r.code like ${prefix + '%'} and r.code <> ${official.regionCode} and r.level in ('county', 'township') and r.retired_at is null
        order by r.code`,
  );
  return rows.map((r) => ({ code: r.code, label: r.level === 'township' ? `${r.parentName ?? ''} ${r.name}` : r.name }));
}

// ——— 工作档案 ———

export type WorkFile = {
  code: string;
  name: string;
  level: 'county' | 'township';
  countyCode: string;
  filedHouseholds: number;
  plan: { year: number; target: number }[];
  meetings: MeetingRow[];
  inspections: InspectionRow[];
  summaries: { year: number; status: 'draft' | 'submitted'; submittedAt: string | null }[];
  trainingSessions: number;
  trainedHouseholds: number;
  party: Record<PartyStage, number>;
};

/** The work file of a township or county the official may see, or null. */
export async function getWorkFile(official: Official, code: string, now: Date): Promise<WorkFile | null> {
  const level = regionLevel(code);
  if ((level !== 'county' && level !== 'township') || !can(official, 'workfile.view', code)) return null;
  const db = await getDb();
  const [region] = await queryRows<{ name: string }>(db, sql`select name from regions where code = ${code}`);
  if (!region) return null;
  const countyCode = code.slice(0, 6);
  const [counts] = await queryRows<{ filed: number; sessions: number; trained: number }>(
    db,
    sql`select (select count(*)::int from households where village_code like ${code + '%'} and filed_at is not null) as filed,
          (select count(*)::int from trainings t join households h on h.id = t.household_id where h.village_code like ${code + '%'}) as sessions,
          (select count(distinct t.household_id)::int from trainings t join households h on h.id = t.household_id where h.village_code like ${code + '%'}) as trained`,
  );
  const plan =
    level === 'county'
      ? await queryRows<{ year: number; target: number }>(
          db,
          sql`select a.year, a.target_households as target from allocations a
              where a.county_code = ${code} and a.programme_id = (select max(id) from programmes) order by a.year`,
        )
      : [];
  const summaries = await queryRows<{ year: number; status: 'draft' | 'submitted'; submittedAt: string | null }>(
    db,
    sql`select year, status, (submitted_at at time zone 'Asia/Shanghai')::date::text as "submittedAt" from annual_summaries where county_code = ${countyCode} order by year`,
  );
  return {
    code,
    name: region.name,
    level,
    countyCode,
    filedHouseholds: counts?.filed ?? 0,
    plan,
    meetings: await listMeetings(official, countyCode),
    inspections: await listInspections(official, now, code),
    summaries,
    trainingSessions: counts?.sessions ?? 0,
    trainedHouseholds: counts?.trained ?? 0,
    party: await partyStageCounts(db, code),
  };
}

/** Townships and counties whose work file the official may open: their own region and those below it. */
export async function workFileRegions(official: Official): Promise<{ code: string; name: string; level: string }[]> {
  if (!roleMay(official.role, 'workfile.view')) return [];
  const prefix = prefixOf(official);
  if (prefix === null) return [];
  return queryRows<{ code: string; name: string; level: string }>(
    await getDb(),
    sql`select code, name, level from regions where code like ${prefix + '%'} and level in ('county', 'township') order by code`,
  );
}
