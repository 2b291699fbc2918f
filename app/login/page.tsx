import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { currentAccount } from '@/lib/auth/session';
import { zhAdmin } from '@/lib/i18n/zh-admin';
import { zhAdminSession } from '@/lib/i18n/zh-admin-session';
import { LoginForm } from './login-form';
import { SessionExpired } from './session-expired';

export const metadata: Metadata = { title: zhAdmin.login.title, robots: { index: false } };

type Props = { searchParams: Promise<{ callbackUrl?: string; signedOut?: string; expired?: string }> };

export default async function LoginPage({ searchParams }: Props) {
  const { callbackUrl = '/admin', signedOut, expired } = await searchParams;
  if (await currentAccount()) redirect('/admin'); // with a one-time password, /admin sends it on to /admin/password
  return (
    <>
      {/* data-officials-page: the header's public switches hide on this page (app/globals.css). */}
      <h1 data-officials-page="">{zhAdmin.login.title}</h1>
      {signedOut ? (
        <p role="status" className="border-l-8 border-open bg-panel p-3">
          {signedOut === 'all' ? zhAdminSession.signedOutEverywhere : zhAdmin.login.signedOut}
        </p>
      ) : null}
      {expired ? <SessionExpired /> : null}
      <p>{zhAdmin.login.intro}</p>
      <LoginForm callbackUrl={callbackUrl} />
    </>
  );
}
