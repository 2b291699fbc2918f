// Production guards: a production server (`next start` sets NODE_ENV=production) that was not started
// as a demo (`npm run demo` sets GONGSHI_DEMO=1) must not run on the demo's defaults: an invented
// session secret, an embedded database nobody chose, demo data, demo accounts. Pure functions: the
// start path (instrumentation.ts, db/index.ts, lib/auth) passes the environment and what it found.
import type { DriverName, Env } from '@/db/client';
import { AUDIT_KEY_MIN_LENGTH } from '@/lib/audit/key';
import { parseOrigin } from '@/lib/security/officials-origin';

export const MIN_AUTH_SECRET_BYTES = 32;

/** A production server that is not a demo: every guard below applies. */
export function isProductionServer(env: Env): boolean {
  return env.NODE_ENV === 'production' && env.GONGSHI_DEMO !== '1';
}

/** One console line saying what to set, or null when the server may start. */
export function startupRefusal(env: Env, facts: { driver: DriverName }): string | null {
  if (!isProductionServer(env)) return null;
  const refuse = (why: string) => `gongshi: refusing to start: ${why}`;
  if (facts.driver === 'pglite' && env.GONGSHI_EMBEDDED !== '1') {
    return refuse(
      'no DATABASE_URL or POSTGRES_URL is set. Set one, or set GONGSHI_EMBEDDED=1 to run on the embedded ' +
        'database of this machine on purpose (GONGSHI_DEMO=1 for a demo).',
    );
  }
  const secret = env.AUTH_SECRET ?? '';
  if (!secret) return refuse(`AUTH_SECRET is not set. Set it to a random secret of at least ${MIN_AUTH_SECRET_BYTES} bytes (openssl rand -base64 32).`);
  if (Buffer.byteLength(secret, 'utf8') < MIN_AUTH_SECRET_BYTES) {
    return refuse(`AUTH_SECRET is shorter than ${MIN_AUTH_SECRET_BYTES} bytes. Set a longer random secret (openssl rand -base64 32).`);
  }
  // Checked here too, so that the first official write does not fail after a quiet start.
  const auditKey = env.AUDIT_KEY ?? '';
  if (auditKey.length < AUDIT_KEY_MIN_LENGTH) {
    return refuse(`AUDIT_KEY is not set or shorter than ${AUDIT_KEY_MIN_LENGTH} characters. Set the audit log's key (openssl rand -base64 32), kept outside the database.`);
  }
  // Checked here, not at the first request: the proxy would refuse every request with a 500.
  try {
    const officials = parseOrigin('OFFICIALS_ORIGIN', env.OFFICIALS_ORIGIN);
    const publicOrigin = parseOrigin('PUBLIC_ORIGIN', env.PUBLIC_ORIGIN);
    if (officials && publicOrigin && officials.hostname === publicOrigin.hostname) {
      return refuse('OFFICIALS_ORIGIN and PUBLIC_ORIGIN have the same host name. Give officials a host name of their own (cookies do not tell ports apart).');
    }
  } catch (error) {
    return refuse(error instanceof Error ? error.message.replace(/^gongshi: /, '') : String(error));
  }
  return null;
}

/**
 * One console line each for what a production server may run without but probably should not: with
 * TRUST_PROXY unset, no forwarded address is believed, so every client shares one address and the
 * sign-in limits per address (lib/auth/credentials.ts) cannot tell an attacker from an owner.
 */
export function startupWarnings(env: Env): string[] {
  if (!isProductionServer(env)) return [];
  const trust = (env.TRUST_PROXY ?? '').trim();
  if (trust === '' || trust === '0' || trust.toLowerCase() === 'false') {
    return [
      'gongshi: warning: TRUST_PROXY is not set, so every client counts as one address for the sign-in limits. ' +
        'Behind the recipe\'s nginx set TRUST_PROXY=1 (deploy/README.md).',
    ];
  }
  return [];
}

/** Demo data goes only into an empty embedded database of a demo or development server. */
export function mayAutoSeed(env: Env, driver: DriverName): boolean {
  return driver === 'pglite' && env.GONGSHI_AUTO_SEED !== '0' && !isProductionServer(env);
}

/** Accounts made by the demo seed sign in only on a demo or development server. */
export function acceptsDemoAccounts(env: Env): boolean {
  return !isProductionServer(env);
}
