// Resident ID number (居民身份证号码, GB 11643) and second-generation disability certificate number
// (第二代残疾人证号). The certificate embeds the holder's ID, so its birth date and sex must agree
// with the registration form (登记表).

import { ageOn, isRealDate, type CalendarDate } from './time';

export type IdentityError =
  | 'id_length'
  | 'id_format'
  | 'id_birth_date'
  | 'id_checksum'
  | 'cert_length'
  | 'cert_category'
  | 'cert_grade'
  | 'cert_reissue'
  | 'age_mismatch'
  | 'sex_mismatch'
  | 'category_mismatch'
  | 'grade_mismatch';

export type Sex = 'M' | 'F';

/** Disability categories (残疾类别, GB/T 26341-2010): 1 视力 2 听力 3 言语 4 肢体 5 智力 6 精神 7 多重. */
export const DISABILITY_CATEGORIES = [1, 2, 3, 4, 5, 6, 7] as const;
export type DisabilityCategory = (typeof DISABILITY_CATEGORIES)[number];

/** Disability grades (残疾等级): 1 一级 (most severe) … 4 四级. */
export const DISABILITY_GRADES = [1, 2, 3, 4] as const;
export type DisabilityGrade = (typeof DISABILITY_GRADES)[number];

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

// Before this, GB 11643 numbers were not issued; a 18xx year is a typo, not an old villager.
const MIN_BIRTH_YEAR = 1900;

/** The check character (校验码) for the first 17 digits. */
export function checkDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('checkDigit needs exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS.charAt(sum % 11);
}

export type ResidentId = {
  id: string;
  regionCode: string;
  birth: CalendarDate;
  sex: Sex;
};

export type ParseResult<T> = ({ ok: true } & T) | { ok: false; error: IdentityError };

/** Trims and upper-cases, so a lowercase x check character is accepted. */
function normalise(s: string): string {
  return s.trim().toUpperCase();
}

export function parseResidentId(s: string): ParseResult<ResidentId> {
  const id = normalise(s);
  if (id.length !== 18) return { ok: false, error: 'id_length' };
  if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, error: 'id_format' };
  const birth = {
    year: Number(id.slice(6, 10)),
    month: Number(id.slice(10, 12)),
    day: Number(id.slice(12, 14)),
  };
  if (birth.year < MIN_BIRTH_YEAR || !isRealDate(birth.year, birth.month, birth.day)) {
    return { ok: false, error: 'id_birth_date' };
  }
  if (checkDigit(id.slice(0, 17)) !== id.charAt(17)) return { ok: false, error: 'id_checksum' };
  const sequence = Number(id.slice(14, 17));
  return {
    ok: true,
    id,
    regionCode: id.slice(0, 6),
    birth,
    sex: sequence % 2 === 1 ? 'M' : 'F',
  };
}

/** Builds a valid ID number (for demo data and tests): region + birth + sequence + check char. */
export function makeResidentId(regionCode: string, birth: string, sequence: number): string {
  if (!/^\d{6}$/.test(regionCode)) throw new RangeError('regionCode must be 6 digits');
  if (!/^\d{8}$/.test(birth)) throw new RangeError('birth must be YYYYMMDD');
  if (!Number.isInteger(sequence) || sequence < 0 || sequence > 999) {
    throw new RangeError('sequence must be an integer 0..999');
  }
  const first17 = `${regionCode}${birth}${String(sequence).padStart(3, '0')}`;
  return first17 + checkDigit(first17);
}

export type Certificate = ResidentId & {
  certificate: string;
  category: DisabilityCategory;
  grade: DisabilityGrade;
  /** Reissue number (补办次数) from the B1…B9 suffix; null for an original certificate. */
  reissue: number | null;
};

function isCategory(n: number): n is DisabilityCategory {
  return (DISABILITY_CATEGORIES as readonly number[]).includes(n);
}

function isGrade(n: number): n is DisabilityGrade {
  return (DISABILITY_GRADES as readonly number[]).includes(n);
}

/**
 * 20 characters = ID + category digit + grade digit; a reissue appends B1…B9 (22 characters).
 * Errors in the embedded ID come back as the id_* codes, checked before category and grade.
 */
export function parseCertificate(s: string): ParseResult<Certificate> {
  const certificate = normalise(s);
  if (certificate.length !== 20 && certificate.length !== 22) {
    return { ok: false, error: 'cert_length' };
  }
  const resident = parseResidentId(certificate.slice(0, 18));
  if (!resident.ok) return resident;
  const categoryChar = certificate.charAt(18);
  const gradeChar = certificate.charAt(19);
  const category = Number(categoryChar);
  const grade = Number(gradeChar);
  if (!/^\d$/.test(categoryChar) || !isCategory(category)) {
    return { ok: false, error: 'cert_category' };
  }
  if (!/^\d$/.test(gradeChar) || !isGrade(grade)) return { ok: false, error: 'cert_grade' };
  let reissue: number | null = null;
  if (certificate.length === 22) {
    const m = /^B([1-9])$/.exec(certificate.slice(20));
    if (!m) return { ok: false, error: 'cert_reissue' };
    reissue = Number(m[1]);
  }
  return {
    ok: true,
    certificate,
    id: resident.id,
    regionCode: resident.regionCode,
    birth: resident.birth,
    sex: resident.sex,
    category,
    grade,
    reissue,
  };
}

export type CertificateFormField =
  | 'certificateNumber'
  | 'age'
  | 'sex'
  | 'disabilityCategory'
  | 'disabilityGrade';

/**
 * Cross-checks the registration form against its certificate number. Returns one error per
 * disagreeing field (empty when all agree); an unreadable number is reported on that field alone,
 * since nothing else can be compared with it.
 */
export function checkCertificateAgainstForm(
  cert: string,
  form: { age: number; sex: Sex; category: number; grade: number },
  today: string,
): { field: CertificateFormField; error: IdentityError }[] {
  const parsed = parseCertificate(cert);
  if (!parsed.ok) return [{ field: 'certificateNumber', error: parsed.error }];
  const errors: { field: CertificateFormField; error: IdentityError }[] = [];
  if (form.age !== ageOn(parsed.birth, today)) errors.push({ field: 'age', error: 'age_mismatch' });
  if (form.sex !== parsed.sex) errors.push({ field: 'sex', error: 'sex_mismatch' });
  if (form.category !== parsed.category) {
    errors.push({ field: 'disabilityCategory', error: 'category_mismatch' });
  }
  if (form.grade !== parsed.grade) {
    errors.push({ field: 'disabilityGrade', error: 'grade_mismatch' });
  }
  return errors;
}
