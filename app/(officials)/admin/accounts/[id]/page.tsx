// One account (账号): what it is now, the form to change its display name, role and region, and links
// to reset its password or to disable or enable it (each on its own page: one thing per page).
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireOfficial } from '@/lib/auth/session';
import { getAccount, listRegionChoices } from '@/lib/data/officials/accounts';
import { zhAdmin } from '@/lib/i18n/zh-admin';
import { zhAdminAccounts } from '@/lib/i18n/zh-admin-accounts';
import { zhAdminTwoFactor } from '@/lib/i18n/zh-admin-two-factor';
import { AccountSummary } from '../_components/account-summary';
import { regionOptions, roleOptions } from '../_components/options';
import { parseRowId } from '@/lib/route-params';
import { doneMessage, type SearchParams } from '../route-params';
import { EditForm } from './edit-form';
import { DoneMessage } from '@/components/ui/done-message';

const t = zhAdminAccounts;

export const metadata: Metadata = { title: t.detail.pageTitle };

type Props = { params: Promise<{ id: string }>; searchParams: SearchParams };

export default async function AccountPage({ params, searchParams }: Props) {
  const id = parseRowId((await params).id) ?? 0;
  const official = await requireOfficial(`/admin/accounts/${id || ''}`);
  const account = await getAccount(official, id);
  if (!account) notFound();
  const done = doneMessage((await searchParams).done);
  const self = account.id === official.id;
  const regions = await listRegionChoices(official);

  return (
    <>
      <p>
        <Link href="/admin/accounts">{t.detail.back}</Link>
      </p>
      <DoneMessage message={done} />
      <h1>{t.detail.title(account.username)}</h1>
      {self ? <p className="font-bold">{t.detail.self}</p> : null}

      <section aria-labelledby="summary-heading">
        <h2 id="summary-heading">{t.detail.summaryTitle}</h2>
        <AccountSummary account={account} />
      </section>

      <section aria-labelledby="edit-heading">
        <h2 id="edit-heading">{t.detail.editTitle}</h2>
        <p>{t.detail.editIntro}</p>
        {/* Remounts after a save, so the form shows the stored values and no old messages. */}
        <EditForm
          key={`${account.displayName}|${account.role}|${account.regionCode}`}
          id={account.id}
          defaults={{ displayName: account.displayName, role: account.role, regionCode: account.regionCode }}
          roles={roleOptions}
          regions={regionOptions(regions)}
          self={self ? { roleLabel: zhAdmin.roles[account.role] } : null}
        />
      </section>

      <section aria-labelledby="other-heading">
        <h2 id="other-heading">{t.detail.otherActions}</h2>
        <ul className="list-disc pl-6">
          <li>
            <Link href={`/admin/accounts/${account.id}/password`}>{t.detail.resetPassword}</Link>
          </li>
          {self ? null : (
            <li>
              <Link href={`/admin/accounts/${account.id}/two-factor`}>{zhAdminTwoFactor.reset.title}</Link>
            </li>
          )}
          <li>
            {self ? (
              t.toggle.selfNote
            ) : (
              <Link href={`/admin/accounts/${account.id}/status`}>{account.active ? t.detail.disable : t.detail.enable}</Link>
            )}
          </li>
        </ul>
      </section>
    </>
  );
}
