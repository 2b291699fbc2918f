// Without nginx, a page whose render fails on the database reaches a visitor without JavaScript as an
// empty 500. Once this process has seen the database fail, the proxy answers pages itself: a readable
// 503 page, without a render, until one probe finds the database back.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { NextRequest } from 'next/server';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { setProcessDatabase } from '@/db';
import { openDatabase, queryRows, type Database } from '@/db/client';
import { onRequestError } from '@/instrumentation';
import { apiFailure } from '@/lib/http/api-error';
import { clearDatabaseOutage, databaseOutageMarked, markDatabaseOutage, setDatabaseProbe } from '@/lib/http/outage';
import { outageHtml } from '@/lib/http/outage-page';
import { zhOutage } from '@/lib/i18n/zh-outage';
import { databaseProbe } from '@/lib/startup/start';
import proxy from '@/proxy';
import { openTestDatabase, type TestDatabase } from './database';

const ask = (pathname: string, method = 'GET') =>
  proxy(new NextRequest(`http://127.0.0.1:3000${pathname}`, { method, headers: { host: '127.0.0.1:3000', accept: 'text/html' } }));

let database: TestDatabase;
let down: Database; // a PostgreSQL server on a loopback port nobody listens on

beforeAll(async () => {
  database = await openTestDatabase('empty');
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  down = await openDatabase({ DATABASE_URL: `postgres://gongshi:secret-password@127.0.0.1:${port}/gongshi` }, { migrations: 'skip' });
  setDatabaseProbe(databaseProbe); // what the server installs at start
});

afterEach(() => clearDatabaseOutage());

afterAll(async () => {
  setDatabaseProbe(undefined);
  await down.close();
  await database.close();
});

describe('pages while this process knows the database is down', () => {
  it('are rendered as usual when nothing failed', async () => {
    setProcessDatabase(down);
    const response = await ask('/');
    expect(response.status).toBe(200); // let through to the render
    expect(response.headers.get('Content-Security-Policy')).toContain('nonce-');
  });

  it('get a readable 503 page, with Retry-After and no-store, while the database still fails', async () => {
    setProcessDatabase(down);
    markDatabaseOutage(Date.now() - 9000); // nearly expired: the failed probe renews it
    const response = await ask('/notices/1');
    expect(response.status).toBe(503);
    expect(response.headers.get('Retry-After')).toBe('60');
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    for (const text of [zhOutage.title, zhOutage.what, zhOutage.period, zhOutage.object]) expect(html).toContain(text);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).not.toMatch(/<script|secret-password|postgres:|127\.0\.0\.1|ECONNREFUSED|select|\bat\s/i);
    expect(databaseOutageMarked(Date.now() + 5000)).toBe(true);

    const admin = await ask('/admin/notices');
    expect(admin.status).toBe(503);
    const adminHtml = await admin.text();
    expect(adminHtml).toContain(zhOutage.admin.what);
    expect(adminHtml).not.toContain(zhOutage.object);
  });

  it('leave /api, files and writes to their own answers', async () => {
    setProcessDatabase(down);
    markDatabaseOutage();
    expect((await ask('/api/public/progress')).status).not.toBe(503);
    expect((await ask('/regions/220800/feed.xml')).status).not.toBe(503);
    expect((await ask('/notices/1', 'POST')).status).not.toBe(503);
  });

  it('are rendered again as soon as one probe finds the database back', async () => {
    setProcessDatabase(database);
    markDatabaseOutage();
    const response = await ask('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toContain('public');
    expect(databaseOutageMarked()).toBe(false);
  });

  it.skipIf(inject('testDriver') !== 'pg')('are marked down as soon as the server drops an idle connection, before any page fails', async () => {
    const url = (database.db as unknown as { $client: { options: { connectionString: string } } }).$client.options.connectionString;
    const own = await openDatabase({ DATABASE_URL: url }, { migrations: 'skip' });
    try {
      const [row] = await queryRows<{ pid: number }>(own.db, sql`select pg_backend_pid() as pid`); // now idle in its pool
      expect(databaseOutageMarked()).toBe(false);
      await database.db.execute(sql`select pg_terminate_backend(${row!.pid})`);
      await vi.waitFor(() => expect(databaseOutageMarked()).toBe(true));
    } finally {
      await own.close();
    }
  });

  it('are marked down by a render or route handler that failed on the database, not by other faults', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    onRequestError(new Error('Cannot read properties of undefined'));
    expect(databaseOutageMarked()).toBe(false);
    onRequestError(new Error('Failed query: select 1', { cause: refused }));
    expect(databaseOutageMarked()).toBe(true);
    clearDatabaseOutage();
    expect(apiFailure(refused, 'test').status).toBe(503);
    expect(databaseOutageMarked()).toBe(true);
  });
});

it("the outage page is nginx's deploy/nginx/unavailable.html, less its comment", () => {
  const nginx = fs.readFileSync(path.join(import.meta.dirname, '../deploy/nginx/unavailable.html'), 'utf8');
  expect(outageHtml(false)).toBe(nginx.replace(/<!--[\s\S]*?-->\n/, ''));
});
