import Link from 'next/link';
import { zhAdminAccounts } from '@/lib/i18n/zh-admin-accounts';

// Also what an administrator sees for an account outside their region: the same words, so the page
// does not tell whether it exists.
export default function AccountNotFound() {
  const t = zhAdminAccounts.detail;
  return (
    <>
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFoundBody}</p>
      <p>
        <Link href="/admin/accounts">{t.back}</Link>
      </p>
    </>
  );
}
