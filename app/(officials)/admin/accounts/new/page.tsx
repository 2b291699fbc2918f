// 新建账号. Only the system administrator sees the form; the action checks the role and the region
// again, whatever this page showed.
import type { Metadata } from 'next';
import Link from 'next/link';
import { requireOfficial } from '@/lib/auth/session';
import { listRegionChoices } from '@/lib/data/officials/accounts';
import { roleMay } from '@/lib/domain/permissions';
import { zhAdminAccounts } from '@/lib/i18n/zh-admin-accounts';
import { regionOptions, roleOptions } from '../_components/options';
import { CreateForm } from './create-form';

const t = zhAdminAccounts;

export const metadata: Metadata = { title: t.create.title };

export default async function NewAccountPage() {
  const official = await requireOfficial('/admin/accounts/new');
  if (!roleMay(official.role, 'account.manage')) {
    return (
      <>
        <h1>{t.create.title}</h1>
        <p>{t.list.noAccess}</p>
      </>
    );
  }
  const regions = await listRegionChoices(official);
  return (
    <>
      <p>
        <Link href="/admin/accounts">{t.create.back}</Link>
      </p>
      <h1>{t.create.title}</h1>
      <p>{t.create.intro}</p>
      <CreateForm roles={roleOptions} regions={regionOptions(regions)} />
    </>
  );
}
