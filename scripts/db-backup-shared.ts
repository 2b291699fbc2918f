// What db-backup.ts and db-restore.ts share: which kind of backup the environment calls for, how to
// recognise a backup file, how to hand a server URL to pg_dump/pg_restore, and the one-line refusal.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import zlib from 'node:zlib';
import { driverFromEnv, type Env } from '../db/client';

/** 'pg': a pg_dump custom-format archive of a server database; 'pglite': a gzipped tar of the data directory. */
export type BackupKind = 'pg' | 'pglite';

export const extensionOf: Record<BackupKind, string> = { pg: 'dump', pglite: 'tar.gz' };

export function backupKindFromEnv(env: Env = process.env): BackupKind {
  return driverFromEnv(env) === 'pglite' ? 'pglite' : 'pg';
}

/** POSTGRES_URL takes precedence over DATABASE_URL, as in db/client.ts. */
export function serverUrlFromEnv(env: Env = process.env): string {
  return env.POSTGRES_URL || env.DATABASE_URL || '';
}

/** A refusal the script prints as one line before exiting 1, having written nothing. */
export class Refusal extends Error {}

/** Runs a script body; any failure becomes one line on stderr and exit status 1. */
export async function runScript(name: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`${name}: ${message.split('\n')[0]}`);
    process.exitCode = 1;
  }
}

/**
 * libpq arguments for a connection URL: the password travels in PGPASSWORD, so it never shows in
 * `ps`; `label` names the target without it.
 */
export function libpqTarget(rawUrl: string): { dbname: string; env: NodeJS.ProcessEnv; label: string } {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    throw new Refusal('the database URL (DATABASE_URL or POSTGRES_URL) is not a valid URL');
  }
  const password = decodeURIComponent(url.password);
  url.password = '';
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (password) env.PGPASSWORD = password;
  return { dbname: url.toString(), env, label: `PostgreSQL at ${url.host}${url.pathname}` };
}

/** The first line of a tool's stderr that names an error (pg tools write notices there too). */
function firstError(stderr: string, fallback: string): string {
  const lines = stderr.split('\n').map((line) => line.trim()).filter(Boolean);
  return lines.find((line) => /error|fatal/i.test(line)) ?? lines[0] ?? fallback;
}

function start(command: string, args: string[], env: NodeJS.ProcessEnv, stdin: 'ignore' | 'pipe') {
  const child = spawn(command, args, { env, stdio: [stdin, 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<string>((resolve, reject) => {
    child.on('error', (error) => reject(new Refusal(`cannot run ${command}: ${error.message}`)));
    child.on('close', (code) => (code === 0 ? resolve(stdout) : reject(new Refusal(firstError(stderr, `${command} exited with ${code}`)))));
  });
  return { child, done, collect: () => child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString())) };
}

/** Runs pg_dump, pg_restore or psql; resolves with its stdout, rejects with its first error line. */
export function runTool(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  const tool = start(command, args, env, 'ignore');
  tool.collect();
  return tool.done;
}

/** Feeds `sink`'s stdin with each part in turn: a command's stdout, or literal text. */
export async function runPipeline(sink: [string, ...string[]], parts: ([string, ...string[]] | string)[], env: NodeJS.ProcessEnv): Promise<void> {
  const consumer = start(sink[0], sink.slice(1), env, 'pipe');
  consumer.collect();
  consumer.child.stdin!.on('error', () => {}); // the sink stopped early: its own error says why
  try {
    for (const part of parts) {
      if (typeof part === 'string') {
        consumer.child.stdin!.write(part);
        continue;
      }
      const producer = start(part[0], part.slice(1), env, 'ignore');
      producer.child.stdout!.pipe(consumer.child.stdin!, { end: false });
      await producer.done;
    }
  } catch (error) {
    // The sink failed first (its error is the one to report), or a producer did: then the sink is
    // killed, never given end of input, since psql would COMMIT whatever it had read.
    const sinkError = await Promise.race([
      consumer.done.then(() => null, (sinkFailure: unknown) => sinkFailure),
      new Promise<null>((resolve) => setTimeout(resolve, 1000, null)),
    ]);
    if (sinkError) throw sinkError;
    consumer.child.kill('SIGKILL');
    await consumer.done.catch(() => {});
    throw error;
  }
  consumer.child.stdin!.end();
  await consumer.done;
}

/** Which kind of backup a file holds, from its first bytes; null for anything else. */
export function sniffBackupKind(file: string): BackupKind | null {
  const head = Buffer.alloc(64 * 1024);
  const fd = fs.openSync(file, 'r');
  const length = fs.readSync(fd, head, 0, head.length, 0);
  fs.closeSync(fd);
  const bytes = head.subarray(0, length);
  if (bytes.subarray(0, 5).toString('latin1') === 'PGDMP') return 'pg';
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return null;
  let tar: Buffer;
  try {
    // Only the start: the first tar header is enough, and a partial flush does not need the whole file.
    tar = zlib.gunzipSync(bytes, { finishFlush: zlib.constants.Z_SYNC_FLUSH });
  } catch {
    return null;
  }
  // PGlite's dumpDataDir writes a ustar archive whose first member is /PG_VERSION.
  const name = tar.subarray(0, 100).toString('latin1').replace(/\0.*$/s, '');
  const magic = tar.subarray(257, 262).toString('latin1');
  return magic === 'ustar' && name.replace(/^\.?\//, '') === 'PG_VERSION' ? 'pglite' : null;
}

export const kindNames: Record<BackupKind, string> = {
  pg: 'a PostgreSQL backup (pg_dump custom format)',
  pglite: 'an embedded-database backup (PGlite data directory, tar.gz)',
};

export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
