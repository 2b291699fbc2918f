import { describe, expect, it } from 'vitest';
import { makeResidentId } from './identity';
import { findPersonalNumbers } from './personal-numbers';

const id = makeResidentId('220802', '19750314', 12);

describe('findPersonalNumbers', () => {
  it('finds a resident ID number, also with a lower-case x, spaces or full-width digits', () => {
    expect(findPersonalNumbers(`经核实，${id}户不符合条件`)).toEqual(['id']);
    expect(findPersonalNumbers('身份证22080219750314001x有误')).toEqual(['id']);
    expect(findPersonalNumbers('220802 19750314 0012')).toEqual(['id']);
    expect(findPersonalNumbers('２２０８０２１９７５０３１４００１２')).toEqual(['id']);
    expect(findPersonalNumbers('旧证号220802750314001')).toEqual(['id']);
  });

  it('finds a disability certificate number (the ID with category and grade, and a reissue suffix)', () => {
    expect(findPersonalNumbers(`残疾证${id}42`)).toEqual(['certificate']);
    expect(findPersonalNumbers(`残疾证${id}42B1。`)).toEqual(['certificate']);
  });

  it('finds a mobile number, with +86 or separators', () => {
    expect(findPersonalNumbers('请联系13912345678')).toEqual(['mobile']);
    expect(findPersonalNumbers('电话：+86 139-1234-5678')).toEqual(['mobile']);
    expect(findPersonalNumbers(`${id}，13912345678`)).toEqual(['id', 'mobile']);
  });

  it('leaves ordinary notice text alone: dates, amounts, landlines, household counts, region codes', () => {
    for (const text of [
      '公示期为2026年3月1日至2026年3月7日，共7天。',
      '监督电话：0436-3212345',
      '本次公示12户，扶持资金30000元。',
      '平安村委会（220802100201）',
      '12345678901', // 11 digits not starting 1[3-9]
      '编号2026030100012',
    ]) {
      expect(findPersonalNumbers(text), text).toEqual([]);
    }
  });
});
