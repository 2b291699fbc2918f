import { describe, expect, it } from 'vitest';
import { isSameOrigin } from './same-origin';

const post = (headers: Record<string, string>) => new Request('http://127.0.0.1:3100/admin/roster/export', { method: 'POST', headers });

describe('isSameOrigin', () => {
  it('accepts a POST whose Origin is the host it was sent to, directly or through nginx', () => {
    expect(isSameOrigin(post({ host: '127.0.0.1:3100', origin: 'http://127.0.0.1:3100' }))).toBe(true);
    expect(isSameOrigin(post({ host: '127.0.0.1:3001', 'x-forwarded-host': 'gongshi.example.cn', origin: 'https://gongshi.example.cn' }))).toBe(true);
  });

  it('refuses another site, a missing or opaque Origin, and a look-alike host', () => {
    expect(isSameOrigin(post({ host: '127.0.0.1:3100', origin: 'https://evil.example' }))).toBe(false);
    expect(isSameOrigin(post({ host: '127.0.0.1:3100' }))).toBe(false);
    expect(isSameOrigin(post({ host: '127.0.0.1:3100', origin: 'null' }))).toBe(false);
    expect(isSameOrigin(post({ host: '127.0.0.1:3100', origin: 'http://127.0.0.1:3100.evil.example' }))).toBe(false);
    expect(isSameOrigin(post({ host: 'gongshi.example.cn', origin: 'http://gongshi.example.cn:8080' }))).toBe(false);
  });
});
