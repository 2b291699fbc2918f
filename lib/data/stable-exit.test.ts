// The facts 稳定脱贫 is decided from, read from a real database (lib/data/stable-exit.ts): `skilled` is the
// number of members with a training record (lib/domain/stable-exit.ts), so a member trained twice counts once;
// 新农合, 新农保 and 低保 are read from the entered members, not from the household's guarantee records.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerHousehold } from '@/lib/actions/households';
import { chinaDateString, makeResidentId, parseDateString } from '@/lib/domain';
import { officialNamed } from '@/test/officials';
import { useSeededDatabase } from '@/test/seeded-database';
import { stableExitFacts, stableExits } from './stable-exit';

const VILLAGE_A = '220802100201'; // 平安村委会 (village-a's)
const database = useSeededDatabase();

let household: number;
let registrant: number;
let spouse: number;

/** A household of two registered through the form: the registrant (member 1) and his wife (member 2). */
beforeAll(async () => {
  const now = database.seededAt;
  const year = parseDateString(chinaDateString(now)).year;
  const result = await registerHousehold.run(
    await officialNamed(database.db, 'village-a'),
    {
      year: '2026',
      villageCode: VILLAGE_A,
      fullName: '培训测试',
      sex: 'M',
      ethnicity: '汉族',
      age: '45',
      certificateNumber: `${makeResidentId('110107', `${year - 45}0101`, 301)}42`, // odd: male
      disabilityCategory: '4',
      disabilityGrade: '2',
      'm1.labourCapacity': 'full',
      'm1.willingToWork': 'yes',
      'm2.fullName': '培训配偶',
      'm2.relation': 'spouse',
      'm2.idNumber': makeResidentId('110107', `${year - 43}0101`, 302), // even: female
      'm2.sex': 'F',
      'm2.age': '43',
      incomePerCapita: '2100',
      address: '平安村三组7号',
    },
    now,
  );
  if (!result.ok) throw new Error(`register failed: ${JSON.stringify(result)}`);
  household = result.value.id;
  const members = await database.rows<{ id: number }>(sql`select id from household_members where household_id = ${household} order by position`);
  [registrant, spouse] = members.map((m) => m.id) as [number, number];
  expect(members).toHaveLength(2);
});

async function train(memberId: number, skill: string, trainedOn: string) {
  await database.db.execute(sql`insert into trainings (household_id, member_id, skill, trained_on, trainer)
    values (${household}, ${memberId}, ${skill}, ${trainedOn}, '洮北区农业技术推广中心')`);
}

const conditions = async () => (await stableExits(database.db, [household], 2800, database.seededAt)).get(household)!.conditions;
const skilled = async () => (await stableExitFacts(database.db, [household])).get(household)!.skilled;

describe('stableExitFacts: skilled', () => {
  it('is 0 before any training, and the skill condition is not met', async () => {
    expect(await skilled()).toBe(0);
    expect((await conditions()).skill).toBe(false);
  });

  it('counts two trainings of one member as one member', async () => {
    await train(registrant, '食用菌种植', '2026-03-10');
    await train(registrant, '肉牛养殖', '2026-06-20');
    expect(await skilled()).toBe(1);
    expect((await conditions()).skill).toBe(true);
  });

  it('counts each member trained once, the same whether the households are named by id or by a subquery', async () => {
    await train(spouse, '电商销售', '2026-07-01');
    expect(await skilled()).toBe(2);
    const among = sql`select id from households where id = ${household}`;
    expect((await stableExitFacts(database.db, [household], among)).get(household)!.skilled).toBe(2);
  });
});

describe('stableExitFacts: members', () => {
  const setMembers = (set: ReturnType<typeof sql>) => database.db.execute(sql`update household_members set ${set} where household_id = ${household}`);

  it('reads each entered member; the guarantee records alone no longer meet medical, pension or 低保', async () => {
    await setMembers(sql`rural_medical = null, rural_pension = null, dibao = null`);
    for (const kind of ['rural_medical', 'rural_pension', 'dibao', 'housing']) {
      await database.db.execute(sql`insert into guarantees (household_id, kind, secured_on) values (${household}, ${kind}, '2026-05-01')`);
    }
    const facts = (await stableExitFacts(database.db, [household])).get(household)!;
    expect(facts.members).toHaveLength(2);
    expect(facts.housing).toBe(true);
    expect(await conditions()).toMatchObject({ medical: false, pension: false, dibao: false, housing: true });
  });

  it('meets them once every member is enrolled and 低保 settled, and a member not enrolled fails again', async () => {
    await setMembers(sql`rural_medical = true, rural_pension = true, dibao = case when position = 1 then 'granted' else 'not_eligible' end`);
    expect(await conditions()).toMatchObject({ medical: true, pension: true, dibao: true });
    await database.db.execute(sql`update household_members set rural_medical = false, dibao = 'pending' where household_id = ${household} and position = 2`);
    expect(await conditions()).toMatchObject({ medical: false, pension: true, dibao: false });
  });
});
