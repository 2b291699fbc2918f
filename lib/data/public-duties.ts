// Public reads of the duties (issue 10 item 5): counts of people per Party stage in a county, and the
// public summaries of its joint meetings. Only aggregates and text officials chose to publish leave
// here: no household, person or private column is selected.
import { sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { queryRows } from '@/db/client';
import { PARTY_STAGES, type PartyStage } from '@/lib/domain/duties';
import { regionLevel } from '@/lib/domain/regions';

/** People per stage among the county's filed households. */
export async function getPartyStageCounts(countyCode: string): Promise<Record<PartyStage, number> | null> {
  if (regionLevel(countyCode) !== 'county') return null;
  const rows = await queryRows<{ stage: PartyStage; n: number }>(
    await getDb(),
    sql`select case when d.member_on is not null then 'member' when d.probationary_on is not null then 'probationary'
          when d.candidate_on is not null then 'candidate' when d.activist_on is not null then 'activist' else 'applicant' end as stage,
          count(*)::int as n
        from party_developments d join households h on h.id = d.household_id
        where left(h.village_code, 6) = ${countyCode} and h.filed_at is not null group by 1`,
  );
  const counts = Object.fromEntries(PARTY_STAGES.map((s) => [s, 0])) as Record<PartyStage, number>;
  for (const r of rows) counts[r.stage] = r.n;
  return counts;
}

export type PublicMeeting = { id: number; heldOn: string; summary: string };

/** The county's joint meetings that have a public summary, newest first (at most 20). */
export async function getPublicMeetings(countyCode: string): Promise<PublicMeeting[]> {
  if (regionLevel(countyCode) !== 'county') return [];
  return queryRows<PublicMeeting>(
    await getDb(),
    sql`select id, held_on::text as "heldOn", public_summary as summary from joint_meetings
        where county_code = ${countyCode} and public_summary is not null order by held_on desc, id desc limit 20`,
  );
}
