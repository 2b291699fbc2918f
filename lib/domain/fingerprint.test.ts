import { describe, expect, it } from 'vitest';
import { canonicalNotice, noticeDigest, noticeFingerprint, stableJson, type FingerprintEntry, type FingerprintNotice } from './fingerprint';

const notice: FingerprintNotice = {
  id: 7,
  villageCode: '110101001001',
  title: '2026年度残疾人家庭帮扶对象公示',
  body: '经农户申请、村民代表评议，现将名单公示如下。',
  issuingBody: '某某村党支部',
  periodStartDate: '2026-11-30',
  periodEndDate: '2026-12-06',
  objectionPlace: '村委会办公室',
  objectionPhone: '010-12345678',
};
const a: FingerprintEntry = {
  position: 1,
  maskedName: '张*明',
  sex: 'M',
  age: 52,
  villageGroup: '一组',
  disabilityCategory: 2,
  disabilityGrade: 3,
  householdSize: 4,
  disabledMembers: 1,
  incomePerCapita: 2100,
};
const b: FingerprintEntry = { ...a, position: 2, maskedName: '李*', sex: 'F', age: 40, villageGroup: null };

describe('notice fingerprint', () => {
  it('is twelve hex digits in three groups, and the same for the same content', () => {
    const f = noticeFingerprint(notice, [a, b]);
    expect(f).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/);
    expect(noticeFingerprint({ ...notice }, [{ ...a }, { ...b }])).toBe(f);
    expect(noticeDigest(notice, [a, b])).toMatch(/^[0-9A-F]{64}$/);
    expect(noticeDigest(notice, [a, b]).startsWith(f.replaceAll('-', ''))).toBe(true);
  });

  it('does not depend on the order of the entries or of the keys', () => {
    const shuffled = Object.fromEntries(Object.entries(notice).reverse()) as FingerprintNotice;
    expect(noticeFingerprint(shuffled, [b, a])).toBe(noticeFingerprint(notice, [a, b]));
    expect(stableJson({ b: 1, a: [2, { d: 3, c: null }] })).toBe('{"a":[2,{"c":null,"d":3}],"b":1}');
  });

  it('changes when any published fact changes', () => {
    const base = noticeFingerprint(notice, [a, b]);
    const variants = [
      noticeFingerprint({ ...notice, title: `${notice.title} ` }, [a, b]),
      noticeFingerprint({ ...notice, body: '另一段正文' }, [a, b]),
      noticeFingerprint({ ...notice, periodEndDate: '2026-12-07' }, [a, b]),
      noticeFingerprint({ ...notice, issuingBody: '另一村党支部' }, [a, b]),
      noticeFingerprint({ ...notice, id: 8 }, [a, b]),
      noticeFingerprint(notice, [a]),
      noticeFingerprint(notice, [a, { ...b, maskedName: '王*' }]),
      noticeFingerprint(notice, [a, { ...b, incomePerCapita: 2101 }]),
      noticeFingerprint(notice, [{ ...a, position: 2 }, { ...b, position: 1 }]),
    ];
    for (const v of variants) expect(v).not.toBe(base);
    expect(new Set(variants).size).toBe(variants.length);
  });

  it('hashes masked names only and ignores fields outside the canonical content', () => {
    const withExtras = [{ ...a, outcome: 'passed', fullName: '张三明', id: 99 } as FingerprintEntry, b];
    expect(canonicalNotice(notice, withExtras)).not.toContain('张三明');
    expect(canonicalNotice(notice, withExtras)).not.toContain('outcome');
    expect(noticeFingerprint(notice, withExtras)).toBe(noticeFingerprint(notice, [a, b]));
  });
});
