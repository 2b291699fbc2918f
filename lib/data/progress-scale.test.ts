// /progress above 65,535 households (issue 11): the most bind parameters one statement may carry. The
// 稳定脱贫 facts are read for the programme's households through a subquery, never by passing every id
// back; before, this report failed here. The demo's filed count per county grows by exactly the added
// households, and their 稳定脱贫 is decided (none of them is out: they have no income records).
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useSeededDatabase } from '@/test/seeded-database';
import { getProgressReport, type ProgressReport } from './progress';

const ADDED = 70_000;
const database = useSeededDatabase();
let before: ProgressReport;

beforeAll(async () => {
  before = (await getProgressReport(database.seededAt))!;
  // Copies of one demo household of the report's programme, 建档 and passed, in its village and year.
  await database.db.execute(sql`insert into households (programme_id, year, village_code, masked_name, sex, age, disability_category,
      disability_grade, household_size, disabled_members, income_per_capita, status, filed_at)
    select h.programme_id, h.year, h.village_code, '量*户', h.sex, h.age, h.disability_category, h.disability_grade, 1, 1,
      h.income_per_capita, 'passed', now()
    from (select * from households where filed_at is not null and status = 'passed' order by id limit 1) h, generate_series(1, ${ADDED})`);
}, 120_000);

describe('the progress report at scale', () => {
  it('counts more than 65,535 households of a programme', async () => {
    const after = (await getProgressReport(database.seededAt))!;
    const total = (r: ProgressReport, key: 'filed' | 'outOfPoverty') =>
      JSON.stringify(r).match(new RegExp(`"${key}":(\\d+)`, 'g'))!.map((m) => Number(m.split(':')[1])).reduce((a, b) => a + b, 0);
    expect(total(after, 'filed') - total(before, 'filed')).toBeGreaterThanOrEqual(ADDED);
    expect(total(after, 'outOfPoverty')).toBe(total(before, 'outOfPoverty'));
  }, 120_000);
});
