// The programme everyone works on: the newest one. The public pages, the plan, new notices and a new
// household all read it here, so they agree on which programme that is.
import { desc } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { programmes } from '@/db/schema';

const programmeColumns = {
  id: programmes.id,
  name: programmes.name,
  cityCode: programmes.cityCode,
  startYear: programmes.startYear,
  endYear: programmes.endYear,
  targetHouseholds: programmes.targetHouseholds,
  incomeThreshold: programmes.incomeThreshold,
  noticeDays: programmes.noticeDays,
};

export type Programme = Pick<typeof programmes.$inferSelect, keyof typeof programmeColumns>;

/**
 * The newest programme, or null before the database is set up. In a transaction that relies on its
 * rules (the income threshold, the years), `lock: 'share'` keeps them fixed until it commits.
 */
export async function currentProgramme(q: Db | Tx, lock?: 'share'): Promise<Programme | null> {
  const newest = q.select(programmeColumns).from(programmes).orderBy(desc(programmes.id)).limit(1);
  const [row] = await (lock ? newest.for(lock) : newest);
  return row ?? null;
}
