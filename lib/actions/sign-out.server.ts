'use server';
// Server Actions of 退出登录 (every admin page's header) and 退出所有设备 (/admin/password): the session
// comes from the cookie, the address from the trusted proxy only (lib/auth/client-address.ts).
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDb } from '@/db';
import { auth, signOut } from '@/lib/auth';
import { requestAddress } from '@/lib/auth/client-address';
import { currentAccount } from '@/lib/auth/session';
import { signOutEverywhere, signOutSession } from './sign-out';

export async function logout(): Promise<void> {
  const claim = (await auth())?.official;
  if (claim?.sessionId) await signOutSession(await getDb(), claim.sessionId, requestAddress(await headers()), new Date());
  await signOut({ redirectTo: '/login?signedOut=1' });
}

export async function logoutEverywhere(): Promise<void> {
  const account = await currentAccount();
  if (!account) redirect('/login');
  await signOutEverywhere(await getDb(), account.official.id, requestAddress(await headers()), new Date());
  await signOut({ redirectTo: '/login?signedOut=all' });
}
