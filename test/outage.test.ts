// What the public route handlers answer when the database is closed, unreachable or hung: 503 with
// Retry-After and the stable { error, message } shape, never a stack, a query or a connection string.
import net from 'node:net';
import { sql } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { setProcessDatabase } from '@/db';
import { openDatabase, pgTimeouts, queryRows, type Database } from '@/db/client';
import { GET as progress } from '@/app/api/public/progress/route';
import { GET as feed } from '@/app/(public)/regions/[code]/feed.xml/route';
import { apiFailure, withApiErrors } from '@/lib/http/api-error';
import { isDatabaseOutage, RETRY_AFTER_SECONDS } from '@/lib/http/outage';
import { zhOutage } from '@/lib/i18n/zh-outage';
import { openTestDatabase, type TestDatabase } from './database';

const driver = inject('testDriver');
const origin = 'http://127.0.0.1:3000';
let database: TestDatabase;
let regionCode: string;

const askProgress = () => progress(new NextRequest(`${origin}/api/public/progress`));
const askFeed = () => feed(new Request(`${origin}/regions/${regionCode}/feed.xml`), { params: Promise.resolve({ code: regionCode }) });

/** The answer is a 503 that says, in Chinese and in nothing else, to come back later. */
async function expectOutageAnswer(response: Response): Promise<void> {
  expect(response.status).toBe(503);
  expect(response.headers.get('Retry-After')).toBe(String(RETRY_AFTER_SECONDS));
  expect(response.headers.get('Cache-Control')).toBe('no-store');
  const text = await response.text();
  expect(JSON.parse(text)).toEqual({ error: 'database_unavailable', message: zhOutage.api.unavailable });
  expect(text).not.toMatch(/select|postgres:|127\.0\.0\.1|ECONNREFUSED|\bat\s/i);
}

/** A pg database at `url`, opened without touching it (the server never answered). */
const unreachable = (url: string) => openDatabase({ DATABASE_URL: url }, { migrations: 'skip' });

/** A TCP server on loopback that accepts connections and never says a word: a hung database. */
async function silentServer(): Promise<{ port: number; close: () => Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    port,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** A loopback port nobody listens on. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

beforeAll(async () => {
  database = await openTestDatabase('seeded');
  const [row] = await queryRows<{ code: string }>(database.db, sql`select code from regions order by code limit 1`);
  regionCode = row!.code;
});

afterAll(async () => {
  await database.close().catch(() => {}); // the last test closes it on purpose
});

describe('public route handlers while the database is out', () => {
  it('answer normally while it is up', async () => {
    setProcessDatabase(database);
    expect((await askProgress()).status).toBe(200);
    const atom = await askFeed();
    expect(atom.status).toBe(200);
    expect(atom.headers.get('Content-Type')).toContain('atom');
  });

  it('refuse bad input with the same { error, message } shape', async () => {
    setProcessDatabase(database);
    const response = await progress(new NextRequest(`${origin}/api/public/progress?format=xml`));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'bad_format', message: expect.stringContaining('format') });
    const missing = await feed(new Request(`${origin}/regions/000000/feed.xml`), { params: Promise.resolve({ code: '000000' }) });
    expect(missing.status).toBe(404);
    expect(Object.keys(await missing.json()).sort()).toEqual(['error', 'message']);
  });

  it('answer 503 with Retry-After when the server refuses connections', async () => {
    const down = await unreachable(`postgres://gongshi:secret-password@127.0.0.1:${await closedPort()}/gongshi`);
    setProcessDatabase(down);
    try {
      await expectOutageAnswer(await askProgress());
      await expectOutageAnswer(await askFeed());
    } finally {
      await down.close();
    }
  });

  it('answer 503 within seconds when the server accepts but never answers (connection timeout)', async () => {
    const hung = await silentServer();
    const saved = process.env.DATABASE_CONNECT_TIMEOUT_MS;
    process.env.DATABASE_CONNECT_TIMEOUT_MS = '500';
    const stuck = await unreachable(`postgres://gongshi@127.0.0.1:${hung.port}/gongshi`);
    if (saved === undefined) delete process.env.DATABASE_CONNECT_TIMEOUT_MS;
    else process.env.DATABASE_CONNECT_TIMEOUT_MS = saved;
    setProcessDatabase(stuck);
    try {
      const started = Date.now();
      await expectOutageAnswer(await askProgress());
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      await stuck.close();
      await hung.close();
    }
  });

  it.skipIf(driver !== 'pg')('cancel a statement that runs past the statement timeout, and call it an outage', async () => {
    const url = (database.db as unknown as { $client: { options: { connectionString: string } } }).$client.options.connectionString;
    const saved = process.env.DATABASE_STATEMENT_TIMEOUT_MS;
    process.env.DATABASE_STATEMENT_TIMEOUT_MS = '300';
    const slow: Database = await openDatabase({ DATABASE_URL: url }, { migrations: 'skip' });
    if (saved === undefined) delete process.env.DATABASE_STATEMENT_TIMEOUT_MS;
    else process.env.DATABASE_STATEMENT_TIMEOUT_MS = saved;
    try {
      const started = Date.now();
      const thrown = await slow.db.execute(sql`select pg_sleep(5)`).catch((error: unknown) => error);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(isDatabaseOutage(thrown)).toBe(true);
    } finally {
      await slow.close();
    }
  });

  it('call a wrong query a fault of the app (500), not an outage', async () => {
    const thrown = await database.db.execute(sql`select * from no_such_table`).catch((error: unknown) => error);
    expect(thrown).toBeTruthy();
    expect(isDatabaseOutage(thrown)).toBe(false);
    const response = apiFailure(thrown, 'test');
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text).error).toBe('internal');
    expect(text).not.toMatch(/no_such_table|select/i);
  });

  it('answer 500 JSON, without the message, for anything else a handler throws', async () => {
    const handler = withApiErrors('test', async () => {
      throw new Error('boom at postgres://gongshi:pw@db/gongshi');
    });
    const response = await handler();
    expect(response.status).toBe(500);
    expect(response.headers.get('Retry-After')).toBeNull();
    const body = (await response.json()) as { error: string; message: string };
    expect(body.error).toBe('internal');
    expect(body.message).toContain(zhOutage.api.internal);
    expect(body.message).not.toMatch(/boom|postgres/);
  });

  // Last: it closes the test database itself, as a server whose pool has been ended.
  it('answer 503 with Retry-After when the process database has been closed', async () => {
    setProcessDatabase(database);
    await database.close();
    await expectOutageAnswer(await askProgress());
    await expectOutageAnswer(await askFeed());
  });
});

describe('pgTimeouts', () => {
  it('has defaults of a few seconds, and reads the environment', () => {
    expect(pgTimeouts({})).toEqual({ statement_timeout: 10_000, query_timeout: 12_000, connectionTimeoutMillis: 3000 });
    expect(pgTimeouts({ DATABASE_STATEMENT_TIMEOUT_MS: '2000', DATABASE_CONNECT_TIMEOUT_MS: '700' })).toEqual({
      statement_timeout: 2000,
      query_timeout: 4000,
      connectionTimeoutMillis: 700,
    });
    expect(pgTimeouts({ DATABASE_QUERY_TIMEOUT_MS: 'soon', DATABASE_STATEMENT_TIMEOUT_MS: '-1' }).statement_timeout).toBe(10_000);
  });
});
