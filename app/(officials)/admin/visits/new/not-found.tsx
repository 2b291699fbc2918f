import Link from 'next/link';
import { zhAdminHelp } from '@/lib/i18n/zh-admin-help';

// Also what an official sees for a household outside their region: the same words, so the page does
// not tell whether it exists.
export default function HelpNotFound() {
  const t = zhAdminHelp;
  return (
    <>
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFoundBody}</p>
      <p>
        <Link href="/admin/help">{t.record.back}</Link>
      </p>
    </>
  );
}
