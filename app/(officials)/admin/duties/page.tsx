// 履职记录: the duties of the source besides the help measures, one link each to its own page.
import type { Metadata } from 'next';
import Link from 'next/link';
import { requireOfficial } from '@/lib/auth/session';
import { roleMay } from '@/lib/domain/permissions';
import { zhAdminDuties } from '@/lib/i18n/zh-admin-duties';

const t = zhAdminDuties.hub;

export const metadata: Metadata = { title: t.title };

export default async function DutiesPage() {
  const official = await requireOfficial('/admin/duties');
  const items = [
    { href: '/admin/duties/trainings', label: t.trainings, hint: t.trainingsHint, show: roleMay(official.role, 'household.view') },
    { href: '/admin/duties/party', label: t.party, hint: t.partyHint, show: roleMay(official.role, 'household.view') },
    { href: '/admin/duties/meetings', label: t.meetings, hint: t.meetingsHint, show: roleMay(official.role, 'dashboard.view') },
    { href: '/admin/duties/inspections', label: t.inspections, hint: t.inspectionsHint, show: roleMay(official.role, 'dashboard.view') },
    { href: '/admin/duties/work-file', label: t.workFile, hint: t.workFileHint, show: roleMay(official.role, 'workfile.view') },
  ].filter((i) => i.show);
  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <ul className="space-y-3">
        {items.map((i) => (
          <li key={i.href}>
            <Link href={i.href} className="font-bold">
              {i.label}
            </Link>
            <p className="my-0 text-base text-muted">{i.hint}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
