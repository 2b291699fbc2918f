// Household members against a real database: the registrant as member 1, entering declared members, the
// ID against sex and age, one person in one household (also under concurrency), counts derived by the
// database, removal, audit rows; and the conversion rule of migration 0017 (declared members not entered).
import fs from 'node:fs';
import path from 'node:path';
import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setProcessDatabase } from '@/db';
import { queryRows } from '@/db/client';
import type { Official } from '@/lib/auth/official';
import { chinaDateString, makeResidentId, parseDateString, parseResidentId } from '@/lib/domain';
import { zhAdminMembers } from '@/lib/i18n/zh-admin-members';
import { openTestDatabase, type TestDatabase } from '@/test/database';
import { officialNamed } from '@/test/officials';
import { registerHousehold, updateHousehold } from './households';
import { removeMember, saveMember, saveRegistrantDetails } from './members';

const VILLAGE_A = '220802100201'; // 平安村委会 (village-a's)
const t = zhAdminMembers.errors;

let database: TestDatabase;
let now: Date;
let villageA: Official;
let villageB: Official;
let thisYear: number;
let seededMax: number;

const rows = <T>(query: SQL) => queryRows<T>(database.db, query);

beforeAll(async () => {
  database = await openTestDatabase('seeded');
  setProcessDatabase(database);
  now = database.seededAt;
  villageA = await officialNamed(database.db, 'village-a');
  villageB = await officialNamed(database.db, 'village-b');
  thisYear = parseDateString(chinaDateString(now)).year;
  seededMax = (await rows<{ n: number }>(sql`select coalesce(max(id), 0)::int as n from households`))[0]!.n;
});
afterAll(() => database.close());

// IDs from a district no demo household uses, born on 1 January (age = this year − birth year).
let sequence = 300;
function person(age: number, sex: 'M' | 'F' = 'M'): string {
  sequence += 2;
  return makeResidentId('110106', `${thisYear - age}0101`, sex === 'M' ? sequence + 1 : sequence);
}

/**
 * A household registered through the form (the registrant only), then, for size > 1, members "not entered
 * yet" as migration 0017 made them from a declared size (existing data: registration no longer makes them).
 */
async function register(size: number, disabled = 1): Promise<{ id: number; registrantId: string }> {
  const registrantId = person(45);
  const result = await registerHousehold.run(
    villageA,
    {
      year: '2026',
      villageCode: VILLAGE_A,
      villageGroup: '三组',
      fullName: '成员甲',
      sex: 'M',
      ethnicity: '汉族',
      age: '45',
      certificateNumber: `${registrantId}42`,
      disabilityCategory: '4',
      disabilityGrade: '2',
      'm1.labourCapacity': 'full',
      'm1.willingToWork': 'yes',
      phone: '13912345678',
      incomePerCapita: '2100',
      address: '平安村三组1号',
      employmentIntention: '',
    },
    now,
  );
  if (!result.ok) throw new Error(`register failed: ${JSON.stringify(result)}`);
  const id = (result.value as { id: number }).id;
  if (size > 1) {
    await database.db.execute(sql`insert into household_members (household_id, programme_id, position, disabled)
      select h.id, h.programme_id, g, g <= ${disabled} from households h cross join generate_series(2, ${size}::int) g where h.id = ${id}`);
  }
  return { id, registrantId };
}

type MemberRow = { id: number; position: number; relation: string | null; sex: string | null; disabled: boolean; id_number: string | null };
const membersOf = (householdId: number) =>
  rows<MemberRow>(sql`select m.id, m.position, m.relation, m.sex, m.disabled, p.id_number
    from household_members m left join household_member_private p on p.member_id = m.id
    where m.household_id = ${householdId} order by m.position`);
const counts = async (householdId: number) =>
  (await rows<{ size: number; disabled: number }>(sql`select household_size as size, disabled_members as disabled from households where id = ${householdId}`))[0]!;

function memberForm(householdId: number, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    householdId: String(householdId),
    memberId: '',
    fullName: '成员乙',
    relation: 'spouse',
    idNumber: person(40, 'F'),
    sex: 'F',
    age: '40',
    certificateNumber: '',
    labourCapacity: 'full',
    willingToWork: 'yes',
    ruralMedical: 'yes',
    ruralPension: 'no',
    dibao: 'none',
    skills: '食用菌种植、电焊',
    ...overrides,
  };
}

describe('registering makes member 1; migrated declared members still count', () => {
  it('the registrant is member 1 (本人) with ID and certificate, and registration makes no member "not entered yet"', async () => {
    const { id, registrantId } = await register(1);
    const members = await membersOf(id);
    expect(members.map((m) => [m.position, m.relation, m.sex, m.disabled, m.id_number])).toEqual([[1, 'self', 'M', true, registrantId]]);
    expect(await counts(id)).toEqual({ size: 1, disabled: 1 });
  });

  it('members declared before issue 10 (migration 0017) wait to be entered and are counted', async () => {
    const { id, registrantId } = await register(3, 2);
    const members = await membersOf(id);
    expect(members.map((m) => [m.position, m.relation, m.sex, m.disabled, m.id_number])).toEqual([
      [1, 'self', 'M', true, registrantId],
      [2, null, null, true, null],
      [3, null, null, false, null],
    ]);
    expect(await counts(id)).toEqual({ size: 3, disabled: 2 });
  });

  it('the seeded (demo) households all have member 1 and counts that match their members', async () => {
    const bad = await rows<{ id: number }>(sql`select h.id from households h
      join household_private p on p.household_id = h.id
      where h.household_size <> (select count(*) from household_members m where m.household_id = h.id)
         or h.disabled_members <> (select count(*) from household_members m where m.household_id = h.id and m.disabled)
         or not exists (select 1 from household_members m join household_member_private mp on mp.member_id = m.id
                        where m.household_id = h.id and m.position = 1 and mp.id_number = p.id_number)`);
    expect(bad).toEqual([]);
  });

  it('the demo households have full member lists: every member entered, valid and unique IDs', async () => {
    const [demo] = await rows<{ members: number; not_entered: number; without_id: number; households: number }>(sql`select
        count(*)::int as members, (count(*) filter (where m.sex is null))::int as not_entered,
        (count(*) filter (where p.member_id is null))::int as without_id, count(distinct m.household_id)::int as households
        from household_members m left join household_member_private p on p.member_id = m.id where m.household_id <= ${seededMax}`);
    expect(demo!.not_entered).toBe(0);
    expect(demo!.without_id).toBe(0);
    expect(demo!.members).toBeGreaterThan(demo!.households);
    const ids = await rows<{ id_number: string }>(sql`select p.id_number from household_member_private p join household_members m on m.id = p.member_id where m.household_id <= ${seededMax}`);
    for (const { id_number } of ids) expect(parseResidentId(id_number).ok).toBe(true);
  });
});

describe('adding, entering and removing members', () => {
  it('adds a member: counts follow, name and number only in the private table, audited without them', async () => {
    const { id } = await register(1);
    const form = memberForm(id);
    const result = await saveMember.run(villageA, form, now);
    expect(result.ok).toBe(true);
    expect(await counts(id)).toEqual({ size: 2, disabled: 1 });
    const [m] = await rows<{ relation: string; sex: string; birth_date: string; labour_capacity: string; willing_to_work: boolean; rural_medical: boolean; rural_pension: boolean; dibao: string; skills: string[]; full_name: string }>(
      sql`select m.relation, m.sex, m.birth_date::text, m.labour_capacity, m.willing_to_work, m.rural_medical, m.rural_pension, m.dibao, m.skills, p.full_name
          from household_members m join household_member_private p on p.member_id = m.id where m.household_id = ${id} and m.position = 2`,
    );
    expect(m).toEqual({
      relation: 'spouse',
      sex: 'F',
      birth_date: `${thisYear - 40}-01-01`,
      labour_capacity: 'full',
      willing_to_work: true,
      rural_medical: true,
      rural_pension: false,
      dibao: 'none',
      skills: ['食用菌种植', '电焊'],
      full_name: '成员乙',
    });
    const [audit] = await rows<{ action: string; summary: string }>(
      sql`select action, summary::text from audit_log where entity_type = 'household' and entity_id = ${String(id)} order by id desc limit 1`,
    );
    expect(audit!.action).toBe('household.member.add');
    expect(audit!.summary).not.toContain(form.idNumber!);
    expect(audit!.summary).not.toContain('成员乙');
  });

  it('a member with a certificate counts as disabled; entering a declared member keeps the size', async () => {
    const { id } = await register(2, 1);
    const declared = (await membersOf(id))[1]!;
    const idNumber = person(20);
    const result = await saveMember.run(
      villageA,
      memberForm(id, { memberId: String(declared.id), relation: 'child', idNumber, sex: 'M', age: '20', certificateNumber: `${idNumber}23` }),
      now,
    );
    expect(result.ok).toBe(true);
    expect(await counts(id)).toEqual({ size: 2, disabled: 2 });
    const [m] = await rows<{ disability_category: number; disability_grade: number }>(
      sql`select disability_category, disability_grade from household_members where id = ${declared.id}`,
    );
    expect(m).toEqual({ disability_category: 2, disability_grade: 3 });
  });

  it('removes a member (counts follow) but never member 1', async () => {
    const { id } = await register(1);
    expect((await saveMember.run(villageA, memberForm(id), now)).ok).toBe(true);
    const [first, second] = await membersOf(id);
    const refused = await removeMember.run(villageA, { householdId: String(id), memberId: String(first!.id) }, now);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.message).toBe(t.registrant);
    const removed = await removeMember.run(villageA, { householdId: String(id), memberId: String(second!.id) }, now);
    expect(removed.ok).toBe(true);
    expect(await counts(id)).toEqual({ size: 1, disabled: 1 });
    // The database refuses too.
    await expect(database.db.execute(sql`delete from household_members where id = ${first!.id}`)).rejects.toThrow();
  });

  it("records member 1's labour, willingness and enrolment", async () => {
    const { id } = await register(1);
    const [first] = await membersOf(id);
    const result = await saveRegistrantDetails.run(
      villageA,
      { householdId: String(id), memberId: String(first!.id), labourCapacity: 'partial', willingToWork: 'yes', ruralMedical: '', ruralPension: 'yes', dibao: 'granted', skills: '' },
      now,
    );
    expect(result.ok).toBe(true);
    const [m] = await rows<{ labour_capacity: string; willing_to_work: boolean; rural_medical: boolean | null; dibao: string }>(
      sql`select labour_capacity, willing_to_work, rural_medical, dibao from household_members where id = ${first!.id}`,
    );
    expect(m).toEqual({ labour_capacity: 'partial', willing_to_work: true, rural_medical: null, dibao: 'granted' });
  });

  it('the sizes are not on the household form: typed ones are ignored, the members count', async () => {
    const { id } = await register(2);
    const h = (await rows<Record<string, unknown>>(sql`select * from households h join household_private p on p.household_id = h.id where h.id = ${id}`))[0]!;
    const result = await updateHousehold.run(
      villageA,
      {
        householdId: String(id), year: String(h.year), villageCode: String(h.village_code), villageGroup: String(h.village_group ?? ''),
        fullName: String(h.full_name), sex: String(h.sex), ethnicity: String(h.ethnicity), age: String(h.age),
        certificateNumber: String(h.certificate_number), disabilityCategory: String(h.disability_category), disabilityGrade: String(h.disability_grade),
        householdSize: '5', disabledMembers: '1', phone: String(h.phone ?? ''), incomePerCapita: String(h.income_per_capita),
        address: String(h.address), employmentIntention: '',
      },
      now,
    );
    expect(result).toMatchObject({ ok: true, value: { id, changed: [] } });
    expect(await counts(id)).toEqual({ size: 2, disabled: 1 });
    // And a direct write is replaced by the count.
    await database.db.execute(sql`update households set household_size = 9 where id = ${id}`);
    expect(await counts(id)).toEqual({ size: 2, disabled: 1 });
  });
});

describe('refusals next to the field', () => {
  it('a sex or age that disagrees with the ID', async () => {
    const { id } = await register(1);
    const idNumber = person(30, 'F');
    const result = await saveMember.run(villageA, memberForm(id, { idNumber, sex: 'M', age: '31' }), now);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors.sex).toBe(t.sexMismatch('女'));
    expect(result.fieldErrors.age).toBe(t.ageMismatch(30));
    expect(await counts(id)).toEqual({ size: 1, disabled: 1 });
  });

  it('a broken ID, a certificate of someone else, a second 本人', async () => {
    const { id } = await register(1);
    const bad = await saveMember.run(villageA, memberForm(id, { idNumber: '110106199001011234' }), now);
    expect(!bad.ok && bad.fieldErrors.idNumber).toBe('身份证号码校验位不正确，请逐位核对');
    const other = person(50);
    const cert = await saveMember.run(villageA, memberForm(id, { certificateNumber: `${other}42` }), now);
    expect(!cert.ok && cert.fieldErrors.certificateNumber).toBe(t.certificateOther);
    const self = await saveMember.run(villageA, memberForm(id, { relation: 'self' }), now);
    expect(!self.ok && self.fieldErrors.relation).toBe(t.relationSelf);
  });

  it('an ID already in another household (also a registrant) or in this one', async () => {
    const a = await register(1);
    const b = await register(1);
    const inOther = await saveMember.run(villageA, memberForm(b.id, { idNumber: a.registrantId, sex: 'M', age: '45' }), now);
    expect(!inOther.ok && inOther.fieldErrors.idNumber).toBe(t.duplicateOther);
    const form = memberForm(b.id);
    expect((await saveMember.run(villageA, form, now)).ok).toBe(true);
    const again = await saveMember.run(villageA, { ...form, fullName: '成员丙' }, now);
    expect(!again.ok && again.fieldErrors.idNumber).toBe(t.duplicateHere);
    // A registration whose registrant is already a member elsewhere is refused on the certificate.
    const other = await registerHousehold.run(villageA, { ...(await registrationLike(form.idNumber!)) }, now);
    expect(other.ok).toBe(false);
    // The database enforces it whatever the code does.
    await expect(
      database.db.execute(sql`insert into household_member_private (member_id, programme_id, full_name, id_number)
        select m.id, m.programme_id, '某某', ${a.registrantId} from household_members m where m.household_id = ${b.id} and m.position = 2`),
    ).rejects.toThrow();
  });

  it('two officials adding the same person at once: exactly one wins, the other is told why', async () => {
    const a = await register(1);
    const b = await register(1);
    const idNumber = person(33, 'F');
    const results = await Promise.all([
      saveMember.run(villageA, memberForm(a.id, { idNumber, age: '33' }), now),
      saveMember.run(villageA, memberForm(b.id, { idNumber, age: '33' }), now),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const loser = results.find((r) => !r.ok);
    expect(loser && !loser.ok && loser.fieldErrors.idNumber).toBe(t.duplicateOther);
    const [n] = await rows<{ n: number }>(sql`select count(*)::int as n from household_member_private where id_number = ${idNumber}`);
    expect(n!.n).toBe(1);
  });

  it("another region's official cannot touch the members", async () => {
    const { id } = await register(1);
    const result = await saveMember.run(villageB, memberForm(id), now);
    expect(result.ok).toBe(false);
    expect(await counts(id)).toEqual({ size: 1, disabled: 1 });
  });
});

async function registrationLike(idNumber: string): Promise<Record<string, string>> {
  // The person of `idNumber` (born 1 January) with a certificate, as a new registrant.
  const age = thisYear - Number(idNumber.slice(6, 10));
  return {
    year: '2026', villageCode: VILLAGE_A, villageGroup: '三组', fullName: '成员丁',
    sex: Number(idNumber.charAt(16)) % 2 === 1 ? 'M' : 'F', ethnicity: '汉族', age: String(age),
    certificateNumber: `${idNumber}41`, disabilityCategory: '4', disabilityGrade: '1', 'm1.labourCapacity': 'full', 'm1.willingToWork': 'yes',
    phone: '', incomePerCapita: '2100', address: '平安村三组2号', employmentIntention: '',
  };
}

describe('never public', () => {
  it('no public code path names the member tables', () => {
    const root = path.join(import.meta.dirname, '..', '..');
    const files = [
      ...fs.readdirSync(path.join(root, 'lib', 'data')).filter((f) => /^public.*\.ts$/.test(f) && !f.endsWith('.test.ts')).map((f) => path.join(root, 'lib', 'data', f)),
      ...fs
        .readdirSync(path.join(root, 'app', '(public)'), { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.tsx?$/.test(f))
        .map((f) => path.join(root, 'app', '(public)', f)),
    ];
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const source = fs.readFileSync(file, 'utf8');
      for (const name of ['householdMembers', 'householdMemberPrivate', 'household_member', 'data/officials/members']) {
        expect(source, `${file}: ${name}`).not.toContain(name);
      }
    }
  });
});
