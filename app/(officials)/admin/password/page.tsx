// 修改密码: any signed-in official, and the only page an account with a one-time password may use.
import type { Metadata } from 'next';
import Link from 'next/link';
import { requireAccount, PASSWORD_PAGE } from '@/lib/auth/session';
import { zhAdminPassword } from '@/lib/i18n/zh-admin-password';
import { ChangePasswordForm } from './password-form';
import { SignOutEverywhere } from './sign-out-everywhere';
import { DoneMessage } from '@/components/ui/done-message';

const t = zhAdminPassword;

export const metadata: Metadata = { title: t.pageTitle };

export default async function ChangePasswordPage({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  const account = await requireAccount(PASSWORD_PAGE);
  const done = (await searchParams).done === '1' && !account.mustChangePassword;
  return (
    <>
      <h1>{t.title}</h1>
      {done ? (
        <>
          <DoneMessage message={t.done} />
          <p>
            <Link href="/admin" prefetch={false}>
              {t.toDashboard}
            </Link>
          </p>
        </>
      ) : (
        <>
          <p className={account.mustChangePassword ? 'border-l-8 border-brand bg-panel p-3 font-bold' : undefined}>
            {account.mustChangePassword ? t.oneTime : t.intro}
          </p>
          <ChangePasswordForm />
        </>
      )}
      <SignOutEverywhere />
    </>
  );
}
