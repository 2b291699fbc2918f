'use server';
// Server Actions for objections lodged online: the villager's form and tracking page (no sign-in; in the
// visitor's language; the client address from lib/auth/client-address.ts), and the officials' triage.
import { headers } from 'next/headers';
import { requestAddress } from '@/lib/auth/client-address';
import { HONEYPOT_FIELD, STAMP_FIELD } from '@/lib/security/public-form-guard-fields';
import { getPublicText } from '@/lib/i18n/public';
import { formDataObject } from './core';
import type { FormState } from './form-state';
import { acceptOnlineObjection, lodgeObjection, lookupObjection, rejectOnlineObjection, type TrackedObjection } from './online-objections';
import { submit } from './submit';

/** The form's state; after success, the receipt with the tracking code, shown this once and never in a URL. */
export type ObjectionFormState = FormState & { receipt?: { reference: string; code: string } };
export type TrackFormState = FormState & { objection?: TrackedObjection };

/** What was typed, for a refused form to come back filled in (not the guard's fields). */
function typedValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(formDataObject(form))) {
    if (typeof value === 'string' && key !== HONEYPOT_FIELD && key !== STAMP_FIELD && value.length <= 4000) values[key] = value;
  }
  return values;
}

export async function lodgeObjectionAction(_prev: ObjectionFormState, form: FormData): Promise<ObjectionFormState> {
  const text = await getPublicText();
  const result = await lodgeObjection(form, new Date(), {
    address: requestAddress(await headers()),
    messages: text.objection,
    date: text.date.date,
  });
  if (result.ok) return { ok: true, message: text.objection.sentTitle, fieldErrors: {}, values: {}, receipt: { reference: result.reference, code: result.code } };
  return { ok: false, message: result.message, fieldErrors: result.fieldErrors, values: typedValues(form) };
}

export async function lookupObjectionAction(_prev: TrackFormState, form: FormData): Promise<TrackFormState> {
  const text = await getPublicText();
  const raw = formDataObject(form);
  const reference = typeof raw.reference === 'string' ? raw.reference : '';
  const result = await lookupObjection(reference, raw, new Date(), { address: requestAddress(await headers()), messages: text.objection });
  // The code is never sent back to the page.
  if (result.ok) return { ok: true, message: '', fieldErrors: {}, values: {}, objection: result.objection };
  return { ok: false, message: result.message, fieldErrors: result.fieldErrors, values: {} };
}

export async function acceptOnlineObjectionAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(acceptOnlineObjection, form);
}

export async function rejectOnlineObjectionAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(rejectOnlineObjection, form);
}
