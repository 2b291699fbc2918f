// 重置密码 of one account. The action checks the role and the region again.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireOfficial } from '@/lib/auth/session';
import { getAccount } from '@/lib/data/officials/accounts';
import { zhAdminAccounts } from '@/lib/i18n/zh-admin-accounts';
import { AccountSummary } from '../../_components/account-summary';
import { parseRowId } from '@/lib/route-params';
import { PasswordForm } from './password-form';

const t = zhAdminAccounts;

export const metadata: Metadata = { title: t.password.pageTitle };

export default async function ResetPasswordPage({ params }: { params: Promise<{ id: string }> }) {
  const id = parseRowId((await params).id) ?? 0;
  const official = await requireOfficial(`/admin/accounts/${id || ''}/password`);
  const account = await getAccount(official, id);
  if (!account) notFound();
  return (
    <>
      <p>
        <Link href={`/admin/accounts/${account.id}`}>{t.toggle.cancel}</Link>
      </p>
      <h1>{t.password.title(account.username)}</h1>
      <AccountSummary account={account} />
      <p>{t.password.intro}</p>
      {/* One's own password is changed at /admin/password, giving the current one: the action refuses a self-reset. */}
      {account.id === official.id ? (
        <p className="font-bold">
          {t.password.selfNote} <Link href="/admin/password">{t.password.selfLink}</Link>
        </p>
      ) : (
        <PasswordForm id={account.id} />
      )}
    </>
  );
}
