// 账号管理: every account in the administrator's region. Read through lib/data, which checks
// 'account.manage' itself.
import type { Metadata } from 'next';
import Link from 'next/link';
import { requireOfficial } from '@/lib/auth/session';
import { listAccounts } from '@/lib/data/officials/accounts';
import { zhAdmin } from '@/lib/i18n/zh-admin';
import { zhAdminAccounts } from '@/lib/i18n/zh-admin-accounts';
import { ScrollTable } from '@/components/ui/table';

const t = zhAdminAccounts;
const c = t.list.columns;

export const metadata: Metadata = { title: t.list.title };

export default async function AccountsPage() {
  const official = await requireOfficial('/admin/accounts');
  const accounts = await listAccounts(official);
  if (accounts === null) {
    return (
      <>
        <h1>{t.list.title}</h1>
        <p>{t.list.noAccess}</p>
      </>
    );
  }
  return (
    <>
      <h1>{t.list.title}</h1>
      <p>{t.list.intro(official.regionName)}</p>
      <p>
        <Link href="/admin/accounts/new" className="inline-block border-2 border-open bg-open px-4 py-2 font-bold text-white no-underline">
          {t.list.create}
        </Link>
      </p>
      {accounts.length === 0 ? (
        <p>{t.list.none}</p>
      ) : (
        <ScrollTable caption={t.list.caption(accounts.length)} showCaption columns={[c.username, c.displayName, c.role, c.region, c.status]}>
          {accounts.map((a) => (
            <tr key={a.id}>
              <th scope="row" className="font-normal">
                <Link href={`/admin/accounts/${a.id}`}>{a.username}</Link>
              </th>
              <td>{a.displayName}</td>
              <td>{zhAdmin.roles[a.role]}</td>
              <td>{t.list.regionCell(a.regionName, a.regionCode)}</td>
              {/* A word, not a colour: the status reads the same without colour. */}
              <td className={a.active ? undefined : 'font-bold'}>{a.active ? t.status.active : t.status.disabled}</td>
            </tr>
          ))}
        </ScrollTable>
      )}
    </>
  );
}
