// AUTH_SECRET signs the session cookies. A production server requires it (lib/startup/guards.ts).
// A demo or development server without one gets a random secret kept in .data/auth-secret (mode
// 0600), so that sessions survive a restart and nothing needs configuring; never inside the
// database's directory, which a backup or a copy of the data would carry along.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pgliteDirFromEnv, type Env } from '@/db/client';
import { isProductionServer } from '@/lib/startup/guards';

export function authSecret(env: Env = process.env): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  // `next build` evaluates this module too; nothing is signed while building.
  if (env.NEXT_PHASE === 'phase-production-build') return crypto.randomBytes(32).toString('base64url');
  // Never invent one for production: the start-up guard has refused already; this is the last stop.
  if (isProductionServer(env)) throw new Error('gongshi: AUTH_SECRET is not set.');
  const file = authSecretFile(env);
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const secret = crypto.randomBytes(32).toString('base64url');
    fs.writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
    return secret;
  }
}

/** Where a demo keeps its invented secret: .data/auth-secret, unless that is inside PGLITE_DIR. */
export function authSecretFile(env: Env = process.env): string {
  const file = path.join(/*turbopackIgnore: true*/ process.cwd(), '.data', 'auth-secret');
  const relative = path.relative(pgliteDirFromEnv(env), file);
  if (!relative.startsWith('..') && !path.isAbsolute(relative)) {
    throw new Error(`PGLITE_DIR contains ${file}: set AUTH_SECRET, or point PGLITE_DIR at a directory of its own.`);
  }
  return file;
}
