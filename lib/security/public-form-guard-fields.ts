// The names of the public forms' guard fields, safe to import from client components
// (public-form-guard.ts itself uses node:crypto and the database).
/** The honeypot's name: a plausible field a bot fills in; hidden from people and assistive technology. */
export const HONEYPOT_FIELD = 'website';
/** The hidden field carrying the signed render time. */
export const STAMP_FIELD = 'formStamp';
/** A person takes longer than this to fill in a form; a bot does not. */
export const MIN_FILL_MS = 3_000;
