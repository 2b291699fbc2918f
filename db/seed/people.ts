// Fictional people for the demo households: names, ethnicity, certificate numbers that pass every
// check the registration form makes, phones and employment intentions. Nobody here is real.

import { makeResidentId } from '../../lib/domain/identity';
import { ageOn, daysInMonth, parseDateString } from '../../lib/domain/time';
import { chance, int, pick, weighted, type Rng } from './random';

export type Sex = 'M' | 'F';
export type Ethnicity = '汉族' | '蒙古族' | '满族' | '朝鲜族';

// Common surnames, with the north-east's usual ones over-represented by repetition.
const HAN_SURNAMES = [
  '王', '李', '张', '刘', '赵', '孙', '杨', '陈', '于', '姜', '高', '马', '徐', '周', '吴', '郭', '胡', '朱',
  '林', '何', '宋', '郑', '谢', '韩', '唐', '冯', '董', '曹', '田', '袁', '潘', '蒋', '蔡', '杜', '程', '魏',
  '吕', '丁', '任', '沈', '姚', '卢', '崔', '钟', '陆', '范', '石', '贾', '夏', '付', '白', '邹', '孟', '秦',
  '尹', '薛', '闫', '段', '侯', '史', '陶', '贺', '顾', '毛', '郝', '邵', '万', '武', '孔', '常', '庞', '隋',
  '王', '李', '张', '刘', '赵', '孙', '于', '姜',
];
const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '慕容'];
const MONGOL_SURNAMES = ['包', '白', '敖', '韩', '吴', '宝', '何'];
const MANCHU_SURNAMES = ['关', '佟', '那', '赵', '富', '金', '索'];
const KOREAN_SURNAMES = ['金', '朴', '崔', '李', '郑', '姜'];

const MALE_GIVEN = [
  '国', '建', '文', '明', '志', '海', '军', '伟', '春', '立', '德', '学', '宝', '福', '成', '永', '长', '庆',
  '金', '贵', '富', '山', '林', '华', '强', '峰', '东', '江', '胜', '利', '玉', '全', '喜', '双', '振', '忠',
  '铁', '树', '占', '殿', '广', '亮', '刚', '鹏', '涛', '军', '辉', '彬',
];
const FEMALE_GIVEN = [
  '秀', '玉', '兰', '凤', '霞', '丽', '芳', '桂', '英', '红', '梅', '春', '淑', '艳', '娟', '静', '敏', '华',
  '云', '翠', '琴', '荣', '莲', '珍', '娜', '萍', '燕', '杰', '香', '菊', '琳', '慧',
];
const MONGOL_GIVEN_M = ['宝音', '朝鲁', '那顺', '布和', '巴图', '苏和'];
const MONGOL_GIVEN_F = ['萨仁', '乌云', '图雅', '琪琪', '娜仁'];

function givenName(rng: Rng, sex: Sex, length: 1 | 2): string {
  const pool = sex === 'M' ? MALE_GIVEN : FEMALE_GIVEN;
  if (length === 1) return pick(rng, pool);
  let second = pick(rng, pool);
  const first = pick(rng, pool);
  while (second === first) second = pick(rng, pool);
  return first + second;
}

/** A plausible fictional name: 2–3 characters, or 4 for a compound surname (欧阳娜娜 style). */
export function personName(rng: Rng, sex: Sex, ethnicity: Ethnicity, compound = false): string {
  if (compound) return pick(rng, COMPOUND_SURNAMES) + givenName(rng, sex, 2);
  const length: 1 | 2 = chance(rng, 0.3) ? 1 : 2;
  switch (ethnicity) {
    case '蒙古族': {
      const surname = pick(rng, MONGOL_SURNAMES);
      // Many Mongol villagers in Jilin use a Chinese-style name; some a transcribed Mongolian one.
      if (chance(rng, 0.25)) return surname + pick(rng, sex === 'M' ? MONGOL_GIVEN_M : MONGOL_GIVEN_F);
      return surname + givenName(rng, sex, length);
    }
    case '满族':
      return pick(rng, MANCHU_SURNAMES) + givenName(rng, sex, length);
    case '朝鲜族':
      return pick(rng, KOREAN_SURNAMES) + givenName(rng, sex, 2);
    default:
      return pick(rng, HAN_SURNAMES) + givenName(rng, sex, length);
  }
}

export function ethnicityFor(rng: Rng, townshipName: string): Ethnicity {
  if (townshipName.includes('蒙古族')) {
    return weighted<Ethnicity>(rng, [['蒙古族', 5], ['汉族', 5]]);
  }
  return weighted<Ethnicity>(rng, [['汉族', 82], ['蒙古族', 7], ['满族', 6], ['朝鲜族', 5]]);
}

/**
 * A birth date ('YYYYMMDD') such that the person is exactly `age` on `today` (China date, YYYY-MM-DD).
 * Days stop at 28 so no one is born on 29 February.
 */
export function birthDateFor(rng: Rng, age: number, today: string): string {
  const t = parseDateString(today);
  const month = int(rng, 1, 12);
  const day = int(rng, 1, Math.min(28, daysInMonth(t.year, month)));
  let year = t.year - age;
  if (ageOn({ year, month, day }, today) !== age) year -= 1;
  if (ageOn({ year, month, day }, today) !== age) throw new Error('birthDateFor: age arithmetic is wrong');
  return `${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
}

/** Sequence (顺序码) 001–999 whose parity gives the sex: odd male, even female. */
export function sequenceFor(rng: Rng, sex: Sex): number {
  return sex === 'M' ? 2 * int(rng, 0, 499) + 1 : 2 * int(rng, 1, 499);
}

/**
 * The second-generation certificate number: ID + category + grade (+ B1 for a reissue). `taken`
 * holds the ID numbers already used, so everyone stays unique.
 */
export function certificateFor(
  rng: Rng,
  input: { countyCode: string; sex: Sex; age: number; today: string; category: number; grade: number; reissue: boolean },
  taken: Set<string>,
): { idNumber: string; certificateNumber: string } {
  for (let attempt = 0; attempt < 100; attempt++) {
    const idNumber = makeResidentId(
      input.countyCode,
      birthDateFor(rng, input.age, input.today),
      sequenceFor(rng, input.sex),
    );
    if (taken.has(idNumber)) continue;
    taken.add(idNumber);
    return {
      idNumber,
      certificateNumber: `${idNumber}${input.category}${input.grade}${input.reissue ? 'B1' : ''}`,
    };
  }
  throw new Error('certificateFor: could not find an unused ID number');
}

const MOBILE_PREFIXES = ['130', '131', '132', '133', '135', '137', '138', '139', '150', '151', '152', '155', '157', '158', '159', '180', '181', '186', '187', '189'];

export function mobilePhone(rng: Rng): string {
  let rest = '';
  for (let i = 0; i < 8; i++) rest += String(int(rng, 0, 9));
  return pick(rng, MOBILE_PREFIXES) + rest;
}

/** An office line in 白城 (area code 0436). */
export function officePhone(rng: Rng): string {
  return `0436-${int(rng, 3, 8)}${String(int(rng, 0, 999999)).padStart(6, '0')}`;
}

const INTENTIONS = [
  '在本村发展养羊',
  '养殖肉牛，希望得到小额贷款',
  '种植杂粮杂豆',
  '希望到村里企业务工',
  '发展庭院经济，种植蔬菜',
  '在村里开小卖店',
  '养鸡养鹅',
  '从事手工编织',
  '就近打零工（保洁、看护）',
  '学习电商，网上销售小米',
  '种植葵花和玉米',
  '参加技能培训后就业',
  '在合作社务工',
  '维修小家电',
  '大棚种植香瓜',
  '养猪',
];
const INTENTIONS_VISION = ['学习盲人按摩', '在家从事按摩保健'];

export function employmentIntention(rng: Rng, category: number): string {
  if (category === 1 && chance(rng, 0.6)) return pick(rng, INTENTIONS_VISION);
  return pick(rng, INTENTIONS);
}

export const VILLAGE_GROUPS = ['一组', '二组', '三组', '四组', '五组', '六组', '七组', '八组'];
