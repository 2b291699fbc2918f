import { describe, it, expect } from 'vitest';
import { ancestorCodes, isRuralVillage, isWithin, parentCode, regionLevel, regionPrefix, villageKind, villageRefusal, villageShortName } from './regions';

const CITY = '220800'; // 白城市
const COUNTY = '220802'; // 洮北区
const OTHER_COUNTY = '220881'; // 洮南市
const TOWNSHIP = '220802100';
const VILLAGE = '220802100201';

describe('regionLevel', () => {
  it('recognises each level', () => {
    expect(regionLevel(CITY)).toBe('city');
    expect(regionLevel(COUNTY)).toBe('county');
    expect(regionLevel(TOWNSHIP)).toBe('township');
    expect(regionLevel(VILLAGE)).toBe('village');
  });

  it('returns null for malformed codes', () => {
    for (const code of ['', '2208', '22080', '2208021', '22080210020', '2208001002011', 'abcdef']) {
      expect(regionLevel(code), code).toBeNull();
    }
    expect(regionLevel('220000')).toBeNull(); // province
    expect(regionLevel('220802000')).toBeNull(); // padded county, not a township
    expect(regionLevel('220802100000')).toBeNull(); // padded township, not a village
    expect(regionLevel('220000100')).toBeNull(); // township under a province code
    expect(regionLevel(' 220802')).toBeNull();
  });
});

describe('isWithin', () => {
  it('a region is within itself', () => {
    for (const code of [CITY, COUNTY, TOWNSHIP, VILLAGE]) expect(isWithin(code, code)).toBe(true);
  });

  it('every level is within its ancestors', () => {
    expect(isWithin(COUNTY, CITY)).toBe(true);
    expect(isWithin(TOWNSHIP, CITY)).toBe(true);
    expect(isWithin(VILLAGE, CITY)).toBe(true);
    expect(isWithin(TOWNSHIP, COUNTY)).toBe(true);
    expect(isWithin(VILLAGE, COUNTY)).toBe(true);
    expect(isWithin(VILLAGE, TOWNSHIP)).toBe(true);
    expect(isWithin('220881203', CITY)).toBe(true);
  });

  it('an ancestor is not within its descendant', () => {
    expect(isWithin(CITY, COUNTY)).toBe(false);
    expect(isWithin(COUNTY, TOWNSHIP)).toBe(false);
    expect(isWithin(TOWNSHIP, VILLAGE)).toBe(false);
  });

  it('siblings and other branches are not within', () => {
    expect(isWithin(VILLAGE, OTHER_COUNTY)).toBe(false);
    expect(isWithin(OTHER_COUNTY, COUNTY)).toBe(false);
    expect(isWithin('220802101201', TOWNSHIP)).toBe(false);
    expect(isWithin('220802100202', VILLAGE)).toBe(false);
    expect(isWithin('220100', CITY)).toBe(false); // 长春市
    expect(isWithin('220102', CITY)).toBe(false);
    expect(isWithin('220821100201', TOWNSHIP)).toBe(false);
  });

  it('is false for malformed codes', () => {
    expect(isWithin('2208021', CITY)).toBe(false);
    expect(isWithin(COUNTY, '2208')).toBe(false);
    expect(isWithin(COUNTY, '')).toBe(false);
  });
});

describe('parentCode', () => {
  it('walks village → township → county → city → null', () => {
    expect(parentCode(VILLAGE)).toBe(TOWNSHIP);
    expect(parentCode(TOWNSHIP)).toBe(COUNTY);
    expect(parentCode(COUNTY)).toBe(CITY);
    expect(parentCode('220882')).toBe(CITY);
    expect(parentCode(CITY)).toBeNull();
  });

  it('is null for malformed codes', () => {
    expect(parentCode('22080')).toBeNull();
    expect(parentCode('220802000')).toBeNull();
  });
});

describe('regionPrefix and ancestorCodes', () => {
  it('gives the shared prefix of everything beneath a region', () => {
    expect(regionPrefix('220800')).toBe('2208');
    expect(regionPrefix('220802')).toBe('220802');
    expect(regionPrefix('220802100')).toBe('220802100');
    expect(regionPrefix('220802100201')).toBe('220802100201');
    expect(regionPrefix('22080')).toBeNull();
  });
  it('lists ancestors from the city down', () => {
    expect(ancestorCodes('220802100201')).toEqual(['220800', '220802', '220802100']);
    expect(ancestorCodes('220802')).toEqual(['220800']);
    expect(ancestorCodes('220800')).toEqual([]);
  });
});

describe('villageKind', () => {
  it('reads the kind from the last three digits', () => {
    expect(villageKind('220802100001')).toBe('residents'); // 新和居委会
    expect(villageKind('220802100199')).toBe('residents');
    expect(villageKind('220802100200')).toBe('village'); // 一心村委会
    expect(villageKind('220802100201')).toBe('village'); // 平安村委会
    expect(villageKind('220802100399')).toBe('village');
    expect(villageKind('220802100400')).toBe('other');
    expect(villageKind('220802402598')).toBe('other'); // 镇南种羊场虚拟生活区
    expect(villageKind('220822400498')).toBe('other'); // 通榆经济开发区虚拟社区
  });

  it('is null for codes that are not village-level', () => {
    for (const code of ['220800', '220802', '220802100', '220802100000', '22080210020', 'abcdefghijkl']) {
      expect(villageKind(code), code).toBeNull();
    }
  });

  it('lets only village committees take households', () => {
    expect(isRuralVillage('220802100201')).toBe(true);
    expect(isRuralVillage('220802100001')).toBe(false);
    expect(isRuralVillage('220802402598')).toBe(false);
    expect(isRuralVillage('220802100')).toBe(false);
  });
});

describe('villageRefusal', () => {
  const village = (code: string, retired = false) => ({ code, level: 'village' as const, retired });
  it('takes new households only in village committees that are still listed', () => {
    expect(villageRefusal(village('220802100201'))).toBeNull();
    expect(villageRefusal(village('220802100201', true))).toBe('retired');
    expect(villageRefusal(village('220802100001'))).toBe('residents');
    expect(villageRefusal(village('220802402598'))).toBe('other');
    expect(villageRefusal(village('220802402598', true))).toBe('other');
    expect(villageRefusal(null)).toBe('unknown');
    expect(villageRefusal({ code: '220802100', level: 'township', retired: false })).toBe('unknown');
  });
});

describe('villageShortName', () => {
  it('names the village a committee serves', () => {
    expect(villageShortName('平安村委会')).toBe('平安村');
    expect(villageShortName('新和居委会')).toBe('新和居委会');
    expect(villageShortName('民生社区')).toBe('民生社区');
  });
});
