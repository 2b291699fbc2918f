// Two different waits that pg-pool bounds with one setting, connectionTimeoutMillis: opening a new
// connection (the server must answer within seconds, or it is down or hung) and waiting in the queue
// for one of the pool's busy connections (a burst of more requests than `max`, all served in turn).
// With one bound, a burst whose queue takes longer than the connect timeout failed with "timeout
// exceeded when trying to connect", which reads as an outage (lib/http/outage.ts): an official or a
// villager was told the database is unreachable while it was only busy, and a page render marked the
// process as down (the objection race test under load, 28 actions on a pool of 10).
//
// Here the connect timeout stays on each new connection (pg's Client enforces it itself), and the
// queue waits up to the longest a busy connection can be held by a statement: the query timeout (the
// statement timeout plus a margin) and then a connect, should that connection have died. A queue that
// outlasts that is still an outage: every connection is stuck, which a hung server causes.
import type { Client as PgClient, ClientConfig, PoolConfig } from 'pg';

type Timeouts = { query_timeout: number; connectionTimeoutMillis: number };

/** How long a request may wait for a busy pool's connection (ms). */
export function poolWaitMillis(timeouts: Timeouts): number {
  return timeouts.query_timeout + timeouts.connectionTimeoutMillis;
}

/**
 * Pool options that bound the queue by poolWaitMillis and each new connection by the connect timeout:
 * spread them after the timeouts. `Client` is pg's Client class.
 */
export function waitForBusyPool(Client: typeof PgClient, timeouts: Timeouts): Pick<PoolConfig, 'connectionTimeoutMillis' | 'Client'> {
  const connect = timeouts.connectionTimeoutMillis;
  // pg-pool hands its own options (with the longer bound) to every client it creates.
  const Bounded = class extends Client {
    constructor(config?: string | ClientConfig) {
      super({ ...(typeof config === 'string' ? { connectionString: config } : config), connectionTimeoutMillis: connect });
    }
  };
  return { connectionTimeoutMillis: poolWaitMillis(timeouts), Client: Bounded };
}
