// What the account is now: shown at the top of the account's pages.
import type { AccountDetail } from '@/lib/data/officials/accounts';
import { formatChinaDateTime } from '@/lib/domain';
import { zhAdmin } from '@/lib/i18n/zh-admin';
import { zhAdminAccounts } from '@/lib/i18n/zh-admin-accounts';
import { DetailList, type Detail } from '@/components/ui/figure-tiles';

const t = zhAdminAccounts;

export function AccountSummary({ account }: { account: AccountDetail }) {
  const rows: Detail[] = [
    [t.fields.username, account.username],
    [t.fields.displayName, account.displayName],
    [t.fields.role, zhAdmin.roles[account.role]],
    [t.fields.regionCode, t.list.regionCell(account.regionName, account.regionCode)],
    [t.list.columns.status, account.active ? t.status.active : t.status.disabled],
    [t.detail.created, formatChinaDateTime(account.createdAt)],
  ];
  return (
    <DetailList rows={rows} />
  );
}
