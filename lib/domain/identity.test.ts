import { describe, it, expect } from 'vitest';
import {
  DISABILITY_CATEGORIES,
  DISABILITY_GRADES,
  checkCertificateAgainstForm,
  checkDigit,
  makeResidentId,
  parseCertificate,
  parseResidentId,
} from './identity';

const FEMALE_1949 = '11010519491231002X';
const MALE_1901 = '370101190102039973';

describe('checkDigit', () => {
  it('computes the GB 11643 check character, including X', () => {
    expect(checkDigit('11010519491231002')).toBe('X');
    expect(checkDigit('37010119010203997')).toBe('3');
  });

  it('refuses anything but 17 digits', () => {
    expect(() => checkDigit('1101051949123100')).toThrow(RangeError);
    expect(() => checkDigit('1101051949123100A')).toThrow(RangeError);
  });
});

describe('parseResidentId', () => {
  it('accepts the two reference examples', () => {
    expect(parseResidentId(FEMALE_1949)).toEqual({
      ok: true,
      id: FEMALE_1949,
      regionCode: '110105',
      birth: { year: 1949, month: 12, day: 31 },
      sex: 'F',
    });
    expect(parseResidentId(MALE_1901)).toEqual({
      ok: true,
      id: MALE_1901,
      regionCode: '370101',
      birth: { year: 1901, month: 2, day: 3 },
      sex: 'M',
    });
  });

  it('accepts a lowercase x and surrounding spaces, normalising them', () => {
    const r = parseResidentId(' 11010519491231002x ');
    expect(r).toMatchObject({ ok: true, id: FEMALE_1949 });
  });

  it('rejects any single-digit change', () => {
    for (let i = 0; i < 18; i++) {
      const original = MALE_1901.charAt(i);
      const changed = original === '9' ? '8' : String(Number(original) + 1);
      const tampered = MALE_1901.slice(0, i) + changed + MALE_1901.slice(i + 1);
      expect(parseResidentId(tampered).ok, `position ${i}`).toBe(false);
    }
    // a change in the region code or sequence leaves a real date, so it is the checksum that fails
    expect(parseResidentId('370102190102039973')).toEqual({ ok: false, error: 'id_checksum' });
    expect(parseResidentId('11010519491231003X')).toEqual({ ok: false, error: 'id_checksum' });
    expect(parseResidentId('110105194912310021')).toEqual({ ok: false, error: 'id_checksum' });
  });

  it('rejects wrong lengths and characters', () => {
    expect(parseResidentId('')).toEqual({ ok: false, error: 'id_length' });
    expect(parseResidentId('11010519491231002')).toEqual({ ok: false, error: 'id_length' });
    expect(parseResidentId('11010519491231002X0')).toEqual({ ok: false, error: 'id_length' });
    expect(parseResidentId('1101051949123100XX')).toEqual({ ok: false, error: 'id_format' });
    expect(parseResidentId('11010519491231002Y')).toEqual({ ok: false, error: 'id_format' });
    expect(parseResidentId('11010519491231 02X')).toEqual({ ok: false, error: 'id_format' });
  });

  it('accepts 29 February only in leap years', () => {
    expect(parseResidentId(makeResidentId('220802', '20000229', 12))).toMatchObject({
      ok: true,
      birth: { year: 2000, month: 2, day: 29 },
    });
    expect(parseResidentId(makeResidentId('220802', '19880229', 12)).ok).toBe(true);
    // correct check characters, impossible dates
    expect(parseResidentId(makeResidentId('220802', '20010229', 12))).toEqual({
      ok: false,
      error: 'id_birth_date',
    });
    expect(parseResidentId(makeResidentId('220802', '19000229', 12))).toEqual({
      ok: false,
      error: 'id_birth_date',
    });
  });

  it('rejects impossible months, days and years before 1900', () => {
    for (const birth of ['19801301', '19800431', '19800100', '18991231']) {
      expect(parseResidentId(makeResidentId('220802', birth, 1)), birth).toEqual({
        ok: false,
        error: 'id_birth_date',
      });
    }
    expect(parseResidentId(makeResidentId('220802', '19000101', 1)).ok).toBe(true);
  });

  it('derives sex from the parity of the sequence', () => {
    expect(parseResidentId(makeResidentId('220802', '19800101', 1))).toMatchObject({ sex: 'M' });
    expect(parseResidentId(makeResidentId('220802', '19800101', 2))).toMatchObject({ sex: 'F' });
    expect(parseResidentId(makeResidentId('220802', '19800101', 999))).toMatchObject({ sex: 'M' });
    expect(parseResidentId(makeResidentId('220802', '19800101', 0))).toMatchObject({ sex: 'F' });
  });
});

describe('makeResidentId', () => {
  it('reproduces the reference examples', () => {
    expect(makeResidentId('110105', '19491231', 2)).toBe(FEMALE_1949);
    expect(makeResidentId('370101', '19010203', 997)).toBe(MALE_1901);
  });

  it('refuses malformed parts', () => {
    expect(() => makeResidentId('22080', '19800101', 1)).toThrow(RangeError);
    expect(() => makeResidentId('220802', '1980-01-01', 1)).toThrow(RangeError);
    expect(() => makeResidentId('220802', '19800101', 1000)).toThrow(RangeError);
    expect(() => makeResidentId('220802', '19800101', -1)).toThrow(RangeError);
  });
});

describe('parseCertificate', () => {
  it('reads the ID, category and grade of a 20-character number', () => {
    expect(parseCertificate(`${FEMALE_1949}42`)).toEqual({
      ok: true,
      certificate: `${FEMALE_1949}42`,
      id: FEMALE_1949,
      regionCode: '110105',
      birth: { year: 1949, month: 12, day: 31 },
      sex: 'F',
      category: 4,
      grade: 2,
      reissue: null,
    });
  });

  it('accepts every category 1–7 and grade 1–4', () => {
    for (const c of DISABILITY_CATEGORIES) {
      for (const g of DISABILITY_GRADES) {
        expect(parseCertificate(`${MALE_1901}${c}${g}`)).toMatchObject({ category: c, grade: g });
      }
    }
  });

  it('rejects category 0 or 8 and grade 0 or 5', () => {
    expect(parseCertificate(`${MALE_1901}01`)).toEqual({ ok: false, error: 'cert_category' });
    expect(parseCertificate(`${MALE_1901}81`)).toEqual({ ok: false, error: 'cert_category' });
    expect(parseCertificate(`${MALE_1901}A1`)).toEqual({ ok: false, error: 'cert_category' });
    expect(parseCertificate(`${MALE_1901}15`)).toEqual({ ok: false, error: 'cert_grade' });
    expect(parseCertificate(`${MALE_1901}10`)).toEqual({ ok: false, error: 'cert_grade' });
  });

  it('accepts a reissue suffix B1…B9, also in lowercase', () => {
    expect(parseCertificate(`${MALE_1901}41B1`)).toMatchObject({ ok: true, reissue: 1 });
    expect(parseCertificate(`${MALE_1901}41b9`)).toMatchObject({
      ok: true,
      certificate: `${MALE_1901}41B9`,
      reissue: 9,
    });
  });

  it('rejects a bad reissue suffix', () => {
    expect(parseCertificate(`${MALE_1901}41B0`)).toEqual({ ok: false, error: 'cert_reissue' });
    expect(parseCertificate(`${MALE_1901}41C1`)).toEqual({ ok: false, error: 'cert_reissue' });
    expect(parseCertificate(`${MALE_1901}41BB`)).toEqual({ ok: false, error: 'cert_reissue' });
  });

  it('rejects wrong lengths', () => {
    expect(parseCertificate(MALE_1901)).toEqual({ ok: false, error: 'cert_length' });
    expect(parseCertificate(`${MALE_1901}41B`)).toEqual({ ok: false, error: 'cert_length' });
    expect(parseCertificate(`${MALE_1901}41B10`)).toEqual({ ok: false, error: 'cert_length' });
  });

  it('reports errors in the embedded ID as id_* codes', () => {
    expect(parseCertificate('37010119010203997441')).toEqual({ ok: false, error: 'id_checksum' });
    expect(parseCertificate(`${makeResidentId('220802', '20010229', 1)}41`)).toEqual({
      ok: false,
      error: 'id_birth_date',
    });
  });
});

describe('checkCertificateAgainstForm', () => {
  // Born 1980-06-15, male (sequence 11), category 4 肢体, grade 2.
  const id = makeResidentId('220802', '19800615', 11);
  const cert = `${id}42`;
  const form = { age: 46, sex: 'M' as const, category: 4, grade: 2 };

  it('returns nothing when the form agrees with the number', () => {
    expect(checkCertificateAgainstForm(cert, form, '2026-06-15')).toEqual([]);
    expect(checkCertificateAgainstForm(`${cert}B2`, form, '2026-12-31')).toEqual([]);
  });

  it('checks age around the birthday: the day before is a year younger', () => {
    expect(checkCertificateAgainstForm(cert, form, '2026-06-14')).toEqual([
      { field: 'age', error: 'age_mismatch' },
    ]);
    expect(checkCertificateAgainstForm(cert, { ...form, age: 45 }, '2026-06-14')).toEqual([]);
    expect(checkCertificateAgainstForm(cert, { ...form, age: 45 }, '2026-06-15')).toEqual([
      { field: 'age', error: 'age_mismatch' },
    ]);
  });

  it('reports every disagreeing field', () => {
    expect(
      checkCertificateAgainstForm(cert, { age: 30, sex: 'F', category: 5, grade: 1 }, '2026-06-15'),
    ).toEqual([
      { field: 'age', error: 'age_mismatch' },
      { field: 'sex', error: 'sex_mismatch' },
      { field: 'disabilityCategory', error: 'category_mismatch' },
      { field: 'disabilityGrade', error: 'grade_mismatch' },
    ]);
  });

  it('reports an unreadable number on the certificate field only', () => {
    expect(checkCertificateAgainstForm(`${id}92`, form, '2026-06-15')).toEqual([
      { field: 'certificateNumber', error: 'cert_category' },
    ]);
  });
});
