// The audit chain's HMAC key (AUDIT_KEY). The database never holds it: whoever owns the database can
// rewrite rows, but cannot make hashes that verify with this key. A demo or development run without
// AUDIT_KEY gets a random key kept in .data/audit-key (mode 0600), like the session secret; it is
// never kept inside the embedded database's directory, so a copied database does not carry its key.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

type Env = Record<string, string | undefined>;

export const AUDIT_KEY_MIN_LENGTH = 32;

/** The key file of a run without AUDIT_KEY: beside the embedded database, never inside it. */
export function auditKeyFile(): string {
  return path.join(/*turbopackIgnore: true*/ process.cwd(), '.data', 'audit-key');
}

/**
 * The key the environment names. Throws a one-line message (what to set) when a production server has
 * no AUDIT_KEY, when AUDIT_KEY is too short, or (with `create: false`, for the verifier, which must
 * not invent a key) when there is neither AUDIT_KEY nor a key file.
 */
export function auditKeyFromEnv(env: Env = process.env, { create = true }: { create?: boolean } = {}): Buffer {
  const configured = env.AUDIT_KEY;
  if (configured !== undefined && configured !== '') {
    if (configured.length < AUDIT_KEY_MIN_LENGTH) {
      throw new Error(`AUDIT_KEY is shorter than ${AUDIT_KEY_MIN_LENGTH} characters: set a random one, e.g. \`openssl rand -base64 32\`.`);
    }
    return Buffer.from(configured, 'utf8');
  }
  if (env.NODE_ENV === 'production' && env.GONGSHI_DEMO !== '1') {
    throw new Error(
      'AUDIT_KEY is not set: set it to a random secret of at least 32 characters (`openssl rand -base64 32`) and keep a copy outside the database.',
    );
  }
  const file = auditKeyFile();
  const existing = readKeyFile(file);
  if (existing) return existing;
  if (!create) throw new Error(`No audit key: set AUDIT_KEY (the key the audit log was written with), or run where ${file} exists.`);
  return createKeyFile(file);
}

function readKeyFile(file: string): Buffer | null {
  try {
    const text = fs.readFileSync(file, 'utf8').trim();
    return text ? Buffer.from(text, 'utf8') : null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Writes a new key atomically: a concurrent process either links its own first or reads this one. */
function createKeyFile(file: string): Buffer {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}`;
  fs.writeFileSync(temporary, crypto.randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
  try {
    fs.linkSync(temporary, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    fs.rmSync(temporary, { force: true });
  }
  return readKeyFile(file)!;
}

let cached: { source: string | undefined; key: Buffer } | undefined;

/** The process's key for writing audit rows; read once per AUDIT_KEY value. */
export function auditKey(): Buffer {
  if (cached?.source !== process.env.AUDIT_KEY) cached = undefined;
  cached ??= { source: process.env.AUDIT_KEY, key: auditKeyFromEnv(process.env) };
  return cached.key;
}
