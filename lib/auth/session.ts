// The signed-in official of this request (next-auth session → account re-read in ./official).
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { getDb } from '@/db';
import { ADMIN_PATH_HEADER } from './config';
import { auth } from './index';
import { loadSignIn, officialOf, type Official, type SignedInAccount, type SignIn } from './official';

export type { Official };

/** This request's sign-in: the session row and the account, checked once per request. */
export const currentSignIn = cache(async (): Promise<SignIn> => {
  const claim = (await auth())?.official;
  // A cookie from before server-side sessions names no session: it is simply not signed in.
  if (!claim?.id || !claim.sessionId) return { account: null, expired: false };
  return loadSignIn(await getDb(), claim, new Date());
});

/** The signed-in account of this request, even one that must first replace its one-time password. */
export const currentAccount = cache(async (): Promise<SignedInAccount | null> => (await currentSignIn()).account);

/** The official of this request, or null (also while the account still has a one-time password). */
export const currentOfficial = cache(async (): Promise<Official | null> => officialOf(await currentAccount()));

/**
 * For pages under /admin: the official, or a redirect to /login that comes back to `returnTo`, or
 * to /admin/password while the account still has a one-time password.
 */
export async function requireOfficial(returnTo?: string): Promise<Official> {
  const account = await requireAccount(returnTo);
  if (account.mustChangePassword) redirect(PASSWORD_PAGE);
  if (account.mustEnrolSecondFactor) redirect(TWO_FACTOR_PAGE);
  return account.official;
}

/** For the admin layout and /admin/password only: any signed-in account. */
export async function requireAccount(returnTo?: string): Promise<SignedInAccount> {
  const signIn = await currentSignIn();
  if (signIn.account) return signIn.account;
  // The layout renders alongside the page and may redirect first: it comes back to the page the proxy saw.
  returnTo ??= (await headers()).get(ADMIN_PATH_HEADER) ?? '/admin';
  // A timed-out session gets the sign-in page's 会话已过期 message, and comes back here afterwards.
  redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}${signIn.expired ? '&expired=1' : ''}`);
}

export const PASSWORD_PAGE = '/admin/password';
export const TWO_FACTOR_PAGE = '/admin/two-factor';
