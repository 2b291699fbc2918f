// Real demo accounts, loaded the way a request loads them (lib/auth/official.ts).
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { officials } from '@/db/schema';
import { loadOfficial, type Official } from '@/lib/auth/official';
import type { Role } from '@/lib/domain/permissions';

export async function officialNamed(db: Db, username: string): Promise<Official> {
  const [row] = await db.select({ id: officials.id, sessionVersion: officials.sessionVersion }).from(officials).where(eq(officials.username, username));
  const official = row ? await loadOfficial(db, row) : null;
  if (!official) throw new Error(`no active demo account ${username}`);
  return official;
}

/** The demo's accounts (db/seed): the 平安村委会 / 永平村委会 villages, 平安镇, 洮北区, 白城市 and the administrator. */
const DEMO_ACCOUNTS = {
  villageA: 'village-a',
  villageB: 'village-b',
  townshipParty: 'township-party',
  townshipDpf: 'township-dpf',
  countyDpf: 'county-dpf',
  countyOrg: 'county-org',
  city: 'city',
  admin: 'admin',
} as const;

export type DemoOfficials = Record<keyof typeof DEMO_ACCOUNTS, Official>;

/** Every demo account, under its name in code: `({ villageA, countyDpf } = await demoOfficials(db))`. */
export async function demoOfficials(db: Db): Promise<DemoOfficials> {
  const out = {} as DemoOfficials;
  for (const [key, username] of Object.entries(DEMO_ACCOUNTS)) out[key as keyof DemoOfficials] = await officialNamed(db, username);
  return out;
}

/** Every demo account by username, for tables of cases that name the accounts ('village-a', 'city' …). */
export async function demoAccounts(db: Db): Promise<Record<string, Official>> {
  return Object.fromEntries(Object.values(await demoOfficials(db)).map((official) => [official.username, official]));
}

/**
 * A fresh account that signs in with the demo password (village-a's hash), changed at `passwordChangedAt`
 * (failures before it never count), so that a test counts its own failures, replays and throttles.
 * Role and region are village-a's unless given; no second factor unless `totpSecret` is.
 */
export async function freshAccount(
  db: Db,
  username: string,
  passwordChangedAt: Date,
  as: { role?: Role; regionCode?: string; totpSecret?: string | null } = {},
): Promise<{ id: number; username: string }> {
  const [demo] = await db
    .select({ displayName: officials.displayName, role: officials.role, regionCode: officials.regionCode, passwordHash: officials.passwordHash })
    .from(officials)
    .where(eq(officials.username, 'village-a'));
  if (!demo) throw new Error('no demo account village-a: use the seeded test database');
  const [row] = await db
    .insert(officials)
    .values({
      ...demo,
      username,
      role: as.role ?? demo.role,
      regionCode: as.regionCode ?? demo.regionCode,
      totpSecret: as.totpSecret ?? null,
      passwordChangedAt,
    })
    .returning({ id: officials.id });
  return { id: row!.id, username };
}
