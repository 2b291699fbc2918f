// Registering and editing households against a real seeded database, through the same `run` the
// Server Actions call (with FormData where the browser's shape matters).
import { sql, type SQL } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setProcessDatabase } from '@/db';
import { loadRegions, readRegionFile } from '@/db/regions/load';
import { queryRows } from '@/db/client';
import type { Official } from '@/lib/auth/official';
import { householdFormValues } from '@/lib/data/officials/household-fields';
import { getHousehold, getHouseholdPhoto, listHouseholds, listVillages } from '@/lib/data/officials/households';
import { ageOn, chinaDateString, makeResidentId, parseDateString, parseResidentId, villageKind } from '@/lib/domain';
import { zhAdmin } from '@/lib/i18n/zh-admin';
import { zhAdminFileInputs } from '@/lib/i18n/zh-admin-file-inputs';
import { zhAdminHouseholds } from '@/lib/i18n/zh-admin-households';
import { zhAdminMembers } from '@/lib/i18n/zh-admin-members';
import { zhAdminScreening } from '@/lib/i18n/zh-admin-screening';
import { openTestDatabase, type TestDatabase } from '@/test/database';
import { EXIF_MARKER, jpegWithGps } from '@/test/images';
import { officialNamed } from '@/test/officials';
import { askPhotoAgain, moreRowsState, PHOTO_MAX_BYTES, registerHousehold, updateHousehold } from './households';

const VILLAGE_A = '220802100201'; // 平安村委会
const VILLAGE_B = '220802100202'; // 永平村委会
const t = zhAdminHouseholds.errors;

let database: TestDatabase;
let now: Date;
let villageA: Official;
let villageB: Official;
let townshipDpf: Official;
let countyOrg: Official;

const rows = <T>(query: SQL) => queryRows<T>(database.db, query);
// The writes only: reading a household (getHousehold, a search) is audited too (lib/audit/private-read.ts).
const writes = sql.raw(`action not in ('household.view', 'household.photo', 'household.print', 'household.search')`);
const auditCount = async () => (await rows<{ n: number }>(sql`select count(*)::int as n from audit_log where ${writes}`))[0]!.n;
const householdCount = async () => (await rows<{ n: number }>(sql`select count(*)::int as n from households`))[0]!.n;

beforeAll(async () => {
  database = await openTestDatabase('seeded');
  setProcessDatabase(database);
  now = database.seededAt;
  villageA = await officialNamed(database.db, 'village-a');
  villageB = await officialNamed(database.db, 'village-b');
  townshipDpf = await officialNamed(database.db, 'township-dpf');
  countyOrg = await officialNamed(database.db, 'county-org');
});
afterAll(() => database.close());

// Test people get ID numbers from a Beijing district code that no demo household uses, born on
// 1 January so that their age on any day of the year is simply this year minus the birth year.
let sequence = 100;
function certificate({ age, sex = 'M', category = 4, grade = 2 }: { age: number; sex?: 'M' | 'F'; category?: number; grade?: number }) {
  const year = parseDateString(chinaDateString(now)).year - age;
  sequence += 2;
  const id = makeResidentId('110105', `${year}0101`, sex === 'M' ? sequence + 1 : sequence);
  expect(ageOn({ year, month: 1, day: 1 }, chinaDateString(now))).toBe(age);
  return { id, certificate: `${id}${category}${grade}` };
}

/** A complete, valid registration form as the browser sends it (every value a string). */
function validForm(overrides: Record<string, string> = {}): Record<string, string> {
  const { certificate: number } = certificate({ age: 45 });
  return {
    year: '2026',
    villageCode: VILLAGE_A,
    villageGroup: '三组',
    fullName: '测试甲',
    sex: 'M',
    ethnicity: '汉族',
    age: '45',
    certificateNumber: number,
    disabilityCategory: '4',
    disabilityGrade: '2',
    // The registrant's row (issue 10): able and willing to work, so the household is eligible.
    'm1.labourCapacity': 'partial',
    'm1.willingToWork': 'yes',
    phone: '13912345678',
    incomePerCapita: '2100',
    address: '洮北区平安镇平安村三组99号',
    employmentIntention: '养殖肉牛，希望得到小额贷款',
    ...overrides,
  };
}

function formData(values: Record<string, string | File>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(values)) form.append(key, value);
  return form;
}

/** The form of an existing household, filled from what the detail page shows. */
async function formOf(official: Official, id: number): Promise<Record<string, string>> {
  const h = (await getHousehold(official, id))!;
  return { householdId: String(h.id), ...householdFormValues(h) };
}

async function refusedWith(form: Record<string, unknown> | FormData, official: Official = villageA) {
  const result = await registerHousehold.run(official, form, now);
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('unreachable');
  return result;
}

// A real (decodable) PNG: uploads are re-encoded, so mere magic numbers no longer pass.
let PNG: Uint8Array<ArrayBuffer>;
beforeAll(async () => {
  PNG = new Uint8Array(await sharp({ create: { width: 8, height: 6, channels: 3, background: '#808080' } }).png().toBuffer());
});

describe('register (household.register)', () => {
  it('registers a household from the form, visible in the list, audited in the same transaction', async () => {
    const values = validForm({ fullName: '欧阳测试', certificateNumber: certificate({ age: 45 }).certificate.toLowerCase() });
    const auditBefore = await auditCount();
    const result = await registerHousehold.run(villageA, formData(values), now);
    expect(result).toMatchObject({ ok: true, message: zhAdminHouseholds.register.success });
    if (!result.ok) throw new Error('unreachable');
    const id = result.value.id;
    expect(result.redirectTo).toBe(`/admin/households/${id}?saved=registered`);

    const [stored] = await rows<Record<string, unknown>>(sql`
      select h.status, h.masked_name, h.village_code, h.year, h.income_per_capita, p.id_number, p.certificate_number,
             p.full_name, p.phone, p.photo
        from households h join household_private p on p.household_id = h.id where h.id = ${id}`);
    expect(stored).toMatchObject({
      status: 'registered',
      masked_name: '欧**试',
      village_code: VILLAGE_A,
      year: 2026,
      income_per_capita: 2100,
      certificate_number: values.certificateNumber!.toUpperCase(),
      id_number: values.certificateNumber!.toUpperCase().slice(0, 18),
      full_name: '欧阳测试',
      phone: '13912345678',
      photo: null,
    });

    const list = await listHouseholds(villageA, { q: '欧阳测' });
    expect(list.rows.map((r) => r.id)).toEqual([id]);

    expect(await auditCount()).toBe(auditBefore + 1);
    const [audit] = await rows<{ action: string; entity_type: string; entity_id: string; official_id: number; at: Date; summary: unknown }>(
      sql`select action, entity_type, entity_id, official_id, at, summary from audit_log where ${writes} order by id desc limit 1`,
    );
    expect(audit).toMatchObject({ action: 'household.register', entity_type: 'household', entity_id: String(id), official_id: villageA.id });
    expect(new Date(audit!.at).getTime()).toBe(now.getTime());
    expect(audit!.summary).toEqual({ villageCode: VILLAGE_A, year: 2026, members: 1 });
    const summary = JSON.stringify(audit!.summary);
    for (const secret of ['欧阳测试', values.certificateNumber!.toUpperCase().slice(0, 18), '13912345678', '99号', '肉牛']) {
      expect(summary).not.toContain(secret);
    }
  });

  it('accepts full-width digits, a landline and no optional fields', async () => {
    const { certificate: number } = certificate({ age: 60, sex: 'F', category: 1, grade: 3 });
    const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    const result = await registerHousehold.run(
      villageA,
      validForm({
        fullName: '测试乙',
        sex: 'F',
        age: fullWidth('60'),
        certificateNumber: number,
        disabilityCategory: '1',
        disabilityGrade: '3',
        villageGroup: '',
        phone: '0436－3212345',
        employmentIntention: '',
        incomePerCapita: '2799', // just below the threshold
      }),
      now,
    );
    expect(result.ok, JSON.stringify(result)).toBe(true);
    if (!result.ok) throw new Error('unreachable');
    const h = (await getHousehold(villageA, result.value.id))!;
    expect(h).toMatchObject({ age: 60, phone: '0436-3212345', villageGroup: null, employmentIntention: null, incomePerCapita: 2799 });
  });

  it('names every missing field next to it', async () => {
    const before = await householdCount();
    const result = await refusedWith({});
    expect(result.message).toBe(zhAdmin.errors.fixFields);
    expect(result.fieldErrors).toMatchObject({
      year: t.year,
      villageCode: t.villageCode,
      fullName: t.fullName,
      sex: t.sex,
      ethnicity: t.ethnicity,
      age: t.age,
      certificateNumber: t.certificateNumber,
      disabilityCategory: t.disabilityCategory,
      disabilityGrade: t.disabilityGrade,
      incomePerCapita: t.incomePerCapita,
      address: t.address,
    });
    for (const optional of ['villageGroup', 'phone', 'employmentIntention', 'photo']) expect(result.fieldErrors).not.toHaveProperty(optional);
    expect(await householdCount()).toBe(before);
  });

  it('refuses a wrong ID checksum', async () => {
    const good = validForm().certificateNumber!;
    const wrongCheck = good.charAt(17) === '1' ? '2' : '1';
    const result = await refusedWith(validForm({ certificateNumber: good.slice(0, 17) + wrongCheck + good.slice(18) }));
    expect(result.fieldErrors.certificateNumber).toContain('校验位');
  });

  it.each([
    ['too short', (c: string) => c.slice(0, 19), '20位'],
    ['category digit 8', (c: string) => `${c.slice(0, 18)}82`, '残疾类别'],
    ['grade digit 5', (c: string) => `${c.slice(0, 18)}45`, '残疾等级'],
    ['reissue suffix without digit', (c: string) => `${c}BB`, 'B1'],
    ['impossible birth date', (c: string) => `${c.slice(0, 10)}1332${c.slice(14)}`, '出生日期'],
  ])('refuses a badly formed certificate number (%s)', async (_name, spoil, words) => {
    const result = await refusedWith(validForm({ certificateNumber: spoil(validForm().certificateNumber!) }));
    expect(result.fieldErrors.certificateNumber).toContain(words);
  });

  it.each([
    ['age', { age: '46' }, '出生日期'],
    ['sex', { sex: 'F' }, '性别'],
    ['disabilityCategory', { disabilityCategory: '5' }, '残疾类别'],
    ['disabilityGrade', { disabilityGrade: '1' }, '残疾等级'],
  ])('refuses a certificate that disagrees with the form (%s)', async (field, change, words) => {
    const result = await refusedWith(validForm(change));
    expect(Object.keys(result.fieldErrors)).toEqual([field]);
    expect(result.fieldErrors[field]).toContain(words);
    expect(result.fieldErrors[field]).toContain('不一致');
  });

  it('uses the server clock for the age: one day before the birthday the person is a year younger', async () => {
    const year = parseDateString(chinaDateString(now)).year - 30;
    sequence += 2;
    const id = makeResidentId('110105', `${year}0615`, sequence + 1);
    const form = validForm({ fullName: '测试丙', certificateNumber: `${id}42`, age: '30' });
    const dayBefore = new Date(Date.UTC(year + 30, 5, 14, 12)); // 14 June, 20:00 China time
    const onTheDay = new Date(Date.UTC(year + 30, 5, 14, 16, 30)); // 15 June, 00:30 China time
    const early = await registerHousehold.run(villageA, form, dayBefore);
    expect(early.ok).toBe(false);
    if (!early.ok) expect(early.fieldErrors.age).toContain('出生日期');
    expect((await registerHousehold.run(villageA, form, onTheDay)).ok).toBe(true);
  });

  it('refuses an income at the threshold, naming it, and offers to record a screening refusal', async () => {
    const before = await householdCount();
    const result = await refusedWith(validForm({ incomePerCapita: '2800' }));
    expect(result.message).toBe(zhAdminHouseholds.screening.summary);
    expect(Object.keys(result.fieldErrors)).toEqual(['incomePerCapita', 'screening']);
    expect(result.fieldErrors.incomePerCapita).toContain('2800元');
    expect(result.fieldErrors.incomePerCapita).toContain('不符合帮扶条件');
    expect(result.fieldErrors.screening).toBe(zhAdminHouseholds.screening.offer);
    expect(await householdCount()).toBe(before);
  });

  it.each([
    ['phone', { phone: '1391234567' }, '11位手机号'],
    ['phone', { phone: '3212345' }, '区号'],
    ['fullName', { fullName: 'Zhang San' }, '汉字'],
    ['ethnicity', { ethnicity: 'Han' }, '汉族'],
    ['age', { age: '四十五' }, '整数'],
    ['incomePerCapita', { incomePerCapita: '2100.5' }, '整数'],
    ['incomePerCapita', { incomePerCapita: '-1' }, '负数'],
    ['year', { year: '2030' }, '2023年至2027年'],
  ])('refuses a bad %s, saying what is wrong', async (field, change, words) => {
    const result = await refusedWith(validForm(change));
    expect(result.fieldErrors[field]).toContain(words);
  });

  it('refuses a village that does not exist inside the region', async () => {
    const result = await refusedWith(validForm({ villageCode: '220802100299' }), townshipDpf);
    expect(result.fieldErrors.villageCode).toBe(t.villageUnknown);
  });

  it('refuses a residents’ committee and other units that are not villages: the programme is rural', async () => {
    const before = await householdCount();
    const residents = await refusedWith(validForm({ villageCode: '220802100001' }), townshipDpf); // 新和居委会
    expect(residents.fieldErrors.villageCode).toBe(t.villageResidents);
    expect(t.villageResidents).toBe('本工程面向农村：居委会（社区）不能登记帮扶对象');
    const countyDpf = await officialNamed(database.db, 'county-dpf');
    const farm = await refusedWith(validForm({ villageCode: '220802402598' }), countyDpf); // 镇南种羊场虚拟生活区
    expect(farm.fieldErrors.villageCode).toBe(t.villageOther);
    // Nor may a household move there.
    const moved = await updateHousehold.run(townshipDpf, { ...(await formOf(townshipDpf, 198)), villageCode: '220802100001' }, now);
    expect(moved).toMatchObject({ ok: false, fieldErrors: { villageCode: t.villageResidents } });
    expect(await householdCount()).toBe(before);
    // The form offers village committees only.
    const offered = await listVillages(countyDpf, 'household.register', { takingNew: true });
    expect(offered.length).toBeGreaterThan(100);
    expect(offered.every((v) => villageKind(v.code) === 'village')).toBe(true);
  });

  it('refuses a retired village; its households stay editable, and it takes new ones once restored', async () => {
    const RETIRED = '220802100204'; // 安全村委会
    const importWithout = (code: string | null) =>
      database.db.transaction((tx) => {
        const file = readRegionFile('220800');
        return loadRegions(tx, { ...file, rows: file.rows.filter((r) => r.code !== code) }, now);
      });
    const [own] = await rows<{ id: number }>(sql`select id from households where village_code = ${RETIRED} and status = 'registered' limit 1`);
    expect(own).toBeDefined();
    expect((await importWithout(RETIRED)).retired).toBe(1);
    try {
      const result = await refusedWith(validForm({ villageCode: RETIRED, fullName: '测试庚' }), townshipDpf);
      expect(result.fieldErrors.villageCode).toBe(t.villageRetired);
      expect((await listVillages(townshipDpf, 'household.register', { takingNew: true })).map((v) => v.code)).not.toContain(RETIRED);
      expect((await listVillages(townshipDpf, 'household.update', { takingNew: true, keep: RETIRED })).map((v) => v.code)).toContain(RETIRED);
      const form = await formOf(townshipDpf, own!.id);
      expect((await updateHousehold.run(townshipDpf, { ...form, phone: '13800004444' }, now)).ok).toBe(true);
    } finally {
      expect((await importWithout(null)).restored).toBe(1);
    }
    expect((await registerHousehold.run(townshipDpf, validForm({ villageCode: RETIRED, fullName: '测试庚' }), now)).ok).toBe(true);
  });

  it('lets a township DPF register in any village of the township', async () => {
    const result = await registerHousehold.run(townshipDpf, validForm({ villageCode: VILLAGE_B, fullName: '测试丁' }), now);
    expect(result.ok).toBe(true);
  });

  it('refuses a village outside the region (region) and a role that may not register (role)', async () => {
    const before = await auditCount();
    const outside = await refusedWith(validForm(), villageB);
    expect(outside).toMatchObject({ refused: 'region', message: zhAdmin.errors.region });
    const role = await refusedWith(validForm({ villageCode: '220802100201' }), countyOrg);
    expect(role).toMatchObject({ refused: 'role', message: zhAdmin.errors.role });
    expect(await registerHousehold.run(null, validForm(), now)).toMatchObject({ ok: false, refused: 'signed_out' });
    expect(await auditCount()).toBe(before);
  });

  it('refuses the same person twice in the programme, a reissued certificate (B1) included', async () => {
    const { certificate: number } = certificate({ age: 50 });
    const first = await registerHousehold.run(villageA, validForm({ fullName: '测试戊', age: '50', certificateNumber: number }), now);
    expect(first.ok).toBe(true);
    const households = await householdCount();
    const audits = await auditCount();
    for (const again of [number, `${number}B1`]) {
      const result = await refusedWith(validForm({ fullName: '测试戊', age: '50', certificateNumber: again }), townshipDpf);
      expect(result.refused).toBe('rule');
      expect(result.fieldErrors.certificateNumber).toBe(t.duplicate);
      expect(result.fieldErrors.certificateNumber).toContain('重复登记');
    }
    expect(await householdCount()).toBe(households);
    expect(await auditCount()).toBe(audits);
  });

  it('refuses a person the demo data already registered', async () => {
    const existing = await formOf(villageA, 130);
    const { householdId: _id, ...form } = existing;
    const result = await refusedWith({ ...form, fullName: '另一个' });
    expect(result.fieldErrors.certificateNumber).toBe(t.duplicate);
  });
});

// The members themselves on the registration form (issue 10 items 1 and 2).
function member(n: number, { age, sex = 'F', disabled = false, ...rest }: { age: number; sex?: 'M' | 'F'; disabled?: boolean } & Record<string, string | number | boolean>) {
  const person = certificate({ age, sex, category: 2, grade: 3 });
  const values: Record<string, string> = {
    [`m${n}.fullName`]: `成员${'甲乙丙丁戊己'[n - 2]}`,
    [`m${n}.relation`]: 'spouse',
    [`m${n}.idNumber`]: person.id,
    [`m${n}.sex`]: sex,
    [`m${n}.age`]: String(age),
    [`m${n}.certificateNumber`]: disabled ? person.certificate : '',
  };
  for (const [k, v] of Object.entries(rest)) values[`m${n}.${k}`] = String(v);
  return { values, id: person.id };
}

const blankRow = (n: number) =>
  Object.fromEntries(['fullName', 'relation', 'idNumber', 'sex', 'age', 'certificateNumber', 'labourCapacity', 'willingToWork', 'skills'].map((f) => [`m${n}.${f}`, '']));

describe('register with the members (issue 10)', () => {
  it('stores the members in one transaction; the sizes are counted from them, no member "not entered yet"', async () => {
    const spouse = member(2, { age: 40, disabled: true, labourCapacity: 'full', willingToWork: 'yes', ruralMedical: 'yes', dibao: 'none', skills: '种植、养殖' });
    const child = member(3, { age: 12, sex: 'M', relation: 'child' });
    const values = { ...validForm({ fullName: '测试成员', 'm1.labourCapacity': 'none', 'm1.willingToWork': 'no', 'm1.ruralPension': 'yes' }), ...spouse.values, ...child.values, ...blankRow(4), ...blankRow(5) };
    const result = await registerHousehold.run(villageA, formData(values), now);
    expect(result.ok, JSON.stringify(result)).toBe(true);
    if (!result.ok) throw new Error('unreachable');
    const id = result.value.id;
    const [h] = await rows<{ household_size: number; disabled_members: number }>(sql`select household_size, disabled_members from households where id = ${id}`);
    expect(h).toEqual({ household_size: 3, disabled_members: 2 });
    const members = await rows<Record<string, unknown>>(sql`
      select m.position, m.relation, m.sex, m.disabled, m.labour_capacity, m.willing_to_work, m.rural_medical, m.rural_pension, m.dibao, m.skills,
             p.id_number, p.certificate_number
        from household_members m left join household_member_private p on p.member_id = m.id where m.household_id = ${id} order by m.position`);
    expect(members).toEqual([
      expect.objectContaining({ position: 1, relation: 'self', sex: 'M', disabled: true, labour_capacity: 'none', willing_to_work: false, rural_pension: true }),
      expect.objectContaining({ position: 2, relation: 'spouse', sex: 'F', disabled: true, labour_capacity: 'full', willing_to_work: true, rural_medical: true, dibao: 'none', skills: ['种植', '养殖'], id_number: spouse.id }),
      expect.objectContaining({ position: 3, relation: 'child', sex: 'M', disabled: false, labour_capacity: null, id_number: child.id, certificate_number: null }),
    ]);
    expect(members.every((m) => m.id_number !== null)).toBe(true); // every member entered
  });

  it('refuses precisely a member whose ID disagrees with the sex or age entered, or whose certificate is someone else’s', async () => {
    const a = member(2, { age: 40, sex: 'F' });
    const b = member(3, { age: 30, sex: 'M' });
    const before = await householdCount();
    const result = await refusedWith({
      ...validForm(),
      ...a.values,
      'm2.sex': 'M',
      ...b.values,
      'm3.age': '31',
      'm3.certificateNumber': `${a.id}23`,
    });
    expect(result.message).toBe(zhAdmin.errors.fixFields);
    expect(result.fieldErrors['m2.sex']).toContain('性别与身份证号码不一致');
    expect(result.fieldErrors['m3.age']).toContain('应为30周岁');
    expect(result.fieldErrors['m3.certificateNumber']).toContain('前18位');
    expect(await householdCount()).toBe(before);
  });

  it('refuses an ID already in another household of the programme, and the same person twice on the form', async () => {
    const [taken] = await rows<{ id_number: string }>(sql`select id_number from household_member_private order by member_id limit 1`);
    const known = parseResidentId(taken!.id_number);
    if (!known.ok) throw new Error('unreachable');
    const a = member(2, { age: ageOn(known.birth, chinaDateString(now)), sex: known.sex });
    const registrantId = validForm().certificateNumber!;
    const result = await refusedWith({
      ...validForm({ certificateNumber: registrantId }),
      ...a.values,
      'm2.idNumber': taken!.id_number,
      ...member(3, { age: 20 }).values,
      'm3.idNumber': registrantId.slice(0, 18),
      'm3.age': String(45),
      'm3.sex': 'M',
    });
    expect(result.fieldErrors['m2.idNumber']).toBe(zhAdminMembers.errors.duplicateOther);
    expect(result.fieldErrors['m3.idNumber']).toBe(zhAdminMembers.errors.duplicateHere);
  });

  it('names a missing field of a half-filled row, and ignores blank rows', async () => {
    const result = await refusedWith({ ...validForm(), 'm2.fullName': '李某', ...blankRow(3) });
    expect(result.fieldErrors).toMatchObject({ 'm2.relation': zhAdminMembers.errors.relation, 'm2.idNumber': zhAdminMembers.errors.idNumber });
    expect(Object.keys(result.fieldErrors).some((k) => k.startsWith('m3.'))).toBe(false);
  });

  it('screens on the members: nobody able and willing to work is named next to the registrant’s labour; recorded as a screening refusal on request', async () => {
    const values = { ...validForm({ fullName: '筛查测试', 'm1.labourCapacity': 'none', 'm1.willingToWork': 'no' }), ...member(2, { age: 70, labourCapacity: 'full', willingToWork: 'no' }).values };
    const households = await householdCount();
    const refused = await refusedWith(values);
    expect(refused.message).toBe(zhAdminHouseholds.screening.summary);
    expect(refused.fieldErrors).toEqual({ 'm1.labourCapacity': zhAdminHouseholds.screening.failed.no_labour, screening: zhAdminHouseholds.screening.offer });

    const refusalsBefore = (await rows<{ n: number }>(sql`select count(*)::int as n from screening_refusals`))[0]!.n;
    const recorded = await registerHousehold.run(villageA, formData({ ...values, intent: 'refuse', incomePerCapita: '3000' }), now);
    expect(recorded).toMatchObject({ ok: true, redirectTo: '/admin/screening?done=saved' });
    expect(await householdCount()).toBe(households);
    const [row] = await rows<{ criterion: string; village_code: string; year: number; full_name: string; reason: string; screened_on: string }>(sql`
      select r.criterion, r.village_code, r.year, p.full_name, p.reason, r.screened_on::text as screened_on
        from screening_refusals r join screening_refusal_private p on p.refusal_id = r.id order by r.id desc limit 1`);
    expect(row).toMatchObject({ criterion: 'income', village_code: VILLAGE_A, year: 2026, full_name: '筛查测试', screened_on: chinaDateString(now) });
    expect(row!.reason).toContain(zhAdminScreening.criteria.income);
    expect(row!.reason).toContain(zhAdminScreening.criteria.no_labour);
    expect((await rows<{ n: number }>(sql`select count(*)::int as n from screening_refusals`))[0]!.n).toBe(refusalsBefore + 1);
    const [audit] = await rows<{ action: string; summary: Record<string, unknown> }>(sql`select action, summary from audit_log where ${writes} order by id desc limit 1`);
    expect(audit).toMatchObject({ action: 'screening.refuse', summary: { criterion: 'income', villageCode: VILLAGE_A } });
    expect(JSON.stringify(audit!.summary)).not.toContain('筛查测试');
  });

  it('does not record an eligible household as a screening refusal', async () => {
    const result = await refusedWith({ ...validForm(), intent: 'refuse' });
    expect(result.fieldErrors).toEqual({ screening: zhAdminHouseholds.screening.eligible });
  });
});

describe('photo (照片)', () => {
  it('stores a phone’s JPEG re-encoded, upright, at most 1200 px and without its EXIF (GPS), served only within the region', async () => {
    const original = await jpegWithGps();
    expect(original.includes(EXIF_MARKER)).toBe(true);
    const photo = new File([new Uint8Array(original)], 'IMG_0001.jpg', { type: 'image/jpeg' });
    const result = await registerHousehold.run(villageA, formData({ ...validForm({ fullName: '测试己' }), photo }), now);
    expect(result.ok, JSON.stringify(result)).toBe(true);
    if (!result.ok) throw new Error('unreachable');
    const [stored] = await rows<{ photo: string }>(sql`select photo from household_private where household_id = ${result.value.id}`);
    expect(stored!.photo).toMatch(/^data:image\/jpeg;base64,/);
    const bytes = Buffer.from(stored!.photo.slice(stored!.photo.indexOf(',') + 1), 'base64');
    expect(bytes.includes(EXIF_MARKER)).toBe(false);
    expect(bytes.includes(Buffer.from('GongshiTestPhone'))).toBe(false);
    const metadata = await sharp(bytes).metadata();
    expect(metadata).toMatchObject({ format: 'jpeg', width: 675, height: 1200 });
    expect(metadata.exif).toBeUndefined();
    expect(await getHouseholdPhoto(villageA, result.value.id)).toEqual({ contentType: 'image/jpeg', bytes: new Uint8Array(bytes) });
    expect(await getHouseholdPhoto(townshipDpf, result.value.id)).not.toBeNull();
    expect(await getHouseholdPhoto(villageB, result.value.id)).toBeNull();
    expect((await getHousehold(villageA, result.value.id))!.hasPhoto).toBe(true);
  });

  it('refuses a photo over 1 MB', async () => {
    const big = new Uint8Array(PHOTO_MAX_BYTES + 1);
    big.set([0xff, 0xd8, 0xff]);
    const result = await refusedWith(formData({ ...validForm(), photo: new File([big], 'big.jpg', { type: 'image/jpeg' }) }));
    expect(result.fieldErrors.photo).toBe(t.photoSize);
    expect(result.fieldErrors.photo).toContain('1MB');
  });

  it('refuses a file that is not a JPEG, PNG or WebP image, by its type and by its bytes', async () => {
    const text = await refusedWith(formData({ ...validForm(), photo: new File(['hello'], 'a.txt', { type: 'text/plain' }) }));
    expect(text.fieldErrors.photo).toBe(t.photoType);
    const gif = await refusedWith(formData({ ...validForm(), photo: new File(['GIF89a'], 'a.gif', { type: 'image/gif' }) }));
    expect(gif.fieldErrors.photo).toBe(t.photoType);
    const renamed = await refusedWith(formData({ ...validForm(), photo: new File(['<svg/>'], 'a.png', { type: 'image/png' }) }));
    expect(renamed.fieldErrors.photo).toBe(t.photoContent);
    // The right magic numbers, but not an image the decoder can read.
    const fake = new File([new Uint8Array(Buffer.concat([PNG.subarray(0, 16), Buffer.from('no pixels here')]))], 'b.png', { type: 'image/png' });
    expect((await refusedWith(formData({ ...validForm(), photo: fake }))).fieldErrors.photo).toBe(t.photoContent);
  });

  // A browser cannot refill a file input: the form that comes back says, next to the photo, to choose it again.
  it('after "add rows" with a photo chosen, the form keeps what was typed and asks for the photo again, naming it', () => {
    const typed = { ...validForm(), 'm2.fullName': '测试妻子', memberRows: '6', intent: 'more' };
    const form = formData({ ...typed, photo: new File([PNG], 'IMG_0001.png', { type: 'image/png' }) });
    const state = askPhotoAgain(form, moreRowsState(form));
    expect(state).toEqual({
      ok: false,
      message: zhAdminHouseholds.members.added(10),
      fieldErrors: { photo: zhAdminFileInputs.photoAgain('IMG_0001.png') },
      values: typed,
    });
    expect(state.fieldErrors.photo).toContain('请重新选择照片');
    // No photo chosen (the browser sends an empty file): nothing to say.
    const none = formData({ ...typed, photo: new File([], '', { type: 'application/octet-stream' }) });
    expect(askPhotoAgain(none, moreRowsState(none)).fieldErrors).toEqual({});
  });

  it('after a refusal with a good photo chosen, asks for it again beside the other messages; a refused photo keeps its own', async () => {
    const long = `${'很长的文件名'.repeat(10)}.png`;
    const form = formData({ ...validForm({ address: '' }), photo: new File([PNG], long, { type: 'image/png' }) });
    const result = await refusedWith(form);
    const state = askPhotoAgain(form, { ok: false, message: result.message, fieldErrors: result.fieldErrors, values: {} });
    expect(state.fieldErrors).toEqual({ address: result.fieldErrors.address, photo: zhAdminFileInputs.photoAgain(`${long.slice(0, 39)}…`) });
    const bad = formData({ ...validForm(), photo: new File(['hello'], 'a.txt', { type: 'text/plain' }) });
    const refusedPhoto = await refusedWith(bad);
    const kept = askPhotoAgain(bad, { ok: false, message: refusedPhoto.message, fieldErrors: refusedPhoto.fieldErrors, values: {} });
    expect(kept.fieldErrors.photo).toBe(t.photoType);
  });
});

describe('edit (household.update)', () => {
  it('edits a registered household and audits the names of the changed fields only', async () => {
    const form = await formOf(villageA, 130);
    const auditBefore = await auditCount();
    const later = new Date(now.getTime() + 60_000);
    const result = await updateHousehold.run(villageA, formData({ ...form, phone: '13800001111', incomePerCapita: '1999' }), later);
    expect(result).toMatchObject({ ok: true, redirectTo: '/admin/households/130?saved=updated' });
    const h = (await getHousehold(villageA, 130))!;
    expect(h).toMatchObject({ phone: '13800001111', incomePerCapita: 1999, status: 'registered', fullName: form.fullName });
    expect(h.updatedAt.getTime()).toBe(later.getTime());
    expect(await auditCount()).toBe(auditBefore + 1);
    const [audit] = await rows<{ action: string; entity_id: string; summary: unknown }>(
      sql`select action, entity_id, summary from audit_log where ${writes} order by id desc limit 1`,
    );
    expect(audit).toEqual({ action: 'household.update', entity_id: '130', summary: { changed: ['phone', 'incomePerCapita'] } });
    expect(JSON.stringify(audit!.summary)).not.toContain('13800001111');
  });

  it('changes the masked name with the name, and removes the photo when asked', async () => {
    const photo = new File([PNG], 'p.png', { type: 'image/png' });
    const form = await formOf(villageA, 135);
    expect((await updateHousehold.run(villageA, formData({ ...form, photo }), now)).ok).toBe(true);
    expect((await getHousehold(villageA, 135))!.hasPhoto).toBe(true);
    const renamed = await updateHousehold.run(villageA, { ...form, fullName: '张慧珍', removePhoto: 'on' }, now);
    expect(renamed.ok).toBe(true);
    const h = (await getHousehold(villageA, 135))!;
    expect(h).toMatchObject({ fullName: '张慧珍', maskedName: '张*珍', hasPhoto: false });
    const [audit] = await rows<{ summary: unknown }>(sql`select summary from audit_log where action = 'household.update' order by id desc limit 1`);
    expect(audit!.summary).toEqual({ changed: ['fullName', 'photo'] });
  });

  it('saves nothing and audits nothing when nothing changed', async () => {
    const before = await auditCount();
    const result = await updateHousehold.run(villageA, await formOf(villageA, 139), now);
    expect(result.ok && result.value, JSON.stringify(await formOf(villageA, 139))).toEqual({ id: 139, changed: [] });
    expect(result).toMatchObject({ ok: true, message: zhAdminHouseholds.edit.unchanged });
    expect(result.ok && result.redirectTo).toBeFalsy();
    expect(await auditCount()).toBe(before);
  });

  it('checks the edited form like a registration', async () => {
    const form = await formOf(villageA, 171);
    const result = await updateHousehold.run(villageA, { ...form, incomePerCapita: '3000', age: String(Number(form.age) + 1) }, now);
    expect(result.ok).toBe(false);
    if (result.ok) throw new Error('unreachable');
    expect(result.fieldErrors.incomePerCapita).toContain('2800元');
    expect(result.fieldErrors.age).toContain('出生日期');
  });

  it('refuses another household’s certificate (the same person twice)', async () => {
    const other = await formOf(villageA, 198);
    const form = await formOf(villageA, 171);
    const result = await updateHousehold.run(villageA, { ...other, householdId: form.householdId }, now);
    expect(result).toMatchObject({ ok: false, refused: 'rule' });
    if (!result.ok) expect(result.fieldErrors.certificateNumber).toBe(t.duplicate);
  });

  it('refuses once the household is listed on a published notice (#22)', async () => {
    const [entry] = await rows<{ household_id: number }>(sql`select household_id from notice_entries where notice_id = 22 order by position limit 1`);
    const id = entry!.household_id;
    const form = await formOf(villageA, id);
    const before = await auditCount();
    const result = await updateHousehold.run(villageA, { ...form, phone: '13800002222' }, now);
    expect(result).toMatchObject({ ok: false, refused: 'rule', message: t.notEditable });
    expect(t.notEditable).toBe('该家庭已列入已发布的公示，不能再修改。如信息有误，请撤回公示或发布更正公示。');
    expect((await getHousehold(villageA, id))!.phone).toBe(form.phone);
    expect(await auditCount()).toBe(before);
  });

  it('refuses a village-b official on a village-a household (region), also as a move into their village', async () => {
    const form = await formOf(villageA, 198);
    const result = await updateHousehold.run(villageB, { ...form, phone: '13800003333' }, now);
    expect(result).toMatchObject({ ok: false, refused: 'region', message: zhAdmin.errors.region });
    const moved = await updateHousehold.run(villageB, { ...form, villageCode: VILLAGE_B }, now);
    expect(moved).toMatchObject({ ok: false, refused: 'region' });
    const outward = await updateHousehold.run(villageA, { ...form, villageCode: VILLAGE_B }, now);
    expect(outward).toMatchObject({ ok: false, refused: 'region' });
    expect((await getHousehold(villageA, 198))!.villageCode).toBe(VILLAGE_A);
  });

  it('refuses moving a household on a draft notice to another village', async () => {
    const [entry] = await rows<{ household_id: number; village_code: string }>(sql`
      select e.household_id, n.village_code from notice_entries e join notices n on n.id = e.notice_id
       where n.status = 'draft' and n.village_code like '220802100%' limit 1`);
    const form = await formOf(townshipDpf, entry!.household_id);
    const target = entry!.village_code === VILLAGE_A ? VILLAGE_B : VILLAGE_A;
    const result = await updateHousehold.run(townshipDpf, { ...form, villageCode: target }, now);
    expect(result).toMatchObject({ ok: false, message: t.onDraft });
    if (!result.ok) expect(result.fieldErrors.villageCode).toBe(t.onDraft);
    // Other fields of a household on a draft may still be corrected before publication.
    expect((await updateHousehold.run(townshipDpf, { ...form, villageGroup: '九组' }, now)).ok).toBe(true);
  });

  it('refuses a household that does not exist', async () => {
    const form = await formOf(villageA, 198);
    const result = await updateHousehold.run(villageA, { ...form, householdId: '999999' }, now);
    expect(result).toMatchObject({ ok: false, message: t.notFound });
  });

  it('refuses county_org (role)', async () => {
    const form = await formOf(villageA, 198);
    expect(await updateHousehold.run(countyOrg, form, now)).toMatchObject({ ok: false, refused: 'role' });
  });
});
