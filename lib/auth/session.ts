// The signed-in official of this request (next-auth session → account re-read in ./official).
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { getDb } from '@/db';
import { auth } from './index';
import { loadAccount, officialOf, type Official, type SignedInAccount } from './official';

export type { Official };

/** The signed-in account of this request, even one that must first replace its one-time password. */
export const currentAccount = cache(async (): Promise<SignedInAccount | null> => {
  const session = await auth();
  if (!session?.official?.id) return null;
  return loadAccount(await getDb(), session.official);
});

/** The official of this request, or null (also while the account still has a one-time password). */
export const currentOfficial = cache(async (): Promise<Official | null> => officialOf(await currentAccount()));

/**
 * For pages under /admin: the official, or a redirect to /login that comes back to `returnTo`, or
 * to /admin/password while the account still has a one-time password.
 */
export async function requireOfficial(returnTo = '/admin'): Promise<Official> {
  const account = await requireAccount(returnTo);
  if (account.mustChangePassword) redirect(PASSWORD_PAGE);
  return account.official;
}

/** For the admin layout and /admin/password only: any signed-in account. */
export async function requireAccount(returnTo = '/admin'): Promise<SignedInAccount> {
  const account = await currentAccount();
  if (account) return account;
  redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
}

export const PASSWORD_PAGE = '/admin/password';
