'use client';
// Any failure under the root layout: a page, or the officials' layout itself (it reads the session
// from the database), so the officials' wording is chosen by path.
import { usePathname } from 'next/navigation';
import type { ErrorInfo } from 'next/error';
import { digestOf, OutageText } from '@/components/outage-text';
import { localeOfPath } from '@/lib/i18n/locale';

export default function Error({ error, retry }: ErrorInfo) {
  const pathname = usePathname();
  const admin = /^\/admin(\/|$)/.test(pathname ?? '');
  return <OutageText admin={admin} digest={digestOf(error)} retry={retry} locale={localeOfPath(pathname)} />;
}
