import type { Metadata } from 'next';
import Link from 'next/link';
import { requireOfficial } from '@/lib/auth/session';
import { isHouseholdStatus, listHouseholds, listVillages, type HouseholdFilters, type HouseholdListRow } from '@/lib/data/officials/households';
import { roleMay } from '@/lib/domain/permissions';
import { zhAdmin } from '@/lib/i18n/zh-admin';
import { zhAdminHouseholds } from '@/lib/i18n/zh-admin-households';
import { HouseholdSearch } from './_components/household-search';

const t = zhAdminHouseholds;

export const metadata: Metadata = { title: t.list.title };

type Props = { searchParams: Promise<{ q?: string | string[]; village?: string | string[]; status?: string | string[] }> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() ?? '';

/** The search as the URL gives it; anything malformed is dropped rather than trusted. */
function filtersOf(params: Awaited<Props['searchParams']>): HouseholdFilters {
  const q = first(params.q).slice(0, 50);
  const village = first(params.village);
  const status = first(params.status);
  return {
    q: q || undefined,
    villageCode: /^\d{12}$/.test(village) ? village : undefined,
    status: isHouseholdStatus(status) ? status : undefined,
  };
}

export default async function HouseholdsPage({ searchParams }: Props) {
  const official = await requireOfficial('/admin/households');
  if (!roleMay(official.role, 'household.view')) {
    return (
      <>
        <h1>{t.list.title}</h1>
        <p>{zhAdmin.errors.role}</p>
      </>
    );
  }
  const filters = filtersOf(await searchParams);
  const searching = Boolean(filters.q || filters.villageCode || filters.status);
  const [villages, { rows, total }] = await Promise.all([listVillages(official), listHouseholds(official, filters)]);
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
      <HouseholdSearch filters={filters} villages={villages} />
      <section aria-labelledby="results-heading">
        <h2 id="results-heading">{t.list.caption(total)}</h2>
        {rows.length === 0 ? (
          <p>{searching ? t.list.none : t.list.noneAtAll}</p>
        ) : (
          <>
            <p role="status">{t.list.count(rows.length, total)}</p>
            <HouseholdTable rows={rows} total={total} />
          </>
        )}
      </section>
    </>
  );
}

function HouseholdTable({ rows, total }: { rows: HouseholdListRow[]; total: number }) {
  const c = t.list.columns;
  return (
    <div className="scroll-table" role="region" aria-labelledby="results-heading" tabIndex={0}>
      <table className="min-w-[32rem]">
        <caption className="sr-only">{t.list.caption(total)}</caption>
        <thead>
          <tr>
            <th scope="col">{c.name}</th>
            <th scope="col">{c.village}</th>
            <th scope="col">{c.group}</th>
            <th scope="col" className="num">
              {c.year}
            </th>
            <th scope="col">{c.status}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row" className="font-normal">
                <Link href={`/admin/households/${r.id}`}>{r.fullName}</Link>
              </th>
              <td>{r.villageName}</td>
              <td>{r.villageGroup ?? t.list.noGroup}</td>
              <td className="num">{r.year}</td>
              <td>{t.statuses[r.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
