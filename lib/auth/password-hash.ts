// The one place that says how passwords are hashed: argon2id with OWASP's minimum (19 MiB, 2 passes,
// 1 lane), written out rather than left to the library's defaults, which may change between versions.
// Every hash (setup, seed, accounts, password change) goes through hashPassword.
import { hash, parseOptions, verify, type Algorithm, type Options } from '@node-rs/argon2';

// `Algorithm` is an ambient const enum, which isolatedModules cannot read: 2 is Argon2id.
const ARGON2ID = 2 as Algorithm;

export const ARGON2_OPTIONS = { algorithm: ARGON2ID, memoryCost: 19 * 1024, timeCost: 2, parallelism: 1 } as const satisfies Options;

export function hashPassword(password: string, options: Options = ARGON2_OPTIONS): Promise<string> {
  return hash(password, options);
}

/** False for a malformed hash too: a broken row refuses sign-in, it never throws. */
export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}

/** A hash made with other parameters than ARGON2_OPTIONS (older, weaker) is replaced at the next sign-in. */
export function needsRehash(passwordHash: string): boolean {
  try {
    const used = parseOptions(passwordHash);
    return (
      used.algorithm !== ARGON2_OPTIONS.algorithm ||
      used.memoryCost < ARGON2_OPTIONS.memoryCost ||
      used.timeCost < ARGON2_OPTIONS.timeCost ||
      used.parallelism !== ARGON2_OPTIONS.parallelism
    );
  } catch {
    return false; // not an argon2 hash at all: verify has refused it already
  }
}
