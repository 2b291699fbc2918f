// 总结验收: the city sees every county's report for a year, the late ones first; a county official
// sees their own county's reports year by year and opens one to fill it in.
import type { Metadata } from 'next';
import Link from 'next/link';
import { requireOfficial } from '@/lib/auth/session';
import { getSummaryOverview, type SummaryListRow, type SummaryOverview } from '@/lib/data/officials/summaries';
import { formatSummaryDueDate, isLateStatus, isSubmittedStatus } from '@/lib/domain/summary';
import { formatChinaDateTime } from '@/lib/domain/time';
import { zhAdminPlan } from '@/lib/i18n/zh-admin-plan';
import { SummaryStatusLabel } from './status-label';
import { ScrollTable } from '@/components/ui/table';

const t = zhAdminPlan.summaries;

export const metadata: Metadata = { title: t.title };

type Props = { searchParams: Promise<{ year?: string }> };

export default async function SummariesPage({ searchParams }: Props) {
  const official = await requireOfficial('/admin/summaries');
  const now = new Date();
  const { year } = await searchParams;
  // The year is only a choice of view; the data function keeps it within the programme.
  const overview = await getSummaryOverview(official, Number(year), now);
  if (!overview) {
    return (
      <>
        <h1>{t.title}</h1>
        <p>{t.noAccess}</p>
      </>
    );
  }
  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      {overview.scope === 'city' ? <CityView overview={overview} /> : <CountyView rows={overview.rows} />}
    </>
  );
}

function CityView({ overview }: { overview: SummaryOverview }) {
  const late = overview.rows.filter((r) => isLateStatus(r.status)).length;
  return (
    <>
      <form method="get" action="/admin/summaries" className="my-4 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="field-year" className="block font-bold">
            {t.yearLabel}
          </label>
          <select id="field-year" name="year" defaultValue={overview.year} className="mt-1 border-2 border-ink bg-white px-2 py-1">
            {overview.years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="border-2 border-ink px-4 py-1 font-bold">
          {t.show}
        </button>
      </form>
      <h2>{t.cityTitle(overview.year)}</h2>
      <p>{t.due(formatSummaryDueDate(overview.year))}</p>
      <p className={late > 0 ? 'font-bold' : undefined}>{t.lateCount(late, overview.year)}</p>
      <SummaryTable caption={t.cityCaption(overview.year)} rows={overview.rows} first="county" />
    </>
  );
}

function CountyView({ rows }: { rows: SummaryListRow[] }) {
  const county = rows[0]?.countyName ?? '';
  return <SummaryTable caption={t.countyCaption(county)} rows={rows} first="year" />;
}

function SummaryTable({ caption, rows, first }: { caption: string; rows: SummaryListRow[]; first: 'county' | 'year' }) {
  const c = t.columns;
  return (
    <ScrollTable caption={caption} showCaption columns={[first === 'county' ? c.county : c.year, c.status, first === 'year' && c.dueDate, c.submittedAt, c.action]}>
      {rows.map((row) => {
        const label = first === 'county' ? row.countyName : t.yearRow(row.year);
        const editable = !isSubmittedStatus(row.status) && first === 'year';
        return (
          <tr key={`${row.countyCode}-${row.year}`}>
            <th scope="row">{label}</th>
            <td>
              <SummaryStatusLabel status={row.status} hasDraft={row.hasDraft} />
            </td>
            {first === 'year' ? <td>{formatSummaryDueDate(row.year)}</td> : null}
            <td>{row.submittedAt ? formatChinaDateTime(row.submittedAt) : t.notSubmitted}</td>
            <td>
              <Link href={`/admin/summaries/${row.countyCode}/${row.year}`}>{editable ? t.fill(label) : t.open(label)}</Link>
            </td>
          </tr>
        );
      })}
    </ScrollTable>
  );
}
