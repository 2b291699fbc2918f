'use server';
// Server Actions for left-out households (应列未列): the public form (no sign-in) and the officials'.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { headers } from 'next/headers';
import { requestAddress } from '@/lib/auth/client-address';
import { getPublicText } from '@/lib/i18n/public';
import { HONEYPOT_FIELD, STAMP_FIELD } from '@/lib/security/public-form-guard-fields';
import { formDataObject } from './core';
import { reportLeftOut, recordLeftOut, screenLeftOut } from './left-out';
import { submit, type FormState } from './submit';

/** The villager's report: answered with its reference on its own page, or the form with its errors. */
export async function reportLeftOutAction(_prev: FormState, form: FormData): Promise<FormState> {
  const { participation, href } = await getPublicText();
  const result = await reportLeftOut(form, new Date(), { address: requestAddress(await headers()), text: participation.leftOut });
  if (result.ok) {
    revalidatePath('/', 'layout');
    redirect(href(`/left-out/${result.reference}?sent=1`));
  }
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(formDataObject(form))) {
    if (typeof value === 'string' && key !== HONEYPOT_FIELD && key !== STAMP_FIELD && value.length <= 4000) values[key] = value;
  }
  return { ok: false, message: result.message, fieldErrors: result.fieldErrors, values };
}

export async function recordLeftOutAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(recordLeftOut, form);
}

export async function screenLeftOutAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(screenLeftOut, form);
}
