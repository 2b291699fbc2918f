import type { Metadata } from 'next';
import Link from 'next/link';
import { SessionEnds } from '@/components/admin/session-ends';
import { logout } from '@/lib/actions/sign-out.server';
import { currentSignIn, PASSWORD_PAGE, requireAccount, TWO_FACTOR_PAGE } from '@/lib/auth/session';
import { roleMay, type Action } from '@/lib/domain/permissions';
import { zhAdmin } from '@/lib/i18n/zh-admin';
import { zhLeftOut } from '@/lib/i18n/zh-left-out';
import { zhAdminScreening } from '@/lib/i18n/zh-admin-screening';
import { zhAdminApprovals } from '@/lib/i18n/zh-admin-approvals';
import { zhAdminDuties } from '@/lib/i18n/zh-admin-duties';
import { zhAdminHelp } from '@/lib/i18n/zh-admin-help';
import { zhAdminPassword } from '@/lib/i18n/zh-admin-password';
import { zhAdminPlan } from '@/lib/i18n/zh-admin-plan';
import { zhAdminTwoFactor } from '@/lib/i18n/zh-admin-two-factor';

export const metadata: Metadata = { robots: { index: false } };

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  // Any signed-in account: one with a one-time password sees no navigation, and every page but
  // /admin/password sends it there (requireOfficial).
  const { official, mustChangePassword, mustEnrolSecondFactor } = await requireAccount();
  const signIn = await currentSignIn(); // the same check, cached for this request: when the session ends
  const t = zhAdmin.nav;
  const may = (action: Action) => !mustChangePassword && !mustEnrolSecondFactor && roleMay(official.role, action);
  // Only what this role can use: the pages themselves check again.
  const links = [
    { href: '/admin', label: t.dashboard, show: may('dashboard.view') },
    { href: '/admin/households', label: t.households, show: may('household.view') },
    { href: '/admin/notices', label: t.notices, show: may('notice.view') },
    { href: '/admin/left-out', label: zhLeftOut.adminTitle, show: may('leftout.view') },
    { href: '/admin/screening', label: zhAdminScreening.nav, show: may('household.view') },
    { href: '/admin/approvals', label: zhAdminApprovals.nav.approvals, show: may('approval.decide') },
    { href: '/admin/roster', label: zhAdminApprovals.nav.roster, show: may('roster.export') },
    { href: '/admin/help', label: zhAdminHelp.nav.help, show: may('household.view') },
    { href: '/admin/visits', label: zhAdminHelp.nav.visits, show: may('household.view') },
    { href: '/admin/incomes', label: zhAdminHelp.nav.incomes, show: may('income.record') || may('income.confirm') },
    { href: '/admin/plan', label: zhAdminPlan.nav.plan, show: may('dashboard.view') },
    { href: '/admin/summaries', label: zhAdminPlan.nav.summaries, show: may('summary.view') },
    { href: '/admin/duties', label: zhAdminDuties.nav.duties, show: may('dashboard.view') },
    { href: '/admin/accounts', label: t.accounts, show: may('account.manage') },
  ];
  return (
    <>
      {/* data-officials-page: the header's public switches hide on this page (app/globals.css). */}
      <div className="no-print my-3 flex flex-wrap items-center justify-between gap-2 border-b-2 border-ink pb-2" data-officials-page="">
        <nav aria-label={t.label}>
          <ul className="flex flex-wrap gap-x-4 font-bold">
            {links
              .filter((link) => link.show)
              .map((link) => (
                <li key={link.href}>
                  <Link href={link.href} prefetch={false}>
                    {link.label}
                  </Link>
                </li>
              ))}
          </ul>
        </nav>
        <div className="flex flex-wrap items-center gap-2 text-base">
          <span>{t.signedInAs(official.displayName, zhAdmin.roles[official.role], official.regionName)}</span>
          <Link href={PASSWORD_PAGE} prefetch={false}>
            {zhAdminPassword.link}
          </Link>
          <Link href={TWO_FACTOR_PAGE} prefetch={false}>
            {zhAdminTwoFactor.link}
          </Link>
          <form action={logout}>
            <button type="submit" className="border-2 border-ink px-2 font-bold">
              {t.signOut}
            </button>
          </form>
          {signIn.account ? <SessionEnds expires={signIn.expires} idleSeconds={signIn.idleSeconds} now={new Date()} /> : null}
        </div>
      </div>
      {children}
    </>
  );
}
