// The pg pool's two waits (./pool-wait.ts): a request beyond the pool's size waits for a busy
// connection longer than the connect timeout, and is served, not called an outage; a server that never
// answers still fails a new connection within the connect timeout.
import net from 'node:net';
import { sql } from 'drizzle-orm';
import { describe, expect, inject, it } from 'vitest';
import { isDatabaseOutage } from '@/lib/http/outage';
import { openConnections, openPgWith } from '@/test/pg-settings';
import { pgTimeouts, queryRows } from './client';
import { poolWaitMillis } from './pool-wait';

const driver = inject('testDriver');

describe('waiting for the pool', () => {
  it('waits for a busy connection up to the query timeout and a connect (15 s by default)', () => {
    expect(poolWaitMillis(pgTimeouts({}))).toBe(15_000);
    expect(poolWaitMillis(pgTimeouts({ DATABASE_STATEMENT_TIMEOUT_MS: '300', DATABASE_CONNECT_TIMEOUT_MS: '200' }))).toBe(2500);
  });

  it.skipIf(driver !== 'pg')('serves a request that waited longer than the connect timeout for the only connection', async () => {
    const small = await openPgWith(inject('pgTemplates').admin, { DATABASE_POOL_SIZE: '1', DATABASE_CONNECT_TIMEOUT_MS: '200' });
    try {
      await openConnections(small.db, 1);
      const busy = small.db.transaction(async (tx) => {
        await tx.execute(sql`select pg_sleep(0.8)`);
        return 'held';
      });
      const started = Date.now();
      const waited = await queryRows<{ n: number }>(small.db, sql`select 2 as n`).then(
        (rows) => rows[0],
        (error: unknown) => ({ outage: isDatabaseOutage(error), message: (error as Error).message }),
      );
      expect(waited).toEqual({ n: 2 });
      expect(Date.now() - started).toBeGreaterThanOrEqual(500); // it did wait its turn
      expect(await busy).toBe('held');
    } finally {
      await small.close();
    }
  });

  it('still gives up a new connection to a server that never answers within the connect timeout, as an outage', async () => {
    const sockets = new Set<net.Socket>();
    const server = net.createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    const hung = await openPgWith(`postgres://gongshi@127.0.0.1:${port}/gongshi`, { DATABASE_CONNECT_TIMEOUT_MS: '300' });
    try {
      const started = Date.now();
      const thrown = await hung.db.execute(sql`select 1`).catch((error: unknown) => error);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(isDatabaseOutage(thrown)).toBe(true);
    } finally {
      await hung.close();
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
