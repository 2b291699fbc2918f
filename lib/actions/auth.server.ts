'use server';
import { AuthError } from 'next-auth';
import { SecondFactorRefused, SecondFactorRequired, SignInThrottled, signIn } from '@/lib/auth';
import { formatChinaDateTime } from '@/lib/domain/time';
import { zhAdmin } from '@/lib/i18n/zh-admin';
import { zhAdminTwoFactor } from '@/lib/i18n/zh-admin-two-factor';
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
  if (form.get('pending')) return secondStep(form);
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
    // The password was right: the form asks for the code next, carrying the signed pending token.
    if (error instanceof SecondFactorRequired) {
      return { ok: null, message: '', fieldErrors: {}, values: { pending: error.pending, callbackUrl: safeCallback(form.get('callbackUrl')) } };
    }
    if (error instanceof AuthError) {
      const message = error instanceof SignInThrottled ? throttledMessage(error) : zhAdmin.login.invalid;
      return { ok: false, message, fieldErrors: { username: message }, values };
    }
    throw error; // the redirect after a successful sign-in
  }
  return { ok: true, message: '', fieldErrors: {}, values: {} };
}

// Signing out: lib/actions/sign-out.server.ts (it revokes the server-side session).

const tf = zhAdminTwoFactor.login;

/** The second step: the pending token of the password step and a TOTP or recovery code. */
async function secondStep(form: FormData): Promise<FormState> {
  const pending = String(form.get('pending') ?? '');
  const code = String(form.get('code') ?? '').trim();
  const callbackUrl = safeCallback(form.get('callbackUrl'));
  const values = { pending, callbackUrl };
  if (!code) return { ok: false, message: tf.missing, fieldErrors: { code: tf.missing }, values };
  try {
    await signIn('credentials', { pending, code, redirectTo: callbackUrl });
  } catch (error) {
    if (error instanceof SecondFactorRefused && error.reason === 'restart') {
      return { ok: false, message: tf.restart, fieldErrors: { username: tf.restart }, values: {} };
    }
    if (error instanceof AuthError) {
      const message = error instanceof SignInThrottled ? throttledMessage(error) : tf.wrong;
      return { ok: false, message, fieldErrors: { code: message }, values };
    }
    throw error; // the redirect after a successful sign-in
  }
  return { ok: true, message: '', fieldErrors: {}, values: {} };
}
