// Demo households with their full member lists (issue 10 item 1). Registration made member 1 (the
// registrant) and the declared, not yet entered, members; here each declared member gets a fictional
// person: a name, a valid ID number (right checksum, unused), a certificate for a declared disabled member,
// labour capacity, willingness to work, 新农合/新农保/低保 and sometimes a practical skill. Demo only.
import { sql } from 'drizzle-orm';
import { chinaDateString } from '../../lib/domain/time';
import { queryRows, type Tx } from '../client';
import { householdMemberPrivate, householdMembers } from '../schema';
import { certificateFor, personName, type Ethnicity, type Sex } from './people';
import { chance, int, mulberry32, pick, weighted, type Rng } from './random';

const SKILLS = ['食用菌种植', '肉牛养殖', '电商销售', '家电维修', '手工编织', '中药材种植', '电焊', '面点制作'] as const;

type Declared = {
  id: number;
  household_id: number;
  programme_id: number;
  position: number;
  disabled: boolean;
  registrant_age: number;
  registrant_sex: Sex;
  ethnicity: Ethnicity;
  county_code: string;
};

function relationFor(rng: Rng, position: number, registrantAge: number): 'spouse' | 'child' | 'parent' | 'sibling' {
  if (position === 2 && registrantAge >= 22) return 'spouse';
  if (registrantAge >= 25) return chance(rng, 0.8) ? 'child' : 'parent';
  return chance(rng, 0.6) ? 'parent' : 'sibling';
}

function ageFor(rng: Rng, relation: string, registrantAge: number): number {
  switch (relation) {
    case 'spouse':
      return Math.max(18, registrantAge + int(rng, -5, 5));
    case 'child':
      return Math.max(0, registrantAge - int(rng, 22, 35));
    case 'parent':
      return Math.min(95, registrantAge + int(rng, 22, 30));
    default:
      return Math.max(1, registrantAge + int(rng, -8, 8));
  }
}

function circumstances(rng: Rng, age: number, disabled: boolean) {
  const working = age >= 16 && age < 65;
  const labourCapacity = !working ? (age >= 65 && chance(rng, 0.4) ? 'partial' : 'none') : disabled ? weighted(rng, [['partial', 5], ['full', 3], ['none', 2]] as const) : weighted(rng, [['full', 8], ['partial', 2]] as const);
  return {
    labourCapacity,
    willingToWork: labourCapacity === 'none' ? false : chance(rng, 0.85),
    ruralMedical: chance(rng, 0.95),
    ruralPension: age >= 16 ? chance(rng, 0.8) : false,
    skills: working && chance(rng, 0.3) ? [pick(rng, SKILLS)] : [],
  } as const;
}

export async function seedMembers(tx: Tx, now: Date): Promise<void> {
  const rng = mulberry32(1010);
  const today = chinaDateString(now);
  const taken = new Set(
    (await queryRows<{ id_number: string }>(tx, sql`select id_number from household_member_private`)).map((r) => r.id_number),
  );

  // Member 1: the registrant's circumstances (identity came from the registration).
  const registrants = await queryRows<{ id: number; age: number }>(
    tx,
    sql`select m.id, h.age from household_members m join households h on h.id = m.household_id where m.position = 1 order by m.id`,
  );
  for (const r of registrants) {
    const c = circumstances(rng, r.age, true);
    const dibao = weighted(rng, [['granted', 3], ['none', 4], ['pending', 1], ['not_eligible', 2]] as const);
    await tx.execute(sql`update household_members set labour_capacity = ${c.labourCapacity}, willing_to_work = ${c.willingToWork},
      rural_medical = ${c.ruralMedical}, rural_pension = ${c.ruralPension}, dibao = ${dibao},
      skills = ${`{${c.skills.join(',')}}`}::text[] where id = ${r.id}`);
  }

  // The declared members: replaced by entered ones at the same positions (counts unchanged).
  const declared = await queryRows<Declared>(
    tx,
    sql`select m.id, m.household_id, m.programme_id, m.position, m.disabled, h.age as registrant_age, h.sex as registrant_sex,
               p.ethnicity, left(h.village_code, 6) as county_code
          from household_members m join households h on h.id = m.household_id join household_private p on p.household_id = h.id
         where m.sex is null order by m.household_id, m.position`,
  );
  if (declared.length === 0) return;
  const people = declared.map((d) => {
    const relation = relationFor(rng, d.position, d.registrant_age);
    const sex: Sex = relation === 'spouse' ? (d.registrant_sex === 'M' ? 'F' : 'M') : chance(rng, 0.5) ? 'M' : 'F';
    const age = ageFor(rng, relation, d.registrant_age);
    const category = int(rng, 1, 7);
    const grade = int(rng, 1, 4);
    const ids = certificateFor(rng, { countyCode: d.county_code, sex, age, today, category, grade, reissue: false }, taken);
    const idNumber = ids.idNumber;
    const birthDate = `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
    return {
      d,
      row: {
        householdId: d.household_id,
        programmeId: d.programme_id,
        position: d.position,
        relation,
        sex,
        birthDate,
        disabled: d.disabled,
        disabilityCategory: d.disabled ? category : null,
        disabilityGrade: d.disabled ? grade : null,
        dibao: 'none' as const,
        ...circumstances(rng, age, d.disabled),
      },
      secret: { fullName: personName(rng, sex, d.ethnicity), idNumber, certificateNumber: d.disabled ? ids.certificateNumber : null },
    };
  });
  for (let i = 0; i < people.length; i += 500) {
    const chunk = people.slice(i, i + 500);
    await tx.execute(sql`delete from household_members where id in (${sql.join(chunk.map((p) => sql`${p.d.id}`), sql`, `)})`);
    const created = await tx.insert(householdMembers).values(chunk.map((p) => p.row)).returning({ id: householdMembers.id });
    await tx.insert(householdMemberPrivate).values(chunk.map((p, j) => ({ memberId: created[j]!.id, programmeId: p.d.programme_id, ...p.secret })));
  }
}

/**
 * 稳定脱贫 reads 新农合, 新农保 and 低保 from the members (lib/domain/stable-exit.ts); the help records keep the
 * household's guarantees as help given. Here the filed households' members are made to agree with those
 * records, so the demo's condition counts stay what the guarantees say: a household whose 新农合 (新农保) was
 * secured has every entered member (every one aged 16 or over on `now`) enrolled, and one whose was not has
 * its first member (first one aged 16 or over) not enrolled; a household granted 低保 has it granted to every
 * member, and one without has its registrant's 低保 pending unless it was never applied for. Demo only.
 */
export async function alignEnrolmentWithGuarantees(tx: Tx, now: Date): Promise<void> {
  const adult = sql`m.birth_date <= ${chinaDateString(now)}::date - interval '16 years'`;
  const secured = (kind: string) => sql`exists (select 1 from guarantees g where g.household_id = m.household_id and g.kind = ${kind})`;
  const filed = sql`m.relation is not null and m.household_id in (select id from households where filed_at is not null)`;
  /** The first entered member of each filed household without `kind`, among those meeting `among`. */
  const firstWithout = (kind: string, among: ReturnType<typeof sql>) => sql`m.id in (
    select distinct on (m.household_id) m.id from household_members m where ${filed} and ${among} and not ${secured(kind)}
    order by m.household_id, m.position)`;
  await tx.execute(sql`update household_members m set rural_medical = true where ${filed} and ${secured('rural_medical')}`);
  await tx.execute(sql`update household_members m set rural_medical = false where ${firstWithout('rural_medical', sql`true`)}`);
  await tx.execute(sql`update household_members m set rural_pension = true where ${filed} and ${adult} and ${secured('rural_pension')}`);
  await tx.execute(sql`update household_members m set rural_pension = false where ${firstWithout('rural_pension', adult)}`);
  await tx.execute(sql`update household_members m set dibao = 'granted' where ${filed} and ${secured('dibao')}`);
  await tx.execute(sql`update household_members m set dibao = 'pending' where ${firstWithout('dibao', sql`true`)} and m.dibao is distinct from 'none'`);
}
