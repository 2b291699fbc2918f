// Read model of account management (账号管理): the accounts (工作人员账号) and the regions the system
// administrator may bind them to. Each function checks 'account.manage' on every row itself, so a page
// cannot show an account outside the administrator's region by forgetting a check.
import { asc, eq, like } from 'drizzle-orm';
import { getDb } from '@/db';
import { officials, regions } from '@/db/schema';
import type { Official } from '@/lib/auth/official';
import { ancestorCodes, regionPrefix, type RegionLevel } from '@/lib/domain/regions';
import { can, roleMay, type Role } from '@/lib/domain/permissions';

export type AccountRow = {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  regionCode: string;
  regionName: string;
  active: boolean;
};

export type AccountDetail = AccountRow & { regionLevel: RegionLevel; createdAt: Date };

export type RegionChoice = {
  code: string;
  name: string;
  level: RegionLevel;
  /** Names of the regions between the administrator's region and this one, top down (e.g. 洮北区 平安镇). */
  parents: string[];
};

const columns = {
  id: officials.id,
  username: officials.username,
  displayName: officials.displayName,
  role: officials.role,
  regionCode: officials.regionCode,
  regionName: regions.name,
  regionLevel: regions.level,
  active: officials.active,
  createdAt: officials.createdAt,
};

/** LIKE pattern of everything in the official's region; null when the role may not manage accounts. */
function managedPattern(official: Official): string | null {
  if (!roleMay(official.role, 'account.manage')) return null;
  const prefix = regionPrefix(official.regionCode);
  return prefix === null ? null : `${prefix}%`;
}

/** Every account in the administrator's region, by region then username; null without the permission. */
export async function listAccounts(official: Official): Promise<AccountRow[] | null> {
  const pattern = managedPattern(official);
  if (pattern === null) return null;
  const db = await getDb();
  const rows = await db
    .select(columns)
    .from(officials)
    .innerJoin(regions, eq(regions.code, officials.regionCode))
    .where(like(officials.regionCode, pattern))
    .orderBy(asc(officials.regionCode), asc(officials.username));
  return rows
    .filter((row) => can(official, 'account.manage', row.regionCode))
    .map(({ regionLevel: _level, createdAt: _created, ...row }) => row);
}

/** One account, or null when it does not exist or lies outside the administrator's region. */
export async function getAccount(official: Official, id: number): Promise<AccountDetail | null> {
  if (managedPattern(official) === null || !Number.isSafeInteger(id) || id < 1 || id > 2_147_483_647) return null;
  const db = await getDb();
  const [row] = await db
    .select(columns)
    .from(officials)
    .innerJoin(regions, eq(regions.code, officials.regionCode))
    .where(eq(officials.id, id));
  return row && can(official, 'account.manage', row.regionCode) ? row : null;
}

/** The regions an account may be bound to: the administrator's region and everything below it, by code. */
export async function listRegionChoices(official: Official): Promise<RegionChoice[]> {
  const pattern = managedPattern(official);
  if (pattern === null) return [];
  const db = await getDb();
  const rows = await db
    .select({ code: regions.code, name: regions.name, level: regions.level })
    .from(regions)
    .where(like(regions.code, pattern))
    .orderBy(asc(regions.code));
  const inside = rows.filter((row) => can(official, 'account.manage', row.code));
  const names = new Map(inside.map((row) => [row.code, row.name]));
  return inside.map((row) => ({
    ...row,
    // The administrator's own region is implied on every line, so it is left out.
    parents: ancestorCodes(row.code)
      .filter((code) => code !== official.regionCode && names.has(code))
      .map((code) => names.get(code)!),
  }));
}
