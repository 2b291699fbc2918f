// Read models of households (帮扶对象) for officials: the full registration data, private fields
// included, and only within the official's region. Every function takes the Official and checks
// `household.view` itself, so a page cannot forget to; lists filter by the region prefix in SQL.
import { asc, count, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { getDb } from '@/db';
import { householdPrivate, households, householdStatuses, noticeEntries, notices, regions } from '@/db/schema';
import { recordPrivateRead } from '@/lib/audit/private-read';
import type { Official } from '@/lib/auth/official';
import { can, type Action } from '@/lib/domain/permissions';
import { isRuralVillage } from '@/lib/domain/regions';
import type { NoticeStatus } from '@/lib/domain/notice';
import { rowId } from '@/lib/route-params';
import { householdScope, placeNames, withPrivate, withVillage } from './scope';
import { annexOneColumns } from './household-fields';

export type HouseholdStatus = (typeof householdStatuses)[number];

/** The most rows a list shows; beyond this the official narrows the search. */
export const HOUSEHOLD_LIST_LIMIT = 200;

export type HouseholdFilters = { q?: string; villageCode?: string; status?: HouseholdStatus };

export type HouseholdListRow = {
  id: number;
  fullName: string;
  villageCode: string;
  villageName: string;
  villageGroup: string | null;
  year: number;
  status: HouseholdStatus;
};

// A search fragment is matched literally: % and _ typed by the official are not wildcards.
function likeFragment(fragment: string): string {
  return `%${fragment.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Households in the official's region matching the filters, at most `limit` of them (village, then
 * registration order), with the total that matched so the page can say when rows were left out.
 */
export async function listHouseholds(
  official: Official,
  filters: HouseholdFilters = {},
  limit = HOUSEHOLD_LIST_LIMIT,
): Promise<{ rows: HouseholdListRow[]; total: number }> {
  const scope = householdScope(official);
  if (scope === null) return { rows: [], total: 0 };
  const conditions: (SQL | undefined)[] = [];
  const q = filters.q?.trim();
  if (q) {
    const fragment = likeFragment(q);
    conditions.push(or(ilike(householdPrivate.fullName, fragment), ilike(householdPrivate.certificateNumber, fragment)));
  }
  if (filters.villageCode) conditions.push(eq(households.villageCode, filters.villageCode));
  if (filters.status) conditions.push(eq(households.status, filters.status));
  const where = scope.where(...conditions);

  const db = await getDb();
  const [counted] = await db
    .select({ n: count() })
    .from(households)
    .innerJoin(householdPrivate, eq(householdPrivate.householdId, households.id))
    .where(where);
  const rows = await db.select({
    id: households.id,
    fullName: householdPrivate.fullName,
    villageCode: households.villageCode,
    villageName: regions.name,
    villageGroup: households.villageGroup,
    year: households.year,
    status: households.status,
  }).from(households).innerJoin(...withPrivate).innerJoin(...withVillage)
    .where(where)
    .orderBy(asc(households.villageCode), asc(households.id))
    .limit(limit);
  const total = counted?.n ?? 0;
  // A search matches names and ID numbers: audited with its count, never the text typed.
  if (q) await recordPrivateRead(db, official, 'household.search', { regionCode: official.regionCode, results: total });
  // Belt and braces: the SQL prefix already confines the rows; the rule is checked per row as well.
  return { rows: scope.visible(rows), total };
}

export type Village = { code: string; name: string; townshipName: string };

/**
 * Village committees (村委会) within the official's region, for the village select of the forms and the
 * search: residents' committees and other units never hold households. A form that adds or moves
 * households (`takingNew`) lists only villages that are still listed, plus `keep` (the household's own).
 */
export async function listVillages(
  official: Official,
  action: Action = 'household.view',
  opts: { takingNew?: boolean; keep?: string } = {},
): Promise<Village[]> {
  const scope = householdScope(official, action, regions.code);
  if (scope === null) return [];
  const db = await getDb();
  const township = alias(regions, 'township');
  const villages = await db
    .select({ code: regions.code, name: regions.name, townshipName: township.name, retiredAt: regions.retiredAt })
    .from(regions)
    .innerJoin(township, eq(township.code, regions.parentCode))
    .where(scope.where(eq(regions.level, 'village')))
    .orderBy(asc(regions.code));
  return villages
    .filter((v) => isRuralVillage(v.code) && (!opts.takingNew || v.retiredAt === null || v.code === opts.keep))
    .filter((v) => scope.may(v.code))
    .map(({ code, name, townshipName }) => ({ code, name, townshipName }));
}

export type HouseholdDetail = {
  id: number;
  programmeId: number;
  year: number;
  villageCode: string;
  /** Township and village names, e.g. 平安镇 平安村委会 (the county is implied by the official's region). */
  place: { countyName: string; townshipName: string; villageName: string };
  villageGroup: string | null;
  fullName: string;
  maskedName: string;
  sex: 'M' | 'F';
  ethnicity: string;
  age: number;
  certificateNumber: string;
  disabilityCategory: number;
  disabilityGrade: number;
  householdSize: number;
  disabledMembers: number;
  phone: string | null;
  incomePerCapita: number;
  address: string;
  employmentIntention: string | null;
  hasPhoto: boolean;
  status: HouseholdStatus;
  createdAt: Date;
  updatedAt: Date;
};

/** One household with every registration field, or null when it does not exist or lies outside the region; each read is audited. */
export async function getHousehold(official: Official, id: number): Promise<HouseholdDetail | null> {
  const householdId = rowId(id);
  const scope = householdScope(official);
  if (householdId === null || scope === null) return null;
  const db = await getDb();
  const [row] = await db
    .select({
      id: households.id,
      programmeId: households.programmeId,
      ...annexOneColumns,
      maskedName: households.maskedName,
      // Only whether there is one: the data URL can be a megabyte and is served by its own route.
      hasPhoto: sql<boolean>`(${householdPrivate.photo} is not null)`,
      status: households.status,
      createdAt: households.createdAt,
      updatedAt: households.updatedAt,
    })
    .from(households)
    .innerJoin(householdPrivate, eq(householdPrivate.householdId, households.id))
    .where(eq(households.id, householdId));
  if (!row || !scope.may(row.villageCode)) return null;
  await recordPrivateRead(db, official, 'household.view', { householdId: row.id });
  const { countyName, townshipName, villageName } = await placeNames(row.villageCode);
  return { ...row, place: { countyName, townshipName, villageName } };
}

export type HouseholdNotice = {
  noticeId: number;
  title: string;
  status: NoticeStatus;
  periodStartDate: string | null;
  periodEndDate: string | null;
  periodEndsAt: Date | null;
  outcome: 'passed' | 'removed' | null;
};

/** The notices (drafts included) that list the household, newest first; empty outside the region. */
export async function listHouseholdNotices(official: Official, id: number): Promise<HouseholdNotice[]> {
  const householdId = rowId(id);
  if (householdId === null) return [];
  const db = await getDb();
  // Public facts only, so no private read to audit: the region check without getHousehold.
  const [household] = await db.select({ id: households.id, villageCode: households.villageCode }).from(households).where(eq(households.id, householdId));
  if (!household || !can(official, 'household.view', household.villageCode)) return [];
  return db
    .select({
      noticeId: notices.id,
      title: notices.title,
      status: notices.status,
      periodStartDate: notices.periodStartDate,
      periodEndDate: notices.periodEndDate,
      periodEndsAt: notices.periodEndsAt,
      outcome: noticeEntries.outcome,
    })
    .from(noticeEntries)
    .innerJoin(notices, eq(notices.id, noticeEntries.noticeId))
    .where(eq(noticeEntries.householdId, household.id))
    .orderBy(desc(notices.id));
}

export type HouseholdPhoto = { contentType: string; bytes: Uint8Array<ArrayBuffer> };

const DATA_URL = /^data:(image\/(?:jpeg|png|webp));base64,([A-Za-z0-9+/]+={0,2})$/;

/** The stored photo as bytes with its type, or null (no photo, no household, or outside the region); audited. */
export async function getHouseholdPhoto(official: Official, id: number): Promise<HouseholdPhoto | null> {
  const householdId = rowId(id);
  const scope = householdScope(official);
  if (householdId === null || scope === null) return null;
  const db = await getDb();
  const [row] = await db
    .select({ villageCode: households.villageCode, photo: householdPrivate.photo })
    .from(households)
    .innerJoin(householdPrivate, eq(householdPrivate.householdId, households.id))
    .where(eq(households.id, householdId));
  if (!row?.photo || !scope.may(row.villageCode)) return null;
  const match = DATA_URL.exec(row.photo);
  if (!match) return null;
  await recordPrivateRead(db, official, 'household.photo', { householdId });
  return { contentType: match[1]!, bytes: new Uint8Array(Buffer.from(match[2]!, 'base64')) };
}
