// Sign-in records (login_attempts) are kept for 180 days: long enough for the throttle (one hour at
// most) and for investigating an incident (网络安全法 art. 21 asks for at least six months of logs),
// and no longer, because they hold usernames and client addresses.
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '@/db/client';
import { sessionLimits, type SessionLimits } from '@/lib/auth/sessions';

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

/**
 * Deletes the session rows (lib/auth/sessions.ts) that no cookie can name any more, in one statement;
 * returns how many. A session ends at `expires` at the latest (or sooner: idle, revoked), and the JWT
 * that names it lives at most the absolute limit after it was last issued, which is before `expires`.
 * Until then the row is kept, so that an old cookie still gets 会话已过期 rather than a bare sign-in page.
 */
export async function pruneEndedSessions(db: Db, now: Date, limits: SessionLimits = sessionLimits()): Promise<number> {
  const cutoff = new Date(now.getTime() - limits.absoluteSeconds * 1000);
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`with pruned as (delete from sessions where expires < ${cutoff.toISOString()} returning 1) select count(*)::int as n from pruned`,
  );
  return row?.n ?? 0;
}
