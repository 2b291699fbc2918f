// 退出登录 and 退出所有设备: the server-side session rows end (lib/auth/sessions.ts), so a copied cookie
// stops working, audited in the same transaction with the client's address.
import { eq } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { officials } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { revokeAllSessions, revokeSession } from '@/lib/auth/sessions';

async function auditSignOut(tx: Tx, officialId: number, now: Date, action: string, details: { address: string; sessionsEnded?: number }): Promise<void> {
  const [official] = await tx.select({ role: officials.role, username: officials.username }).from(officials).where(eq(officials.id, officialId));
  if (!official) return;
  await recordAudit(tx, { id: officialId, role: official.role }, now, {
    action,
    entityType: 'official',
    entityId: officialId,
    summary: { result: 'success', username: official.username, ...details },
  });
}

/** Ends the session of `token`; nothing to record when it had already ended (expired sessions too are revoked). */
export async function signOutSession(db: Db, token: string, address: string, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const officialId = await revokeSession(tx, token, now);
    if (officialId === null) return false;
    await auditSignOut(tx, officialId, now, 'auth.sign_out', { address });
    return true;
  });
}

/** Ends every session of the official, this one included (退出所有设备); returns how many were live. */
export async function signOutEverywhere(db: Db, officialId: number, address: string, now: Date): Promise<number> {
  return db.transaction(async (tx) => {
    const ended = await revokeAllSessions(tx, officialId, now);
    await auditSignOut(tx, officialId, now, 'auth.sign_out_everywhere', { address, sessionsEnded: ended });
    return ended;
  });
}
