// 汇总名册: the filed households of a county or township in the official's region, with downloads.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ApprovalRosterDownload } from '@/components/admin/approval-roster-download';
import { ApprovalRosterTable } from '@/components/admin/approval-roster-table';
import { SelectField, SubmitButton } from '@/components/ui/form';
import { initialFormState } from '@/lib/actions/form-state';
import { requireOfficial } from '@/lib/auth/session';
import { listRoster, rosterRegions } from '@/lib/data/officials/roster';
import { roleMay } from '@/lib/domain/permissions';
import { chinaDateString } from '@/lib/domain/time';
import { zhAdminApprovals } from '@/lib/i18n/zh-admin-approvals';

const t = zhAdminApprovals.roster;

export const metadata: Metadata = { title: t.title };

type Props = { searchParams: Promise<{ region?: string | string[] }> };

export default async function RosterPage({ searchParams }: Props) {
  const official = await requireOfficial('/admin/roster');
  if (!roleMay(official.role, 'roster.export')) {
    return (
      <>
        <h1>{t.title}</h1>
        <p>{t.notAllowed}</p>
      </>
    );
  }
  const raw = (await searchParams).region;
  const code = (Array.isArray(raw) ? raw[0] : raw)?.trim() || official.regionCode;
  const [regions, roster] = await Promise.all([rosterRegions(official), listRoster(official, code)]);
  if (!roster.ok && roster.status === 404) notFound();
  const options = regions.map((r) => [r.code, r.name] as const);
  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      {options.length > 1 ? (
        <form method="get" action="/admin/roster" className="no-print flex flex-wrap items-end gap-4">
          <SelectField name="region" label={t.regionLabel} hint={t.regionHint} state={initialFormState} options={options} defaultValue={code} />
          <div className="my-4">
            <SubmitButton>{t.show}</SubmitButton>
          </div>
        </form>
      ) : null}

      {!roster.ok ? (
        <p className="border-l-8 border-brand bg-panel p-3 font-bold">{roster.message}</p>
      ) : (
        <>
          <section aria-labelledby="download-heading" className="no-print">
            <h2 id="download-heading">{t.downloadTitle}</h2>
            <p>{t.downloadNote}</p>
            <ApprovalRosterDownload
              region={roster.region.code}
              formats={(['xlsx', 'csv'] as const).map((format) => ({
                format,
                label: format === 'xlsx' ? t.downloadXlsx : t.downloadCsv,
                fallbackName: `${t.fileName(roster.region.name, chinaDateString(new Date()))}.${format}`,
              }))}
            />
          </section>
          <section aria-labelledby="roster-heading">
            <h2 id="roster-heading">{t.caption(roster.region.name, roster.rows.length)}</h2>
            {roster.rows.length === 0 ? (
              <p>{t.none(roster.region.name)}</p>
            ) : (
              <ApprovalRosterTable rows={roster.rows} caption={t.caption(roster.region.name, roster.rows.length)} labelledBy="roster-heading" />
            )}
          </section>
        </>
      )}
    </>
  );
}
