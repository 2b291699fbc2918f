// npm run auth:prune: the retention rule on a real database (the boundary to the second), then the
// script itself in a child process on an embedded directory, as the timer runs it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, queryRows, type Db } from '@/db/client';
import { loginAttempts, officials, sessions } from '@/db/schema';
import { DEFAULT_SESSION_LIMITS } from '@/lib/auth/sessions';
import { pruneEndedSessions, pruneSignIns, SIGN_IN_RETENTION_DAYS } from '@/lib/security/sign-in-retention';
import { openTestDatabase, type TestDatabase } from '@/test/database';
import { cleanEnv, runTsx } from '@/test/run-script';

const DAY = 24 * 60 * 60 * 1000;
const now = new Date('2026-11-30T04:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);

async function usernames(db: Db): Promise<string[]> {
  const rows = await queryRows<{ username: string }>(db, sql`select username from login_attempts order by username`);
  return rows.map((r) => r.username);
}

describe('pruneSignIns', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase('empty');
  });
  afterAll(() => database.close());

  it(`deletes the records older than ${SIGN_IN_RETENTION_DAYS} days, keeps the rest, and counts what it deleted`, async () => {
    const limit = SIGN_IN_RETENTION_DAYS * DAY;
    await database.db.insert(loginAttempts).values([
      { username: 'old-failure', ip: '10.0.0.1', at: ago(limit + 1000), succeeded: false },
      { username: 'old-success', ip: '10.0.0.2', at: ago(400 * DAY), succeeded: true },
      { username: 'at-the-limit', ip: '10.0.0.3', at: ago(limit), succeeded: false },
      { username: 'recent', ip: '10.0.0.4', at: ago(DAY), succeeded: true },
    ]);
    expect(await pruneSignIns(database.db, now)).toBe(2);
    expect(await usernames(database.db)).toEqual(['at-the-limit', 'recent']);
    expect(await pruneSignIns(database.db, now)).toBe(0);
    // One second later the record at the limit is past it.
    expect(await pruneSignIns(database.db, new Date(now.getTime() + 1000))).toBe(1);
    expect(await usernames(database.db)).toEqual(['recent']);
  });
});

describe('pruneEndedSessions', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase('seeded');
  });
  afterAll(() => database.close());

  it('deletes the session rows that ended a full session lifetime ago (no cookie can name them), keeps the rest', async () => {
    const [official] = await database.db.select({ id: officials.id }).from(officials).limit(1);
    const life = DEFAULT_SESSION_LIMITS.absoluteSeconds * 1000;
    const row = (tokenHash: string, expires: Date, revokedAt: Date | null = null) => ({
      tokenHash, officialId: official!.id, createdAt: new Date(expires.getTime() - life), lastSeenAt: new Date(expires.getTime() - life), expires, revokedAt,
    });
    await database.db.insert(sessions).values([
      row('ended-long-ago', ago(life + 1000)),
      row('revoked-long-ago', ago(life + 1000), ago(2 * life)),
      row('ended-at-the-limit', ago(life)), // a cookie issued at its last moment dies only now
      row('ended-recently', ago(1000)), // its cookie may still come back: it is told 会话已过期
      row('revoked-recently', new Date(now.getTime() + life), ago(1000)),
      row('live', new Date(now.getTime() + life)),
    ]);
    const left = async () => (await database.db.select({ t: sessions.tokenHash }).from(sessions)).map((r) => r.t).sort();
    expect(await pruneEndedSessions(database.db, now)).toBe(2);
    expect(await left()).toEqual(['ended-at-the-limit', 'ended-recently', 'live', 'revoked-recently']);
    expect(await pruneEndedSessions(database.db, new Date(now.getTime() + 1000))).toBe(1);
    expect(await left()).toEqual(['ended-recently', 'live', 'revoked-recently']);
  });
});

describe('npm run auth:prune', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gongshi-prune-'));
  const dir = path.join(work, 'pglite');
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
  const storedUsernames = async () => {
    const database = await openDatabase({ PGLITE_DIR: dir });
    try {
      return await usernames(database.db);
    } finally {
      await database.close();
    }
  };

  it('prints the count on one line and leaves the recent records', async () => {
    const database = await openDatabase({ PGLITE_DIR: dir });
    try {
      const real = Date.now();
      await database.db.insert(loginAttempts).values([
        { username: 'stale', ip: '10.0.0.1', at: new Date(real - 200 * DAY), succeeded: false },
        { username: 'stale', ip: '10.0.0.1', at: new Date(real - 181 * DAY), succeeded: true },
        { username: 'fresh', ip: '10.0.0.2', at: new Date(real - 179 * DAY), succeeded: false },
      ]);
    } finally {
      await database.close();
    }
    const run = await runTsx(['scripts/prune-sign-ins.ts'], cleanEnv({ PGLITE_DIR: dir }));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('auth:prune: deleted 2 sign-in record(s) older than 180 days and 0 ended session(s).\n');
    expect(await storedUsernames()).toEqual(['fresh']);
  }, 120_000);

  it('refuses an unknown argument in one line and deletes nothing', async () => {
    const run = await runTsx(['scripts/prune-sign-ins.ts', '--days', '1'], cleanEnv({ PGLITE_DIR: dir }));
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual(['auth:prune: Unknown argument --days: auth:prune takes none.']);
    expect(await storedUsernames()).toEqual(['fresh']);
  }, 120_000);
});
