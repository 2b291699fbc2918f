import { describe, expect, it } from 'vitest';
import { API_CONTENT_SECURITY_POLICY, contentSecurityPolicy, isApiPath, newNonce } from './csp';

const directives = (policy: string) => new Map(policy.split('; ').map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)]));

describe('contentSecurityPolicy', () => {
  it('allows scripts only with the nonce or loaded by a trusted script, and nothing from elsewhere', () => {
    const policy = directives(contentSecurityPolicy('abc123'));
    expect(policy.get('script-src')).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect([...policy.values()].flat().filter((source) => source.includes('unsafe-eval'))).toEqual([]);
  });

  it('allows eval in development only', () => {
    expect(directives(contentSecurityPolicy('n', { development: true })).get('script-src')).toContain("'unsafe-eval'");
  });
});

describe('newNonce', () => {
  it('is 16 random bytes in base64, different each time', () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(atob(nonce)).toHaveLength(16);
  });
});

describe('the policy of /api', () => {
  it('lets nothing load or frame a route handler’s answer', () => {
    const policy = directives(API_CONTENT_SECURITY_POLICY);
    expect([...policy.keys()]).toEqual(['default-src', 'frame-ancestors']);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('applies to /api and below only', () => {
    expect(['/api', '/api/auth/csrf', '/api/public/progress'].map(isApiPath)).toEqual([true, true, true]);
    expect(['/apix', '/regions/api', '/admin/roster/export', '/'].map(isApiPath)).toEqual([false, false, false, false]);
  });
});
