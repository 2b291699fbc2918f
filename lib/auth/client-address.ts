// The client's address for the sign-in limits, taken only from the proxies the operator trusts.
// X-Forwarded-For is a list that every proxy appends to: what the client wrote itself comes first, so
// only entries added by trusted hops can be believed, counted from the right. Next fills the header
// with the socket's address only when it is missing, so without a trusted proxy the header cannot be
// told from one the client forged: then the address is unknown, and lib/auth/credentials.ts applies
// only the rules that need no address.
import { isIP } from 'node:net';

/** The address recorded when no trusted hop names the client. */
export const UNKNOWN_ADDRESS = 'local';

export type TrustProxy = { hops: number } | { proxies: ReadonlySet<string> } | null;

/**
 * `TRUST_PROXY`: unset, empty, `0` or `false` trusts nobody; a number N trusts the N nearest hops
 * (`1`: the client is the last entry, which the one proxy in front appended or set); a comma-separated
 * list of addresses trusts those proxies (the client is the rightmost entry that is not one of them).
 */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = (value ?? '').trim();
  if (text === '' || text === '0' || text.toLowerCase() === 'false') return null;
  if (/^\d+$/.test(text)) return { hops: Number(text) };
  const proxies = text.split(',').map((entry) => normalise(entry));
  if (proxies.some((entry) => entry === null)) {
    throw new Error(`gongshi: TRUST_PROXY must be a number of hops or a list of addresses, not "${text}".`);
  }
  return { proxies: new Set(proxies as string[]) };
}

export function clientAddress(forwardedFor: string | null | undefined, trust: TrustProxy): string {
  if (!trust || !forwardedFor) return UNKNOWN_ADDRESS;
  const entries = forwardedFor.split(',').map((entry) => entry.trim()).filter(Boolean);
  if (entries.length === 0) return UNKNOWN_ADDRESS;
  // Fewer entries than hops: the request skipped an outer proxy; the leftmost was still set by a trusted one.
  const chosen =
    'hops' in trust
      ? entries[Math.max(0, entries.length - trust.hops)]
      : entries.findLast((entry) => !trust.proxies.has(normalise(entry) ?? ''));
  return normalise(chosen ?? '') ?? UNKNOWN_ADDRESS;
}

/** An IP address in one spelling (IPv4-mapped IPv6 as IPv4, lower case), or null for anything else. */
function normalise(entry: string): string | null {
  let value = entry.trim().toLowerCase();
  if (value.startsWith('[') && value.includes(']')) value = value.slice(1, value.indexOf(']')); // [v6]:port
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(':')); // v4:port
  if (value.startsWith('::ffff:') && isIP(value.slice(7)) === 4) value = value.slice(7);
  return isIP(value) ? value : null;
}

/** The client's address of a request, by the process's TRUST_PROXY. */
export function requestAddress(headers: Headers, env: Record<string, string | undefined> = process.env): string {
  return clientAddress(headers.get('x-forwarded-for'), parseTrustProxy(env.TRUST_PROXY));
}
