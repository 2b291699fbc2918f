'use server';
import { AuthError } from 'next-auth';
import { SignInThrottled, signIn } from '@/lib/auth';
import { formatChinaDateTime } from '@/lib/domain/time';
import { zhAdmin } from '@/lib/i18n/zh-admin';
import type { FormState } from './form-state';

/** Only our own /admin pages are valid destinations after signing in (no open redirect). */
function safeCallback(raw: FormDataEntryValue | null): string {
  let value = typeof raw === 'string' ? raw : '';
  // The proxy hands over a path; an absolute URL of this site (an older link) keeps its path only.
  if (/^https?:\/\//.test(value)) value = URL.canParse(value) ? new URL(value).pathname + new URL(value).search : '';
  return /^\/admin(\/[\w\-/?=&%.]*)?$/.test(value) ? value : '/admin';
}

/** The minute shown is rounded up, so that trying again at that minute is never refused. */
function throttledMessage(error: SignInThrottled): string {
  const time = formatChinaDateTime(new Date(Math.ceil(error.until.getTime() / 60_000) * 60_000));
  if (error.throttle === 'locked') return zhAdmin.login.locked(time);
  if (error.throttle === 'address_locked') return zhAdmin.login.addressLocked(time);
  return zhAdmin.login.slowed;
}

export async function login(_prev: FormState, form: FormData): Promise<FormState> {
  const username = String(form.get('username') ?? '').trim();
  const password = String(form.get('password') ?? '');
  const values = { username };
  if (!username || !password) {
    const fieldErrors: Record<string, string> = {};
    if (!username) fieldErrors.username = '请填写用户名';
    if (!password) fieldErrors.password = '请填写密码';
    return { ok: false, message: zhAdmin.login.missing, fieldErrors, values };
  }
  try {
    await signIn('credentials', { username, password, redirectTo: safeCallback(form.get('callbackUrl')) });
  } catch (error) {
    if (error instanceof AuthError) {
      const message = error instanceof SignInThrottled ? throttledMessage(error) : zhAdmin.login.invalid;
      return { ok: false, message, fieldErrors: { username: message }, values };
    }
    throw error; // the redirect after a successful sign-in
  }
  return { ok: true, message: '', fieldErrors: {}, values: {} };
}

// Signing out: lib/actions/sign-out.server.ts (it revokes the server-side session).
