// The aggregated roster (汇总名册) of filed households (建档) of a county or township, for the county
// and township DPFs' files: a table on the page and downloads as .xlsx and CSV. It is an official
// export with private fields (certificate number, phone, address), so it is confined to the requested
// region, which must lie within the official's own (`roster.export`), and each download is audited.
import { and, asc, eq, inArray, isNotNull, like, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import ExcelJS from 'exceljs';
import { getDb } from '@/db';
import type { Db, Tx } from '@/db/client';
import { householdPrivate, households, regions } from '@/db/schema';
import type { Official } from '@/lib/auth/official';
import { recordAudit } from '@/lib/audit/record';
import { can, roleMay } from '@/lib/domain/permissions';
import { regionLevel, regionPrefix, type RegionLevel } from '@/lib/domain/regions';
import { chinaDateString } from '@/lib/domain/time';
import { zh } from '@/lib/i18n/zh';
import { zhAdminApprovals } from '@/lib/i18n/zh-admin-approvals';
import { annexOneColumns } from './household-fields';

const t = zhAdminApprovals.roster;

export type RosterRegion = { code: string; name: string; level: Exclude<RegionLevel, 'village'> };

/** Why a roster is refused: the role never may (403), the region is outside (403) or no such roster region (404). */
export type RosterRefusal = { ok: false; status: 403 | 404; message: string };

/**
 * The region a roster may be made for: a county or township within the official's region, or the
 * official's own region (for the city: the whole city). A village is not a roster level.
 */
export async function resolveRosterRegion(official: Official, code: string): Promise<{ ok: true; region: RosterRegion } | RosterRefusal> {
  if (!roleMay(official.role, 'roster.export')) return { ok: false, status: 403, message: t.notAllowed };
  const level = regionLevel(code);
  if (level === null || level === 'village') return { ok: false, status: 404, message: t.regionRefused };
  if (!can(official, 'roster.export', code) || (level === 'city' && code !== official.regionCode)) {
    return { ok: false, status: 403, message: t.regionRefused };
  }
  const db = await getDb();
  const [row] = await db.select({ code: regions.code, name: regions.name, level: regions.level }).from(regions).where(eq(regions.code, code));
  if (!row || row.level === 'village') return { ok: false, status: 404, message: t.regionRefused };
  return { ok: true, region: { code: row.code, name: row.name, level: row.level } };
}

/** The regions the official may choose for a roster: their own, then its counties and townships. */
export async function rosterRegions(official: Official): Promise<RosterRegion[]> {
  if (!roleMay(official.role, 'roster.export')) return [];
  const prefix = regionPrefix(official.regionCode);
  if (prefix === null) return [];
  const db = await getDb();
  const rows = await db
    .select({ code: regions.code, name: regions.name, level: regions.level })
    .from(regions)
    .where(and(like(regions.code, `${prefix}%`), or(eq(regions.code, official.regionCode), inArray(regions.level, ['county', 'township']))))
    .orderBy(asc(regions.code));
  return rows.filter((r): r is RosterRegion => r.level !== 'village' && can(official, 'roster.export', r.code));
}

export type RosterRow = {
  householdId: number;
  countyName: string;
  townshipName: string;
  villageName: string;
  villageCode: string;
  fullName: string;
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
  /** 建档日期, China date. */
  filedOn: string;
};

// Annex 1's columns the roster prints: not the year, group or employment intention (minimum necessary).
const { year: _year, villageGroup: _group, employmentIntention: _intention, ...rosterColumns } = annexOneColumns;

async function queryRoster(q: Db | Tx, region: RosterRegion): Promise<RosterRow[]> {
  const prefix = regionPrefix(region.code)!;
  const township = alias(regions, 'township');
  const county = alias(regions, 'county');
  const rows = await q
    .select({
      householdId: households.id,
      countyName: county.name,
      townshipName: township.name,
      villageName: regions.name,
      ...rosterColumns,
      filedAt: households.filedAt,
    })
    .from(households)
    .innerJoin(householdPrivate, eq(householdPrivate.householdId, households.id))
    .innerJoin(regions, eq(regions.code, households.villageCode))
    .innerJoin(township, eq(township.code, regions.parentCode))
    .innerJoin(county, eq(county.code, township.parentCode))
    .where(and(like(households.villageCode, `${prefix}%`), isNotNull(households.filedAt)))
    .orderBy(asc(households.villageCode), asc(households.filedAt), asc(households.id));
  return rows.map(({ filedAt, ...r }) => ({ ...r, filedOn: chinaDateString(filedAt!) }));
}

/** The filed households of an allowed region, for the page. */
export async function listRoster(official: Official, code: string): Promise<{ ok: true; region: RosterRegion; rows: RosterRow[] } | RosterRefusal> {
  const resolved = await resolveRosterRegion(official, code);
  if (!resolved.ok) return resolved;
  const rows = await queryRoster(await getDb(), resolved.region);
  // Belt and braces: the SQL prefix already confines the rows to the region.
  return { ok: true, region: resolved.region, rows: rows.filter((r) => can(official, 'roster.export', r.villageCode)) };
}

// ---- The columns, shared by the page, the CSV and the workbook.

export const ROSTER_COLUMNS = [
  'index',
  'county',
  'township',
  'village',
  'name',
  'sex',
  'ethnicity',
  'age',
  'certificateNumber',
  'category',
  'grade',
  'householdSize',
  'disabledMembers',
  'phone',
  'income',
  'address',
  'filedOn',
] as const;
export type RosterColumn = (typeof ROSTER_COLUMNS)[number];

export const ROSTER_HEADERS: readonly string[] = ROSTER_COLUMNS.map((c) => t.columns[c]);

// Character widths for the workbook: Chinese characters count about two.
const WIDTHS: Record<RosterColumn, number> = {
  index: 6,
  county: 12,
  township: 12,
  village: 12,
  name: 10,
  sex: 6,
  ethnicity: 10,
  age: 6,
  certificateNumber: 26,
  category: 10,
  grade: 10,
  householdSize: 10,
  disabledMembers: 10,
  phone: 16,
  income: 18,
  address: 36,
  filedOn: 12,
};

/** One row's cells in column order: numbers stay numbers, identifiers stay text. */
export function rosterCells(row: RosterRow, index: number): (string | number)[] {
  const values: Record<RosterColumn, string | number> = {
    index,
    county: row.countyName,
    township: row.townshipName,
    village: row.villageName,
    name: row.fullName,
    sex: zh.sex[row.sex],
    ethnicity: row.ethnicity,
    age: row.age,
    certificateNumber: row.certificateNumber,
    category: `${zh.categories[row.disabilityCategory] ?? row.disabilityCategory}残疾`,
    grade: zh.grades[row.disabilityGrade] ?? String(row.disabilityGrade),
    householdSize: row.householdSize,
    disabledMembers: row.disabledMembers,
    phone: row.phone ?? '',
    income: row.incomePerCapita,
    address: row.address,
    filedOn: row.filedOn,
  };
  return ROSTER_COLUMNS.map((c) => values[c]);
}

// A spreadsheet runs a cell that starts with = + - @ as a formula (CSV injection): quote it as text.
function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** CSV in UTF-8 with a byte-order mark (so that Excel reads the Chinese), CRLF line ends. */
export function rosterCsv(rows: readonly RosterRow[]): Uint8Array {
  const lines = [ROSTER_HEADERS.map(csvCell).join(','), ...rows.map((r, i) => rosterCells(r, i + 1).map(csvCell).join(','))];
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}

/** A real workbook: one sheet, a bold frozen header row, column widths, identifiers as text. */
export async function rosterXlsx(rows: readonly RosterRow[], title: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Gongshi';
  workbook.title = title;
  const sheet = workbook.addWorksheet(t.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = ROSTER_COLUMNS.map((c) => ({ header: t.columns[c], key: c, width: WIDTHS[c] }));
  // Long digit strings must stay text, or the spreadsheet shows 2.2E+19 and drops the last digits.
  for (const c of ['certificateNumber', 'phone'] as const) sheet.getColumn(c).numFmt = '@';
  sheet.getRow(1).font = { bold: true };
  rows.forEach((r, i) => sheet.addRow(rosterCells(r, i + 1)));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: ROSTER_COLUMNS.length } };
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

export type RosterFormat = 'xlsx' | 'csv';

export type RosterFile = { fileName: string; contentType: string; bytes: Uint8Array; rows: number };

const CONTENT_TYPES: Record<RosterFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

/**
 * The roster file of an allowed region, audited: the rows are read and the audit row written in one
 * transaction, so the audit says exactly how many households left the system.
 */
export async function exportRoster(official: Official, code: string, format: RosterFormat, now: Date): Promise<{ ok: true; file: RosterFile } | RosterRefusal> {
  const resolved = await resolveRosterRegion(official, code);
  if (!resolved.ok) return resolved;
  const { region } = resolved;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const rows = (await queryRoster(tx, region)).filter((r) => can(official, 'roster.export', r.villageCode));
    const title = t.fileName(region.name, chinaDateString(now));
    const bytes = format === 'xlsx' ? await rosterXlsx(rows, title) : rosterCsv(rows);
    await recordAudit(tx, official, now, {
      action: 'roster.export',
      entityType: 'region',
      entityId: region.code,
      summary: { regionCode: region.code, rows: rows.length, format },
    });
    return { ok: true as const, file: { fileName: `${title}.${format}`, contentType: CONTENT_TYPES[format], bytes, rows: rows.length } };
  });
}
