// Server-side sessions against a real database: idle and absolute ends at their exact boundaries,
// the once-a-minute touch, revocation by sign-out (a copied cookie's token stops working), sign out
// everywhere with its audit rows, and the request path's check (loadSignIn).
import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '@/db/client';
import { officials, sessions } from '@/db/schema';
import { signOutEverywhere, signOutSession } from '@/lib/actions/sign-out';
import { verifyAuditChain } from '@/lib/audit/verify';
import { useSeededDatabase } from '@/test/seeded-database';
import { secureSessionCookie } from './config';
import { loadSignIn } from './official';
import { checkSession, DEFAULT_SESSION_LIMITS, revokeSession, sessionLimits, startSession, tokenHash, type SessionLimits } from './sessions';

const database = useSeededDatabase();
const limits: SessionLimits = DEFAULT_SESSION_LIMITS; // 1800 s idle, 43200 s in all
const t0 = new Date('2026-03-02T01:00:00Z');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
const ids: Record<string, number> = {};

beforeAll(async () => {
  for (const row of await database.db.select({ id: officials.id, username: officials.username }).from(officials)) ids[row.username] = row.id;
});

const check = (officialId: number, token: string, now: Date) => checkSession(database.db, { officialId, token }, now, limits);
const start = (officialId: number, now = t0) => startSession(database.db, officialId, now, limits);
const lastSeen = async (token: string) => {
  const [row] = await database.db.select({ lastSeenAt: sessions.lastSeenAt }).from(sessions).where(eq(sessions.tokenHash, tokenHash(token)));
  return row?.lastSeenAt.getTime() ?? null;
};

describe('a session row', () => {
  it('stores only a hash of the token, and lives from its start', async () => {
    const token = await start(ids['village-a']!);
    const stored = await database.db.select().from(sessions).where(eq(sessions.officialId, ids['village-a']!));
    expect(stored.some((row) => row.tokenHash === token || JSON.stringify(row).includes(token))).toBe(false);
    expect(await check(ids['village-a']!, token, t0)).toEqual({ ok: true, expires: at(limits.absoluteSeconds), idleSeconds: 1800 });
  });

  it('ends when idle for exactly the idle limit, not a millisecond before', async () => {
    const early = await start(ids['village-b']!);
    const late = await start(ids['village-b']!);
    expect((await check(ids['village-b']!, early, new Date(at(1800).getTime() - 1))).ok).toBe(true);
    expect(await check(ids['village-b']!, late, at(1800))).toEqual({ ok: false, reason: 'expired' });
  });

  it('writes last_seen_at at most once a minute, and the idle limit runs from the last write', async () => {
    const token = await start(ids['township-party']!);
    expect((await check(ids['township-party']!, token, at(59))).ok).toBe(true);
    expect(await lastSeen(token)).toBe(t0.getTime()); // not written: under a minute
    expect((await check(ids['township-party']!, token, at(60))).ok).toBe(true);
    expect(await lastSeen(token)).toBe(at(60).getTime());
    expect((await check(ids['township-party']!, token, at(60 + 1799))).ok).toBe(true);
    expect(await lastSeen(token)).toBe(at(60 + 1799).getTime());
    expect(await check(ids['township-party']!, token, at(60 + 1799 + 1800))).toEqual({ ok: false, reason: 'expired' });
  });

  it('ends at the absolute limit however busy it is', async () => {
    const token = await start(ids['township-dpf']!);
    for (let s = 1200; s < limits.absoluteSeconds; s += 1200) expect((await check(ids['township-dpf']!, token, at(s))).ok).toBe(true);
    expect((await check(ids['township-dpf']!, token, new Date(at(limits.absoluteSeconds).getTime() - 1))).ok).toBe(true);
    expect(await check(ids['township-dpf']!, token, at(limits.absoluteSeconds))).toEqual({ ok: false, reason: 'expired' });
  });

  it("is no one else's: another official's claim with this token is refused", async () => {
    const token = await start(ids['county-dpf']!);
    expect(await check(ids['county-org']!, token, at(1))).toEqual({ ok: false, reason: 'unknown' });
    expect(await check(ids['county-dpf']!, 'made-up-token', at(1))).toEqual({ ok: false, reason: 'unknown' });
  });

  it('takes its limits from the environment for tests, with the production values by default', () => {
    expect(sessionLimits({})).toEqual({ idleSeconds: 1800, absoluteSeconds: 43200 });
    expect(sessionLimits({ GONGSHI_SESSION_IDLE_SECONDS: '600', GONGSHI_SESSION_ABSOLUTE_SECONDS: '3600' })).toEqual({ idleSeconds: 600, absoluteSeconds: 3600 });
    expect(() => sessionLimits({ GONGSHI_SESSION_IDLE_SECONDS: '30m' })).toThrow(/GONGSHI_SESSION_IDLE_SECONDS/);
    expect(() => sessionLimits({ GONGSHI_SESSION_ABSOLUTE_SECONDS: '0' })).toThrow(/GONGSHI_SESSION_ABSOLUTE_SECONDS/);
  });
});

describe('signing out', () => {
  const auditRows = (action: string, officialId: number) =>
    queryRows<{ official_id: number; role: string; summary: Record<string, unknown> }>(
      database.db,
      sql`select official_id, role, summary from audit_log where action = ${action} and official_id = ${officialId} order by id`,
    );

  it("revokes the session on the server, so the cookie's token (or a copy) no longer works; audited with the address", async () => {
    const id = ids['city']!;
    const token = await start(id);
    const other = await start(id);
    expect(await signOutSession(database.db, token, '203.0.113.7', at(10))).toBe(true);
    expect(await check(id, token, at(11))).toEqual({ ok: false, reason: 'revoked' });
    expect((await check(id, other, at(11))).ok).toBe(true); // the other device stays signed in
    expect(await signOutSession(database.db, token, '203.0.113.7', at(12))).toBe(false); // nothing left to end, nothing recorded
    expect(await auditRows('auth.sign_out', id)).toEqual([
      { official_id: id, role: 'city', summary: { result: 'success', username: 'city', address: '203.0.113.7' } },
    ]);
  });

  it('everywhere ends every session of the official and no one else’s; audited with the address and the count', async () => {
    const id = ids['county-org']!;
    const tokens = [await start(id), await start(id), await start(id)];
    await revokeSession(database.db, tokens[2]!, at(1)); // already ended: not counted again
    const bystander = await start(ids['county-dpf']!);
    expect(await signOutEverywhere(database.db, id, '198.51.100.4', at(5))).toBe(2);
    for (const token of tokens) expect((await check(id, token, at(6))).ok).toBe(false);
    expect((await check(ids['county-dpf']!, bystander, at(6))).ok).toBe(true);
    expect(await auditRows('auth.sign_out_everywhere', id)).toEqual([
      { official_id: id, role: 'county_org', summary: { result: 'success', username: 'county-org', address: '198.51.100.4', sessionsEnded: 2 } },
    ]);
    expect((await verifyAuditChain(database.db)).ok).toBe(true);
  });
});

describe('the request path (loadSignIn)', () => {
  it('gives the account and the end of a live session; says "expired" only for a timed-out one', async () => {
    const [row] = await database.db.select({ id: officials.id, sessionVersion: officials.sessionVersion }).from(officials).where(eq(officials.username, 'admin'));
    const token = await start(row!.id);
    const claim = { id: row!.id, sessionVersion: row!.sessionVersion, sessionId: token };
    expect(await loadSignIn(database.db, claim, at(1), limits)).toMatchObject({ account: { official: { username: 'admin' } }, expires: at(43200), idleSeconds: 1800 });
    // A changed session version (rights changed, password changed) still ends it, without the timeout message.
    expect(await loadSignIn(database.db, { ...claim, sessionVersion: claim.sessionVersion + 1 }, at(2), limits)).toEqual({ account: null, expired: false });
    expect(await loadSignIn(database.db, claim, at(1 + 1800), limits)).toEqual({ account: null, expired: true });
    const revoked = await start(row!.id);
    await revokeSession(database.db, revoked, at(3));
    expect(await loadSignIn(database.db, { ...claim, sessionId: revoked }, at(4), limits)).toEqual({ account: null, expired: false });
  });
});

describe('the session cookie', () => {
  it('is __Host- and Secure in production and behind https, not on a plain-http demo or dev server', () => {
    expect(secureSessionCookie({ NODE_ENV: 'production' })).toBe(true);
    expect(secureSessionCookie({ NODE_ENV: 'production', GONGSHI_DEMO: '1' })).toBe(false);
    expect(secureSessionCookie({ NODE_ENV: 'development' })).toBe(false);
    expect(secureSessionCookie({ NODE_ENV: 'production', GONGSHI_DEMO: '1', AUTH_URL: 'https://demo.example' })).toBe(true);
    expect(secureSessionCookie({ NODE_ENV: 'production', AUTH_URL: 'http://127.0.0.1:3000' })).toBe(false);
  });
});
