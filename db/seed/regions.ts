// 行政区划 for the demo. The regions table gets 白城市's whole official tree from the committed file
// db/regions/220800.csv (统计用区划代码, 2023 edition). The demo's fictional households live in a
// handful of real village committees (村委会) of the five counties in the allocation plan (annex 2),
// chosen here by code; their names come from the file, so they are the names as published.
import { villageShortName } from '../../lib/domain/regions';
import { readRegionFile, type RegionRow } from '../regions/load';

export type { RegionRow };
export { villageShortName };

export interface VillageSeed {
  code: string; // 12 digits
  /** The published name, e.g. 平安村委会. */
  name: string;
}

export interface TownshipSeed {
  code: string; // 9 digits
  name: string;
  villages: VillageSeed[];
}

export interface CountySeed {
  code: string; // 6 digits
  name: string;
  townships: TownshipSeed[];
}

export const CITY = { code: '220800', name: '白城市' } as const;

/**
 * The demo villages: county → township (9 digits) → the last 3 digits of its villages' codes. Arrays,
 * not objects: numeric keys would be reordered, and the order feeds the seed's random draws.
 */
const DEMO_VILLAGES: [county: string, townships: [township: string, villages: string[]][]][] = [
  ['220802', [
    ['220802100', ['201', '202', '203', '204']], // 平安镇: 平安 (village-a), 永平 (village-b), 红光, 安全
    ['220802101', ['201', '202', '203']], // 青山镇
    ['220802102', ['200', '202', '204']], // 林海镇
    ['220802200', ['201', '202']], // 东风乡
  ]],
  ['220821', [
    ['220821100', ['201', '203', '204']], // 镇赉镇
    ['220821101', ['201', '202', '203']], // 坦途镇
    ['220821202', ['201', '202', '203', '204']], // 建平乡
  ]],
  ['220822', [
    ['220822100', ['201', '202', '203']], // 开通镇
    ['220822101', ['201', '202', '203']], // 瞻榆镇
    ['220822200', ['201', '202']], // 新发乡
    ['220822202', ['200', '201', '202']], // 向海蒙古族乡
  ]],
  ['220881', [
    ['220881100', ['201', '202', '203']], // 瓦房镇
    ['220881101', ['201', '202', '203', '204']], // 万宝镇
    ['220881202', ['201', '202', '203']], // 聚宝乡
    ['220881200', ['200', '201']], // 胡力吐蒙古族乡
  ]],
  ['220882', [
    ['220882100', ['201', '202', '203']], // 月亮泡镇
    ['220882101', ['201', '202', '203']], // 安广镇
    ['220882200', ['201', '202', '203']], // 四棵树乡
  ]],
];

let cache: { rows: RegionRow[]; counties: CountySeed[] } | undefined;

function load(): { rows: RegionRow[]; counties: CountySeed[] } {
  if (cache) return cache;
  const file = readRegionFile(CITY.code);
  const byCode = new Map(file.rows.map((r) => [r.code, r]));
  const named = (code: string, level: RegionRow['level']): string => {
    const row = byCode.get(code);
    if (row?.level !== level) throw new Error(`The demo names ${code}, which is not a ${level} in db/regions/${CITY.code}.csv`);
    return row.name;
  };
  if (named(CITY.code, 'city') !== CITY.name) throw new Error(`db/regions/${CITY.code}.csv is not ${CITY.name}`);
  const counties = DEMO_VILLAGES.map(([code, townships]) => ({
    code,
    name: named(code, 'county'),
    townships: townships.map(([tCode, suffixes]) => ({
      code: tCode,
      name: named(tCode, 'township'),
      villages: suffixes.map((s) => ({ code: `${tCode}${s}`, name: named(`${tCode}${s}`, 'village') })),
    })),
  }));
  cache = { rows: file.rows, counties };
  return cache;
}

/** The five counties of the allocation plan, each with its demo townships and villages. */
export const COUNTIES: readonly CountySeed[] = load().counties;

/** The whole city, parents before children (the order the foreign key needs). */
export function regionRows(): RegionRow[] {
  return load().rows;
}


/** A village with the names of the regions above it (for titles and addresses). */
export interface VillagePlace {
  code: string;
  /** The published name, e.g. 平安村委会. */
  name: string;
  /** The village itself, e.g. 平安村. */
  shortName: string;
  township: TownshipSeed;
  county: CountySeed;
}

export function allVillages(): VillagePlace[] {
  return COUNTIES.flatMap((county) =>
    county.townships.flatMap((t) =>
      t.villages.map((v) => ({ code: v.code, name: v.name, shortName: villageShortName(v.name), township: t, county })),
    ),
  );
}

/** Looks a demo village up by its names; throws if the demo does not use it (a typo in the seed). */
export function findVillage(countyName: string, townshipName: string, villageName: string): VillagePlace {
  const found = allVillages().find(
    (v) => v.county.name === countyName && v.township.name === townshipName && v.name === villageName,
  );
  if (!found) throw new Error(`No demo village ${countyName}${townshipName}${villageName}`);
  return found;
}
