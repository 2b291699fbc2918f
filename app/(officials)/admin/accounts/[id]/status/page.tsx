// Disable (停用) or enable (启用) one account, after saying what it does. The administrator's own
// account cannot be disabled: the page says so, and the action refuses it anyway.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireOfficial } from '@/lib/auth/session';
import { getAccount } from '@/lib/data/officials/accounts';
import { zhAdminAccounts } from '@/lib/i18n/zh-admin-accounts';
import { AccountSummary } from '../../_components/account-summary';
import { parseRowId } from '@/lib/route-params';
import { StatusForm } from './status-form';

const t = zhAdminAccounts.toggle;

export const metadata: Metadata = { title: t.pageTitle };

export default async function AccountStatusPage({ params }: { params: Promise<{ id: string }> }) {
  const id = parseRowId((await params).id) ?? 0;
  const official = await requireOfficial(`/admin/accounts/${id || ''}/status`);
  const account = await getAccount(official, id);
  if (!account) notFound();
  const disable = account.active;
  return (
    <>
      <p>
        <Link href={`/admin/accounts/${account.id}`}>{t.cancel}</Link>
      </p>
      <h1>{disable ? t.disableTitle(account.username) : t.enableTitle(account.username)}</h1>
      <AccountSummary account={account} />
      {account.id === official.id ? (
        <p className="font-bold">{t.selfNote}</p>
      ) : (
        <>
          <p>{disable ? t.disableIntro : t.enableIntro}</p>
          <StatusForm id={account.id} disable={disable} />
        </>
      )}
    </>
  );
}
