// Zod shapes of the fields officials type into forms, shared by every action.
// Officials type on Chinese keyboards, where digits and dashes often come out full-width (１２３, －):
// numbers, codes and dates are folded to ASCII before checking, so that is never an error. Free text
// keeps its Chinese punctuation (，。（）) as typed.
import { z } from 'zod';

export function halfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

// Characters nobody types, which PostgreSQL (NUL) or XML (the feed) refuse, or which the UTF-8 on the
// way to the database would silently replace (a lone surrogate): the C0 controls other than tab and line
// breaks, DEL, U+FFFE/U+FFFF and unpaired surrogates. With the u flag a paired surrogate is one code point.
const UNTYPEABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF\uD800-\uDFFF]/u;

/** The fields of a form (FormData as an object) whose text holds an untypeable character, each with `message`. */
export function untypeableFields(raw: Record<string, unknown>, message: string): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    const values: unknown[] = Array.isArray(value) ? value : [value];
    if (values.some((v) => typeof v === 'string' && UNTYPEABLE.test(v))) errors[key] = message;
  }
  return errors;
}

// String.prototype.trim also removes the ideographic space (U+3000).
export const trimmed = (v: unknown) => (typeof v === 'string' ? v.trim() : v);
export const asciiTrimmed = (v: unknown) => (typeof v === 'string' ? halfWidth(v).trim() : v);
export const emptyToNull = (v: unknown) => {
  const s = trimmed(v);
  return s === '' || s === undefined ? null : s;
};

/** A whole number from a form (a string, thousands separators allowed) or given directly; '' is missing. */
export function wholeNumber(missing: string, min: number, max: number, outOfRange: string) {
  return z.preprocess(
    (v) => {
      if (typeof v !== 'string') return v;
      const s = halfWidth(v).replace(/[,，\s]/g, '');
      if (s === '') return undefined;
      return /^-?\d+$/.test(s) ? Number(s) : Number.NaN;
    },
    z.number({ error: missing }).int(missing).min(min, outOfRange).max(max, outOfRange),
  );
}

/** A row id from a hidden field: a wrong one means the page is stale or was tampered with. */
export const idField = (message: string) => wholeNumber(message, 1, 2_147_483_647, message);

/** The id of the row being edited, or nothing (absent or empty) when a new row is added. */
export const editedIdField = (message: string) => z.preprocess((v) => (v === '' ? undefined : v), idField(message).optional());

export function requiredText(missing: string, max: number, tooLong: string) {
  return z.preprocess(trimmed, z.string({ error: missing }).min(1, missing).max(max, tooLong));
}

/** Optional free text: empty becomes null. */
export function optionalText(max: number, tooLong: string) {
  return z.preprocess(emptyToNull, z.string().max(max, tooLong).nullable());
}
