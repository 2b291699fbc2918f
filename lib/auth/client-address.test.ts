// The client's address is believed only from the hops TRUST_PROXY names.
import { describe, expect, it } from 'vitest';
import { clientAddress, parseTrustProxy, requestAddress, UNKNOWN_ADDRESS } from './client-address';

const one = parseTrustProxy('1');

describe('parseTrustProxy', () => {
  it('trusts nobody when unset, empty, 0 or false; a number of hops; or a list of proxies', () => {
    for (const value of [undefined, '', ' ', '0', 'false']) expect(parseTrustProxy(value)).toBeNull();
    expect(parseTrustProxy('2')).toEqual({ hops: 2 });
    expect(parseTrustProxy('10.0.0.5, ::ffff:10.0.0.6')).toEqual({ proxies: new Set(['10.0.0.5', '10.0.0.6']) });
  });

  it('refuses a value that is neither, in one line', () => {
    expect(() => parseTrustProxy('true')).toThrow(/TRUST_PROXY must be a number of hops or a list of addresses/);
  });
});

describe('clientAddress', () => {
  it('believes no forwarded header without TRUST_PROXY', () => {
    expect(clientAddress('203.0.113.9', null)).toBe(UNKNOWN_ADDRESS);
    expect(requestAddress(new Headers({ 'x-forwarded-for': '203.0.113.9' }), {})).toBe(UNKNOWN_ADDRESS);
  });

  it('with one trusted hop takes the last entry, which the proxy appended or set', () => {
    expect(clientAddress('198.51.100.4', one)).toBe('198.51.100.4');
    expect(requestAddress(new Headers({ 'x-forwarded-for': '198.51.100.4' }), { TRUST_PROXY: '1' })).toBe('198.51.100.4');
  });

  it('a forged X-Forwarded-For changes nothing', () => {
    // The client wrote "203.0.113.9"; the proxy appended the address it saw.
    expect(clientAddress('203.0.113.9, 198.51.100.4', one)).toBe('198.51.100.4');
    expect(clientAddress('203.0.113.9,10.0.0.1, 198.51.100.4', one)).toBe('198.51.100.4');
    // Without a trusted proxy, a forged header is ignored outright.
    expect(clientAddress('203.0.113.9, 198.51.100.4', null)).toBe(UNKNOWN_ADDRESS);
    // A list of proxies: the rightmost entry that is not one of them.
    const proxies = parseTrustProxy('10.0.0.5,10.0.0.6');
    expect(clientAddress('203.0.113.9, 198.51.100.4, 10.0.0.6', proxies)).toBe('198.51.100.4');
  });

  it('counts several hops from the right, and takes the leftmost when the chain is shorter', () => {
    expect(clientAddress('203.0.113.9, 198.51.100.4, 10.0.0.6', parseTrustProxy('2'))).toBe('198.51.100.4');
    expect(clientAddress('198.51.100.4', parseTrustProxy('2'))).toBe('198.51.100.4');
  });

  it('writes one address one way, and gives up on anything that is not an address', () => {
    expect(clientAddress('::ffff:198.51.100.4', one)).toBe('198.51.100.4');
    expect(clientAddress('198.51.100.4:5555', one)).toBe('198.51.100.4');
    expect(clientAddress('[2001:DB8::1]:443', one)).toBe('2001:db8::1');
    expect(clientAddress('unknown', one)).toBe(UNKNOWN_ADDRESS);
    expect(clientAddress('', one)).toBe(UNKNOWN_ADDRESS);
    expect(clientAddress('10.0.0.5, 10.0.0.6', parseTrustProxy('10.0.0.5,10.0.0.6'))).toBe(UNKNOWN_ADDRESS);
  });
});
