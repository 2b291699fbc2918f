// A bare household row for tests that need one to put on a notice (no private row, no approvals):
// objections.test.ts, write-faults.test.ts and hostile-input.test.ts each wrote this insert.
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '@/db/client';

export async function insertBareHousehold(db: Db, villageCode: string, maskedName = '试*户'): Promise<number> {
  const [row] = await queryRows<{ id: number }>(
    db,
    sql`insert into households (programme_id, year, village_code, village_group, masked_name, sex, age,
          disability_category, disability_grade, household_size, disabled_members, income_per_capita)
        values (1, 2026, ${villageCode}, '三组', ${maskedName}, 'M', 52, 2, 4, 2, 1, 1800) returning id`,
  );
  return row!.id;
}
