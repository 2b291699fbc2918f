// Server-side sessions (登录会话). next-auth keeps its signed JWT cookie (Credentials requires it), but
// the JWT only names a row of `sessions` by a random token; the row decides whether the session still
// lives: not revoked, used within the idle window, younger than the absolute limit. Signing out revokes
// the row, so a copied cookie stops working; the official's rights are still re-read on every request
// (lib/auth/official.ts), and `officials.session_version` still ends every session at once when they change.
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull, lt, or } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { sessions } from '@/db/schema';

export type SessionLimits = { idleSeconds: number; absoluteSeconds: number };

/** Production values: 30 minutes idle, 12 hours in all (等保2.0 / ASVS 5.0 L2 session timeouts). */
export const DEFAULT_SESSION_LIMITS: SessionLimits = { idleSeconds: 30 * 60, absoluteSeconds: 12 * 60 * 60 };

/** At most one write of last_seen_at per minute, or more often when the idle window is short (tests). */
export function touchIntervalMs(limits: SessionLimits): number {
  return Math.min(60_000, (limits.idleSeconds * 1000) / 4);
}

type Env = Record<string, string | undefined>;

/** GONGSHI_SESSION_IDLE_SECONDS and GONGSHI_SESSION_ABSOLUTE_SECONDS shorten (or lengthen) the limits for tests. */
export function sessionLimits(env: Env = process.env): SessionLimits {
  const read = (name: string, fallback: number) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    if (!/^[1-9]\d*$/.test(raw)) throw new Error(`gongshi: ${name} must be a whole number of seconds, not "${raw}".`);
    return Number(raw);
  };
  return {
    idleSeconds: read('GONGSHI_SESSION_IDLE_SECONDS', DEFAULT_SESSION_LIMITS.idleSeconds),
    absoluteSeconds: read('GONGSHI_SESSION_ABSOLUTE_SECONDS', DEFAULT_SESSION_LIMITS.absoluteSeconds),
  };
}

/** What `sessions.token_hash` holds for a token. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** Starts a session for a signed-in official; the token goes into the JWT, only its hash into the table. */
export async function startSession(db: Db, officialId: number, now: Date, limits: SessionLimits = sessionLimits()): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  // The official's ended sessions are of no further use: sign-ins are in the audit log and login_attempts.
  await db.delete(sessions).where(and(eq(sessions.officialId, officialId), or(lt(sessions.expires, now), lt(sessions.revokedAt, now))));
  await db.insert(sessions).values({
    tokenHash: tokenHash(token),
    officialId,
    createdAt: now,
    lastSeenAt: now,
    expires: new Date(now.getTime() + limits.absoluteSeconds * 1000),
  });
  return token;
}

export type SessionCheck =
  | { ok: true; expires: Date; idleSeconds: number }
  | { ok: false; reason: 'expired' | 'revoked' | 'unknown' };

/**
 * Whether the session of `token` still lives at `now`: valid while now < last_seen_at + idle and
 * now < expires (the boundary itself has ended). A live session's last_seen_at moves to `now`, at most
 * once per touch interval, so the idle window runs from the last recorded request.
 */
export async function checkSession(
  db: Db,
  claim: { officialId: number; token: string },
  now: Date,
  limits: SessionLimits = sessionLimits(),
): Promise<SessionCheck> {
  const [row] = await db
    .select({ id: sessions.id, officialId: sessions.officialId, lastSeenAt: sessions.lastSeenAt, expires: sessions.expires, revokedAt: sessions.revokedAt })
    .from(sessions)
    .where(eq(sessions.tokenHash, tokenHash(claim.token)));
  if (!row || row.officialId !== claim.officialId) return { ok: false, reason: 'unknown' };
  if (row.revokedAt) return { ok: false, reason: 'revoked' };
  const idleEnds = row.lastSeenAt.getTime() + limits.idleSeconds * 1000;
  if (now.getTime() >= idleEnds || now.getTime() >= row.expires.getTime()) return { ok: false, reason: 'expired' };
  if (now.getTime() - row.lastSeenAt.getTime() >= touchIntervalMs(limits)) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, row.id));
  }
  return { ok: true, expires: row.expires, idleSeconds: limits.idleSeconds };
}

/** Revokes one session (signing out); returns its official, or null when it had already ended. */
export async function revokeSession(tx: Tx | Db, token: string, now: Date): Promise<number | null> {
  const [ended] = await (tx as Db)
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.tokenHash, tokenHash(token)), isNull(sessions.revokedAt)))
    .returning({ officialId: sessions.officialId });
  return ended?.officialId ?? null;
}

/** Revokes every live session of an official (退出所有设备); returns how many it ended. */
export async function revokeAllSessions(tx: Tx | Db, officialId: number, now: Date): Promise<number> {
  const ended = await (tx as Db)
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.officialId, officialId), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  return ended.length;
}
