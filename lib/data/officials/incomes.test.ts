// The officials' reads that name which member was trained (issue 10 item 1): the help page's trainings
// and the income page's 稳定脱贫 conditions, whose skill condition lists each trained member with their
// skills. Trainings are per member since migration 0019.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type Db } from '@/db/client';
import type { Official } from '@/lib/auth/official';
import { recordTraining } from '@/lib/actions/duties';
import { saveMember } from '@/lib/actions/members';
import { chinaDateString, makeResidentId, parseDateString } from '@/lib/domain';
import { agreeSteps, createPassedHousehold, demoApprovers } from '@/test/approvals';
import { ok } from '@/test/action-results';
import { useSeededDatabase } from '@/test/seeded-database';
import { officialNamed } from '@/test/officials';
import { householdTrainings } from './duties';
import { getIncomeHistory } from './incomes';

const PINGAN = '220802100201';

const database = useSeededDatabase();
let db: Db;
let now: Date;
let villageA: Official;
let villageB: Official;
let trained: number; // the registrant and the spouse trained
let untrained: number;
let registrant: { id: number; name: string };
let spouse: number;

beforeAll(async () => {
  db = database.db;
  now = database.seededAt;
  villageA = await officialNamed(db, 'village-a');
  villageB = await officialNamed(db, 'village-b');
  const approvers = await demoApprovers(db);
  trained = (await createPassedHousehold(db, PINGAN, now)).id;
  await agreeSteps(trained, approvers, 5, now);
  untrained = (await createPassedHousehold(db, PINGAN, now)).id;
  await agreeSteps(untrained, approvers, 5, now);

  const [first] = await queryRows<{ id: number; name: string }>(
    db,
    sql`select m.id, p.full_name as name from household_members m join household_member_private p on p.member_id = m.id
        where m.household_id = ${trained} and m.position = 1`,
  );
  registrant = first!;
  const year = parseDateString(chinaDateString(now)).year;
  ok(
    await saveMember.run(
      villageA,
      {
        householdId: String(trained), memberId: '', fullName: '培训乙', relation: 'spouse',
        idNumber: makeResidentId('110106', `${year - 40}0101`, 812), sex: 'F', age: '40', certificateNumber: '',
        labourCapacity: 'full', willingToWork: 'yes', ruralMedical: 'yes', ruralPension: 'no', dibao: 'none', skills: '',
      },
      now,
    ),
  );
  const [added] = await queryRows<{ id: number }>(db, sql`select id from household_members where household_id = ${trained} and relation = 'spouse'`);
  spouse = added!.id;
  const train = async (memberId: number, skill: string, trainedOn: string) =>
    ok(await recordTraining.run(villageA, { memberId: String(memberId), skill, trainedOn, trainer: '县农技站' }, now));
  await train(registrant.id, '肉牛养殖', '2026-03-01');
  await train(spouse, '电商销售', '2026-04-01');
  await train(spouse, '食用菌种植', '2026-05-01');
  await train(spouse, ' 电商销售 ', '2026-06-01'); // the same skill again: named once
});

describe('which member was trained', () => {
  it("the help page's trainings name the member and relation of each record, newest first", async () => {
    const rows = await householdTrainings(villageA, trained);
    expect(rows.map((r) => [r.memberId, r.memberName, r.relation, r.skill.trim()])).toEqual([
      [spouse, '培训乙', 'spouse', '电商销售'],
      [spouse, '培训乙', 'spouse', '食用菌种植'],
      [spouse, '培训乙', 'spouse', '电商销售'],
      [registrant.id, registrant.name, 'self', '肉牛养殖'],
    ]);
  });

  it('the skill condition of 稳定脱贫 lists each trained member once with their distinct skills, oldest first', async () => {
    const history = await getIncomeHistory(villageA, trained, now);
    expect(history!.conditions.skill).toBe(true);
    expect(history!.trainedMembers).toEqual([
      { memberId: registrant.id, name: registrant.name, relation: 'self', skills: ['肉牛养殖'] },
      { memberId: spouse, name: '培训乙', relation: 'spouse', skills: ['电商销售', '食用菌种植'] },
    ]);
    // No income, housing or project recorded, and the members not all enrolled (the registrant's 新农合 not
    // recorded, the spouse, 40, not in 新农保, her 低保 never applied for): not out of poverty, and the conditions say why.
    expect(history!.exitYear).toBeNull();
    expect(history!.conditions).toMatchObject({ income: false, project: false, housing: false, medical: false, pension: false, dibao: false });
  });

  it('a household nobody in which was trained does not meet the skill condition and names no one', async () => {
    const history = await getIncomeHistory(villageA, untrained, now);
    expect(history!.conditions.skill).toBe(false);
    expect(history!.trainedMembers).toEqual([]);
  });

  it('outside the region: neither read names anyone', async () => {
    expect(await householdTrainings(villageB, trained)).toEqual([]);
    expect(await getIncomeHistory(villageB, trained, now)).toBeNull();
  });
});
