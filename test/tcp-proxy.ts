// A loopback TCP proxy between the app's pg pool and a PostgreSQL server, written for the fault tests
// (test/write-faults.test.ts). It forwards bytes both ways, and reads the client's side of the wire
// protocol just enough to see where a transaction is: every client message is framed (type byte, then
// an int32 length that counts itself; the first message of a connection, the startup packet, has no
// type byte), and the SQL text of a simple query ('Q') or of a parse ('P') is read from its body.
// Messages are forwarded whole, one at a time, so a cut falls exactly between two statements.
//
// Armed with a moment, it cuts EVERY connection (the one writing and the pool's idle ones) once:
//   'begin'       as BEGIN is sent: nothing of the transaction reaches the server;
//   'first-write' as the statement after the transaction's first INSERT/UPDATE/DELETE is sent: that
//                 first write has gone through (the client waits for its answer before sending more);
//   'audit'       as the audit row's INSERT is sent: every other statement of the write has gone through;
//   'commit'      COMMIT is forwarded, and the connections are cut once it has left for the server, before
//                 its answer can come back: the commit may or may not have happened, and the client
//                 cannot know which.
// Or `pauseAt(moment, fn)` holds the message at that moment, awaits `fn` (e.g. stopping the server), then
// forwards it to whatever is left. After a cut the proxy forwards new connections normally again.
import net from 'node:net';

export type Moment = 'begin' | 'first-write' | 'audit' | 'commit';

type Armed = { moment: Moment; pause?: () => Promise<void>; fired: (value: void) => void };

export type TcpProxy = {
  port: number;
  /** Cuts every connection once at `moment`; resolves when it has. */
  cutAt(moment: Moment): Promise<void>;
  /** At `moment`, holds the message, awaits `fn`, then forwards it; resolves when `fn` has run. */
  pauseAt(moment: Moment, fn: () => Promise<void>): Promise<void>;
  /** Disarms a moment that never came (the write was refused before it). */
  disarm(): void;
  close(): Promise<void>;
};

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const WRITE = /^\s*(insert|update|delete)\b/i;

/** The SQL text of a 'Q' or 'P' message body, or null for any other message. */
function sqlOf(type: number, body: Buffer): string | null {
  if (type === 0x51) return body.toString('utf8', 0, Math.max(0, body.indexOf(0)));
  if (type === 0x50) {
    const nameEnd = body.indexOf(0);
    const textEnd = body.indexOf(0, nameEnd + 1);
    return body.toString('utf8', nameEnd + 1, textEnd < 0 ? body.length : textEnd);
  }
  return null;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const pairs = new Set<{ client: net.Socket; server: net.Socket }>();
  let armed: Armed | null = null;

  const cutAll = () => {
    for (const { client, server } of pairs) {
      client.destroy();
      server.destroy();
    }
    pairs.clear();
  };

  const proxy = net.createServer((client) => {
    const server = net.connect(target.port, target.host);
    const pair = { client, server };
    pairs.add(pair);
    const drop = () => {
      pairs.delete(pair);
      client.destroy();
      server.destroy();
    };
    client.on('error', drop);
    server.on('error', drop);
    client.on('close', drop);
    server.on('close', drop);
    server.on('data', (data) => client.write(data));

    let pending = Buffer.alloc(0);
    let untyped = true; // the startup packet (or an SSL/GSS request before it) has no type byte
    let inTransaction = false;
    let wrote = false;
    let queue = Promise.resolve(); // keeps messages in order while one is paused

    /** What the armed moment does with this message: 'cut', 'cut-after', 'pause' or nothing. */
    const decide = (sql: string | null): Armed | null => {
      if (!armed || sql === null) return null;
      const text = sql.trimStart().toLowerCase();
      const hit =
        (armed.moment === 'begin' && text.startsWith('begin')) ||
        (armed.moment === 'first-write' && inTransaction && wrote) ||
        (armed.moment === 'audit' && inTransaction && /^insert into "audit_log"/.test(text)) ||
        (armed.moment === 'commit' && text.startsWith('commit'));
      if (!hit) return null;
      const fired = armed;
      armed = null;
      return fired;
    };

    const handle = async (message: Buffer, sql: string | null) => {
      const fired = decide(sql);
      if (sql !== null) {
        const text = sql.trimStart().toLowerCase();
        if (text.startsWith('begin')) [inTransaction, wrote] = [true, false];
        else if (text.startsWith('commit') || text.startsWith('rollback')) inTransaction = false;
        else if (inTransaction && WRITE.test(text)) wrote = true;
      }
      if (!fired) {
        server.write(message);
        return;
      }
      if (fired.pause) {
        await fired.pause();
        if (!server.destroyed) server.write(message);
        fired.fired();
        return;
      }
      if (fired.moment === 'commit') {
        // Let COMMIT leave for the server, then cut before any answer comes back.
        server.removeAllListeners('data');
        await new Promise<void>((resolve) => server.write(message, () => resolve()));
      }
      cutAll();
      fired.fired();
    };

    client.on('data', (data: Buffer) => {
      pending = Buffer.concat([pending, data]);
      for (;;) {
        const header = untyped ? 4 : 5;
        if (pending.length < header) return;
        const length = pending.readInt32BE(untyped ? 0 : 1);
        const total = untyped ? length : length + 1;
        if (pending.length < total) return;
        const message = pending.subarray(0, total);
        pending = pending.subarray(total);
        let sql: string | null = null;
        if (untyped) {
          const code = message.length >= 8 ? message.readInt32BE(4) : 0;
          untyped = code === SSL_REQUEST || code === GSSENC_REQUEST; // another untyped packet follows
        } else {
          sql = sqlOf(message[0]!, message.subarray(5));
        }
        queue = queue.then(() => handle(message, sql));
      }
    });
  });

  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const { port } = proxy.address() as net.AddressInfo;
  const arm = (moment: Moment, pause?: () => Promise<void>) =>
    new Promise<void>((fired) => {
      armed = { moment, pause, fired };
    });
  return {
    port,
    cutAt: (moment) => arm(moment),
    pauseAt: (moment, fn) => arm(moment, fn),
    disarm: () => {
      armed = null;
    },
    close: () => {
      cutAll();
      return new Promise((resolve) => proxy.close(() => resolve()));
    },
  };
}
