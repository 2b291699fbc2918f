// 行政区划 for the demo: 白城市, its five county-level units with their real statistical codes, and
// real townships (乡镇) from DOMAIN.md. Township codes follow the statistical convention (county code +
// 街道 0xx / 镇 1xx / 乡 2xx, numbered in order); the villages (村) under them are invented, numbered
// as village committees 2xx.

export type RegionLevel = 'city' | 'county' | 'township' | 'village';

export interface RegionRow {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
}

export interface VillageSeed {
  code: string; // 12 digits
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

/** Villages are numbered 201, 202, … under their township, in the order given. */
function township(countyCode: string, suffix: string, name: string, villages: string[]): TownshipSeed {
  if (new Set(villages).size !== villages.length) throw new Error(`duplicate village under ${name}`);
  const code = `${countyCode}${suffix}`;
  return {
    code,
    name,
    villages: villages.map((v, i) => ({ code: `${code}${201 + i}`, name: v })),
  };
}

export const COUNTIES: readonly CountySeed[] = [
  {
    code: '220802',
    name: '洮北区',
    townships: [
      township('220802', '100', '平安镇', ['前进村', '新立村', '永安村', '红旗村']),
      township('220802', '101', '青山镇', ['长发村', '富民村', '太平村']),
      township('220802', '102', '林海镇', ['新华村', '胜利村', '东升村']),
      township('220802', '200', '东风乡', ['兴隆村', '联合村']),
    ],
  },
  {
    code: '220821',
    name: '镇赉县',
    townships: [
      township('220821', '100', '镇赉镇', ['团结村', '前进村', '双山村']),
      township('220821', '101', '坦途镇', ['五家子村', '新立村', '民乐村']),
      township('220821', '200', '建平乡', ['永丰村', '建设村', '庆丰村', '和平村']),
    ],
  },
  {
    code: '220822',
    name: '通榆县',
    townships: [
      township('220822', '100', '开通镇', ['新立村', '向阳村', '宝山村']),
      township('220822', '101', '瞻榆镇', ['红星村', '三合村', '永胜村']),
      township('220822', '200', '新发乡', ['新发村', '幸福村']),
      township('220822', '201', '向海蒙古族乡', ['向海村', '复兴村', '兴隆村']),
    ],
  },
  {
    code: '220881',
    name: '洮南市',
    townships: [
      township('220881', '100', '瓦房镇', ['瓦房村', '长安村', '富强村']),
      township('220881', '101', '万宝镇', ['万宝村', '东兴村', '红光村', '永安村']),
      township('220881', '200', '聚宝乡', ['聚宝村', '靠山村', '五一村']),
      township('220881', '201', '胡力吐蒙古族乡', ['胡力吐村', '巨宝村']),
    ],
  },
  {
    code: '220882',
    name: '大安市',
    townships: [
      township('220882', '100', '月亮泡镇', ['月亮泡村', '渔场村', '新荒村']),
      township('220882', '101', '安广镇', ['安广村', '东风村', '光明村']),
      township('220882', '200', '四棵树乡', ['四棵树村', '北山村', '新民村']),
    ],
  },
];

/** All regions, parents before children (the order the foreign key needs). */
export function regionRows(): RegionRow[] {
  const rows: RegionRow[] = [{ code: CITY.code, name: CITY.name, level: 'city', parentCode: null }];
  for (const c of COUNTIES) {
    rows.push({ code: c.code, name: c.name, level: 'county', parentCode: CITY.code });
    for (const t of c.townships) {
      rows.push({ code: t.code, name: t.name, level: 'township', parentCode: c.code });
      for (const v of t.villages) {
        rows.push({ code: v.code, name: v.name, level: 'village', parentCode: t.code });
      }
    }
  }
  return rows;
}

/** A village with the names of the regions above it (for titles and addresses). */
export interface VillagePlace {
  code: string;
  name: string;
  township: TownshipSeed;
  county: CountySeed;
}

export function allVillages(): VillagePlace[] {
  return COUNTIES.flatMap((county) =>
    county.townships.flatMap((t) => t.villages.map((v) => ({ code: v.code, name: v.name, township: t, county }))),
  );
}

/** Looks a village up by its names; throws if the demo data does not have it (a typo in the seed). */
export function findVillage(countyName: string, townshipName: string, villageName: string): VillagePlace {
  const found = allVillages().find(
    (v) => v.county.name === countyName && v.township.name === townshipName && v.name === villageName,
  );
  if (!found) throw new Error(`No demo village ${countyName}${townshipName}${villageName}`);
  return found;
}
