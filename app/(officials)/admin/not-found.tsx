// notFound() in an officials' page without a not-found of its own.
import Link from 'next/link';
import { zhOutage } from '@/lib/i18n/zh-outage';

export default function AdminNotFound() {
  const t = zhOutage.admin;
  return (
    <>
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFoundBody}</p>
      <p>
        <Link href="/admin">{t.back}</Link>
      </p>
    </>
  );
}
