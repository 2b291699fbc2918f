// What every Server Action does around its spec: the official of the session, the server's clock,
// and after a write, fresh pages everywhere (public pages are rendered per request; this also drops
// the browser's router cache).
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { currentAccount, currentOfficial, PASSWORD_PAGE, TWO_FACTOR_PAGE, type Official } from '@/lib/auth/session';
import { formDataObject, type ActionResult } from './core';
import type { FormState } from './form-state';

export type { FormState };

type Runnable = { run(official: Official | null, input: FormData, now: Date): Promise<ActionResult> };

export async function submit(action: Runnable, form: FormData): Promise<FormState> {
  const official = await currentOfficial();
  // A one-time password must be replaced first: the action is refused, and the form goes there.
  const account = official ? null : await currentAccount();
  if (account?.mustChangePassword) redirect(PASSWORD_PAGE);
  if (account?.mustEnrolSecondFactor) redirect(TWO_FACTOR_PAGE); // a required second factor likewise
  const result = await action.run(official, form, new Date());
  if (result.ok) {
    revalidatePath('/', 'layout');
    if (result.redirectTo) redirect(result.redirectTo);
    return { ok: true, message: result.message, fieldErrors: {}, values: {} };
  }
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(formDataObject(form))) {
    if (typeof value === 'string' && !/password/i.test(key)) values[key] = value;
  }
  return { ok: false, message: result.message, fieldErrors: result.fieldErrors, values };
}
