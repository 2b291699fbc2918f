// 重置双因素认证 of one account, after saying what it does. Not one's own: the page says so, and the
// action refuses it anyway.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireOfficial } from '@/lib/auth/session';
import { getAccount } from '@/lib/data/officials/accounts';
import { zhAdminAccounts } from '@/lib/i18n/zh-admin-accounts';
import { zhAdminTwoFactor } from '@/lib/i18n/zh-admin-two-factor';
import { AccountSummary } from '../../_components/account-summary';
import { parseRowId } from '@/lib/route-params';
import { ResetSecondFactorForm } from './reset-form';

const t = zhAdminTwoFactor.reset;

export const metadata: Metadata = { title: t.title };

export default async function ResetSecondFactorPage({ params }: { params: Promise<{ id: string }> }) {
  const id = parseRowId((await params).id) ?? 0;
  const official = await requireOfficial(`/admin/accounts/${id || ''}/two-factor`);
  const account = await getAccount(official, id);
  if (!account) notFound();
  return (
    <>
      <p>
        <Link href={`/admin/accounts/${account.id}`}>{zhAdminAccounts.toggle.cancel}</Link>
      </p>
      <h1>
        {t.title}：{account.username}
      </h1>
      <AccountSummary account={account} />
      {account.id === official.id ? (
        <p className="font-bold">{t.ownRefused}</p>
      ) : (
        <>
          <p>{t.intro}</p>
          <ResetSecondFactorForm id={account.id} />
        </>
      )}
    </>
  );
}
