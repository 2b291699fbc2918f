// Sign-in records (login_attempts) are kept for 180 days: long enough for the throttle (one hour at
// most) and for investigating an incident (网络安全法 art. 21 asks for at least six months of logs),
// and no longer, because they hold usernames and client addresses.
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '@/db/client';

export const SIGN_IN_RETENTION_DAYS = 180;

/** Deletes the sign-in records older than the retention period before `now`, in one statement; returns how many. */
export async function pruneSignIns(db: Db, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - SIGN_IN_RETENTION_DAYS * 24 * 60 * 60 * 1000);
  // Counted in SQL, so a first run over years of records does not ship every row back.
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`with pruned as (delete from login_attempts where at < ${cutoff.toISOString()} returning 1) select count(*)::int as n from pruned`,
  );
  return row?.n ?? 0;
}
