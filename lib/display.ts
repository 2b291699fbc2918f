// Large print and high contrast: two independent settings, because they serve different readers (a
// reader with poor sight may want larger text in the usual colours; one reading in bright sun or with
// low contrast sensitivity, the stronger palette at the usual size, which keeps more on a small screen).
// Both live in one cookie that the root layout reads to set classes on <html>; app/globals.css does the
// rest. Switched by a plain form (POST /display), so it works without JavaScript.
import { z } from 'zod';

/** The cookie's name. nginx reads it as $cookie_gongshi_display (deploy/nginx/gongshi-locations.conf). */
export const DISPLAY_COOKIE = 'gongshi_display';
export const DISPLAY_COOKIE_MAX_AGE = 365 * 24 * 60 * 60;

export type Display = { large: boolean; contrast: boolean };

/** The cookie's value ('large', 'contrast' or 'large.contrast'; never '0', which nginx takes for "no cookie"). */
export function parseDisplay(value: string | undefined | null): Display {
  const parts = new Set((value ?? '').split('.'));
  return { large: parts.has('large'), contrast: parts.has('contrast') };
}

/** The cookie's value for a setting, or null when both are off (the cookie is then deleted). */
export function serializeDisplay(display: Display): string | null {
  const parts = [display.large && 'large', display.contrast && 'contrast'].filter(Boolean);
  return parts.length > 0 ? parts.join('.') : null;
}

/** The classes on <html>: `text-large` and `contrast-high` (app/globals.css). */
export function displayClasses(display: Display): string | undefined {
  return [display.large && 'text-large', display.contrast && 'contrast-high'].filter(Boolean).join(' ') || undefined;
}

const flag = z.enum(['0', '1']).optional();

/** The form: the page to go back to, and one or both settings to change ('1' on, '0' off). */
export const displayFormSchema = z
  .object({ back: z.string().max(2000).optional(), large: flag, contrast: flag })
  .refine((form) => form.large !== undefined || form.contrast !== undefined, { path: ['large'] });

/**
 * The page to send the visitor back to: a path of this site (relative, starting with one '/'), with its
 * query, never another origin. Anything else gives '/'.
 */
export function safeReturnPath(back: string | undefined): string {
  if (!back || !back.startsWith('/') || back.startsWith('//') || /[\\\u0000-\u001f\u007f]/.test(back)) return '/';
  const base = 'http://gongshi.invalid';
  let url: URL;
  try {
    url = new URL(back, base);
  } catch {
    return '/';
  }
  return url.origin === base ? url.pathname + url.search : '/';
}

/** One cookie's value from a Cookie request header. */
export function cookieValue(header: string | null, name: string): string | undefined {
  for (const pair of (header ?? '').split(';')) {
    const at = pair.indexOf('=');
    if (at > 0 && pair.slice(0, at).trim() === name) return pair.slice(at + 1).trim();
  }
  return undefined;
}
