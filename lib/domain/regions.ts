// Region codes (统计用区划代码) of the national statistical division. An official is bound to one
// region and everything below it, so "is this code inside that one" must be exact.
//
//   city (市)        6 digits ending '00', e.g. 220800 白城市
//   county (县级)     6 digits,             e.g. 220802 洮北区
//   township (乡级)   9 digits = county + 3, e.g. 220802100
//   village (村级)   12 digits = township + 3, e.g. 220802100201

export type RegionLevel = 'city' | 'county' | 'township' | 'village';

const LEVEL_DEPTH: Record<RegionLevel, number> = { city: 0, county: 1, township: 2, village: 3 };

// The digits a code shares with everything beneath it: a city's descendants share only its first 4
// digits (their county part replaces its '00').
const PREFIX_LENGTH: Record<RegionLevel, number> = { city: 4, county: 6, township: 9, village: 12 };

/**
 * The level of a code, or null when it is malformed. Province codes (xx0000) are not a level of this
 * product, and a '000' suffix is the parent padded out, not a township or village of its own.
 */
export function regionLevel(code: string): RegionLevel | null {
  if (!/^\d+$/.test(code)) return null;
  switch (code.length) {
    case 6:
      if (code.endsWith('0000')) return null;
      return code.endsWith('00') ? 'city' : 'county';
    case 9:
      // A township may sit directly under a city without counties (e.g. 东莞 441900).
      return !code.endsWith('000') && regionLevel(code.slice(0, 6)) !== null ? 'township' : null;
    case 12:
      return !code.endsWith('000') && regionLevel(code.slice(0, 9)) === 'township'
        ? 'village'
        : null;
    default:
      return null;
  }
}

/** True when `code` is `ancestorCode` or lies beneath it; false for any malformed code. */
export function isWithin(code: string, ancestorCode: string): boolean {
  const level = regionLevel(code);
  const ancestorLevel = regionLevel(ancestorCode);
  if (level === null || ancestorLevel === null) return false;
  if (LEVEL_DEPTH[level] < LEVEL_DEPTH[ancestorLevel]) return false;
  const prefix = PREFIX_LENGTH[ancestorLevel];
  return code.slice(0, prefix) === ancestorCode.slice(0, prefix);
}

/** village → township → county → city → null; null for a malformed code. */
export function parentCode(code: string): string | null {
  switch (regionLevel(code)) {
    case 'village':
      return code.slice(0, 9);
    case 'township':
      return code.slice(0, 6);
    case 'county':
      return `${code.slice(0, 4)}00`;
    default:
      return null;
  }
}

/** The digits every code beneath this region starts with (a city: its first 4). Null when malformed. */
export function regionPrefix(code: string): string | null {
  const level = regionLevel(code);
  return level === null ? null : code.slice(0, PREFIX_LENGTH[level]);
}

/** The region's ancestors from the top down, without the region itself. */
export function ancestorCodes(code: string): string[] {
  const chain: string[] = [];
  for (let parent = parentCode(code); parent !== null; parent = parentCode(parent)) chain.unshift(parent);
  return chain;
}

/**
 * What kind of unit a village-level code names, from its last three digits (统计用区划代码编制规则):
 * 001–199 居民委员会 (urban residents' committee), 200–399 村民委员会 (village committee), 400–599 units
 * that resemble either (farms' living quarters, development zones). Null for a code that is not
 * village-level.
 */
export type VillageKind = 'village' | 'residents' | 'other';

export function villageKind(code: string): VillageKind | null {
  if (regionLevel(code) !== 'village') return null;
  const suffix = Number(code.slice(9));
  if (suffix <= 199) return 'residents';
  if (suffix <= 399) return 'village';
  return 'other';
}

/** The programme is rural: households register, and notices post, only in village committees (村委会). */
export function isRuralVillage(code: string): boolean {
  return villageKind(code) === 'village';
}

/** Why a village-level region takes no new households or notices; null when it does. */
export type VillageRefusal = 'unknown' | 'residents' | 'other' | 'retired';

/** A region found by its code (null when none): may new households and notices go there? */
export function villageRefusal(region: { code: string; level: RegionLevel; retired: boolean } | null): VillageRefusal | null {
  if (region === null || region.level !== 'village') return 'unknown';
  const kind = villageKind(region.code);
  if (kind === null) return 'unknown';
  if (kind !== 'village') return kind;
  return region.retired ? 'retired' : null;
}

/** 平安村委会 → 平安村: the village a committee serves, for titles, addresses and body names. */
export function villageShortName(name: string): string {
  return name.endsWith('村委会') ? name.slice(0, -2) : name;
}
