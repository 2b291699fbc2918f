// A loopback WebSocket-to-TCP proxy so that @vercel/postgres (Neon's WebSocket driver) can be tested
// against the local PostgreSQL server. Each WebSocket is piped to one TCP connection.
import net from 'node:net';
import { WebSocketServer } from 'ws';

export async function startWsProxy(target: { host: string; port: number }): Promise<{ port: number; close(): Promise<void> }> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  server.on('connection', (ws) => {
    const socket = net.connect(target.port, target.host);
    ws.on('message', (data: Buffer) => socket.write(data));
    socket.on('data', (data) => ws.send(data));
    ws.on('close', () => socket.end());
    ws.on('error', () => socket.destroy());
    socket.on('close', () => ws.close());
    socket.on('error', () => ws.close());
  });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const address = server.address();
  if (typeof address === 'string' || !address) throw new Error('proxy has no port');
  return {
    port: address.port,
    close: () =>
      new Promise((resolve) => {
        for (const client of server.clients) client.terminate();
        server.close(() => resolve());
      }),
  };
}
