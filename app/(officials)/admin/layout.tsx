import type { Metadata } from 'next';
import Link from 'next/link';
import { logout } from '@/lib/actions/auth.server';
import { requireOfficial } from '@/lib/auth/session';
import { zhAdmin } from '@/lib/i18n/zh-admin';

export const metadata: Metadata = { robots: { index: false } };

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const official = await requireOfficial();
  const t = zhAdmin.nav;
  return (
    <>
      <div className="no-print my-3 flex flex-wrap items-center justify-between gap-2 border-b-2 border-ink pb-2">
        <nav aria-label={t.label}>
          <ul className="flex flex-wrap gap-x-4 font-bold">
            <li>
              <Link href="/admin">{t.dashboard}</Link>
            </li>
            <li>
              <Link href="/admin/households">{t.households}</Link>
            </li>
            <li>
              <Link href="/admin/notices">{t.notices}</Link>
            </li>
          </ul>
        </nav>
        <div className="flex flex-wrap items-center gap-2 text-base">
          <span>{t.signedInAs(official.displayName, zhAdmin.roles[official.role], official.regionName)}</span>
          <form action={logout}>
            <button type="submit" className="border-2 border-ink px-2 font-bold">
              {t.signOut}
            </button>
          </form>
        </div>
      </div>
      {children}
    </>
  );
}
