import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { authSecret, authSecretFile } from './secret';

describe('authSecret', () => {
  it('takes AUTH_SECRET when it is set', () => {
    expect(authSecret({ NODE_ENV: 'production', AUTH_SECRET: 's'.repeat(40) })).toBe('s'.repeat(40));
  });

  it('never invents one for a production server that is not a demo', () => {
    expect(() => authSecret({ NODE_ENV: 'production' })).toThrow(/AUTH_SECRET is not set/);
  });

  it('signs nothing while building, so the build gets a throwaway', () => {
    expect(authSecret({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' })).toMatch(/^[\w-]{43}$/);
  });
});

describe('authSecretFile', () => {
  const data = path.join(process.cwd(), '.data');
  it('keeps a demo secret beside the embedded database, never inside its directory', () => {
    expect(authSecretFile({})).toBe(path.join(data, 'auth-secret'));
    expect(() => authSecretFile({ PGLITE_DIR: data })).toThrow(/PGLITE_DIR contains .*set AUTH_SECRET/);
    expect(() => authSecretFile({ PGLITE_DIR: process.cwd() })).toThrow(/PGLITE_DIR contains/);
  });
});
