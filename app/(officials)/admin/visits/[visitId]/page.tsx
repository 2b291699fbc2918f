// 修改回访记录: corrects one recorded visit (a wrong date, a typo). The action checks the role, the
// region and the filing again; this page only decides what to show.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { dateLabel } from '@/components/notice-list';
import { requireOfficial } from '@/lib/auth/session';
import { getHouseholdHeader } from '@/lib/data/officials/help';
import { getVisit } from '@/lib/data/officials/visits';
import { can } from '@/lib/domain/permissions';
import { chinaDateString } from '@/lib/domain/time';
import { zhAdminHelp } from '@/lib/i18n/zh-admin-help';
import { HouseholdHeading } from '../../help/_components/household-heading';
import { VisitForm } from '../new/visit-form';

const t = zhAdminHelp;

export const metadata: Metadata = { title: t.visits.editTitle };

type Props = { params: Promise<{ visitId: string }> };

export default async function EditVisitPage({ params }: Props) {
  const raw = (await params).visitId;
  const official = await requireOfficial(`/admin/visits/${encodeURIComponent(raw)}`);
  const visit = /^\d{1,10}$/.test(raw) ? await getVisit(official, Number(raw)) : null;
  const household = visit ? await getHouseholdHeader(official, visit.householdId) : null;
  if (!visit || !household) notFound();
  const back = { href: `/admin/help/${household.id}`, label: t.measures.back };
  const body = can(official, 'visit.record', household.villageCode) ? (
    <VisitForm householdId={household.id} today={chinaDateString(new Date())} editing={visit} />
  ) : (
    <p>{t.visits.notAllowed}</p>
  );
  return (
    <>
      <HouseholdHeading household={household} title={t.visits.editTitle} back={back} />
      <p>{t.visits.editIntro(household.fullName, dateLabel(visit.visitedOn))}</p>
      {body}
      <p className="no-print mt-6">
        <Link href={back.href}>{back.label}</Link>
      </p>
    </>
  );
}
