import type { Metadata } from 'next';
import Link from 'next/link';
import { firstHouseholdList } from '@/lib/actions/household-search';
import { requireOfficial } from '@/lib/auth/session';
import { listVillages } from '@/lib/data/officials/households';
import { roleMay } from '@/lib/domain/permissions';
import { zhAdmin } from '@/lib/i18n/zh-admin';
import { zhAdminHouseholds } from '@/lib/i18n/zh-admin-households';
import { HouseholdSearch } from './_components/household-search';

const t = zhAdminHouseholds;

export const metadata: Metadata = { title: t.list.title };

// No searchParams: a search is posted (see HouseholdSearch), so an ID number never sits in a URL.
export default async function HouseholdsPage() {
  const official = await requireOfficial('/admin/households');
  if (!roleMay(official.role, 'household.view')) {
    return (
      <>
        <h1>{t.list.title}</h1>
        <p>{zhAdmin.errors.role}</p>
      </>
    );
  }
  const [villages, first] = await Promise.all([listVillages(official), firstHouseholdList(official)]);
  return (
    <>
      <h1>{t.list.title}</h1>
      <p>{t.list.intro(official.regionName)}</p>
      {roleMay(official.role, 'household.register') ? (
        <p>
          <Link href="/admin/households/new" className="inline-block border-2 border-open bg-open px-4 py-1 font-bold text-white no-underline">
            {t.register.link}
          </Link>
        </p>
      ) : null}
      <HouseholdSearch first={first} villages={villages} />
    </>
  );
}
