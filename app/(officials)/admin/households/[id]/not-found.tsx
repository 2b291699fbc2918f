import Link from 'next/link';
import { zhAdminHouseholds } from '@/lib/i18n/zh-admin-households';

// Also what an official sees for a household outside their region: the same words, so the page
// does not tell whether it exists.
export default function HouseholdNotFound() {
  const t = zhAdminHouseholds.detail;
  return (
    <>
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFoundBody}</p>
      <p>
        <Link href="/admin/households">{t.back}</Link>
      </p>
    </>
  );
}
