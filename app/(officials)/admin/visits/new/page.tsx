// 记录回访 for the household named by `?household=`. The action checks the role, the region and the
// filing again; this page only decides what to show.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireOfficial } from '@/lib/auth/session';
import { getHouseholdHeader } from '@/lib/data/officials/help';
import { can } from '@/lib/domain/permissions';
import { chinaDateString } from '@/lib/domain/time';
import { zhAdminHelp } from '@/lib/i18n/zh-admin-help';
import { HouseholdHeading } from '../../help/_components/household-heading';
import { VisitForm } from './visit-form';
import { parseRowId } from '@/lib/route-params';

const t = zhAdminHelp;

export const metadata: Metadata = { title: t.visits.newTitle };

type Props = { searchParams: Promise<{ household?: string | string[] }> };

export default async function NewVisitPage({ searchParams }: Props) {
  const id = parseRowId((await searchParams).household);
  const official = await requireOfficial(`/admin/visits/new${id ? `?household=${id}` : ''}`);
  if (id === null) {
    return (
      <>
        <h1>{t.visits.newTitle}</h1>
        <p>{t.visits.chooseHousehold}</p>
        <p>
          <Link href="/admin/visits">{t.visits.title}</Link>
        </p>
      </>
    );
  }
  const household = await getHouseholdHeader(official, id);
  if (!household) notFound();
  const back = { href: `/admin/help/${household.id}`, label: t.measures.back };
  let body: React.ReactNode;
  if (!household.filedAt) body = <p>{t.errors.notFiled}</p>;
  else if (!can(official, 'visit.record', household.villageCode)) body = <p>{t.visits.notAllowed}</p>;
  else body = <VisitForm householdId={household.id} today={chinaDateString(new Date())} />;
  return (
    <>
      <HouseholdHeading household={household} title={t.visits.newTitle} back={back} />
      <p>{t.visits.newIntro(household.fullName)}</p>
      {body}
    </>
  );
}
