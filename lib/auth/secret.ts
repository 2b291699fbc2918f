// AUTH_SECRET signs the session cookies. A self-hosted demo without one gets a random secret kept in
// .data/auth-secret (mode 0600), so that sessions survive a restart and nothing needs configuring.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(/*turbopackIgnore: true*/ process.cwd(), '.data', 'auth-secret');
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const secret = crypto.randomBytes(32).toString('base64url');
    fs.writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
    return secret;
  }
}
