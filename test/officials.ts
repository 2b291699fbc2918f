// Real demo accounts, loaded the way a request loads them (lib/auth/official.ts).
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { officials } from '@/db/schema';
import { loadOfficial, type Official } from '@/lib/auth/official';

export async function officialNamed(db: Db, username: string): Promise<Official> {
  const [row] = await db.select({ id: officials.id, sessionVersion: officials.sessionVersion }).from(officials).where(eq(officials.username, username));
  const official = row ? await loadOfficial(db, row) : null;
  if (!official) throw new Error(`no active demo account ${username}`);
  return official;
}
