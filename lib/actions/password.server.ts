'use server';
// Server Action of 修改密码 (/admin/password): the account comes from the session, never the browser.
import { AuthError } from 'next-auth';
import { redirect } from 'next/navigation';
import { signIn } from '@/lib/auth';
import { currentAccount, PASSWORD_PAGE } from '@/lib/auth/session';
import type { FormState } from './form-state';
import { changeOwnPassword } from './password';

export async function changePasswordAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await changeOwnPassword(await currentAccount(), form, new Date());
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors, values: {} };
  // The change ended every session of the account, this one too: sign this browser in again.
  try {
    await signIn('credentials', { ...result.value, password: result.value.newPassword, redirectTo: `${PASSWORD_PAGE}?done=1` });
  } catch (error) {
    if (error instanceof AuthError) redirect('/login');
    throw error; // the redirect after signing in
  }
  return { ok: true, message: result.message, fieldErrors: {}, values: {} };
}
