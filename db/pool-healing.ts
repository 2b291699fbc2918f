// A pg pool that gives up a connection lost while it is checked out. pg-pool removes a client when it
// is released with an error; but drizzle's transaction sends BEGIN before its try/finally, so when the
// connection drops at BEGIN the client is never released, and each such fault would keep one of the
// pool's places for good: after `max` of them every request waits and fails. Here a checked-out client
// whose connection ends is released (with the error) at once, and a later release is a no-op.
// test/write-faults.test.ts cuts connections at BEGIN more times than its pool has places.
import type { Pool, PoolClient } from 'pg';

type Callback = (err: Error | undefined, client: PoolClient | undefined, done: (release?: Error | boolean) => void) => void;

export function releaseLostClients(pool: Pool): void {
  const connect = pool.connect.bind(pool) as unknown as (callback?: Callback) => Promise<PoolClient> | undefined;
  const guard = (client: PoolClient): PoolClient => {
    const release = client.release;
    let released = false;
    const once = (err?: Error | boolean) => {
      if (released) return;
      released = true;
      client.removeListener('end', lost);
      release(err);
    };
    const lost = () => once(new Error('database connection lost while in use'));
    client.once('end', lost);
    client.release = once;
    return client;
  };
  // Both forms: the promise (drizzle's transactions) and the callback (pool.query, drizzle's queries).
  (pool as unknown as { connect: (callback?: Callback) => unknown }).connect = (callback?: Callback) => {
    if (!callback) return connect()!.then(guard);
    connect((err, client, done) => (err || !client ? callback(err, client, done) : callback(undefined, guard(client), client.release)));
    return undefined;
  };
}
