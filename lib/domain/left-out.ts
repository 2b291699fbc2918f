// 应列未列: a report that a household which should have been listed was left out (issue 9 item 6).
// Its own kind, not an objection: it never blocks closing a notice. Each report gets a reference the
// reporter keeps; it is public (the village page lists it) and says nothing about anyone.
export const LEFT_OUT_STATUSES = ['received', 'screened_in', 'not_eligible'] as const;
export type LeftOutStatus = (typeof LEFT_OUT_STATUSES)[number];
export const LEFT_OUT_OUTCOMES = ['screened_in', 'not_eligible'] as const;
export type LeftOutOutcome = (typeof LEFT_OUT_OUTCOMES)[number];

// No 0/O, 1/I/L: a reference is read aloud over the phone and copied by hand.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const LEFT_OUT_REFERENCE = /^YL-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/;

/** A reference such as YL-7KQ2-M9PD from 8 random bytes (the caller draws them). */
export function leftOutReference(random: Uint8Array): string {
  if (random.length < 8) throw new RangeError('8 random bytes are needed');
  const chars = Array.from(random.subarray(0, 8), (b) => ALPHABET[b % ALPHABET.length]).join('');
  return `YL-${chars.slice(0, 4)}-${chars.slice(4)}`;
}

/** A reference as typed (lower case, full-width, spaces, no dashes), or null when it cannot be one. */
export function parseLeftOutReference(raw: string): string | null {
  const folded = raw
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\-－—–]/g, '')
    .toUpperCase();
  const m = /^YL([0-9A-Z]{4})([0-9A-Z]{4})$/.exec(folded);
  const reference = m ? `YL-${m[1]}-${m[2]}` : null;
  return reference && LEFT_OUT_REFERENCE.test(reference) ? reference : null;
}
