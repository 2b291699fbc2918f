// One inspection: its findings and required fixes; the inspector adds fixes, the inspected county (or
// the inspector) records a fix done, one fix at a time (`?resolve=<fixId>`).
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { dateLabel } from '@/components/notice-list';
import { requireOfficial } from '@/lib/auth/session';
import { getInspection } from '@/lib/data/officials/duties';
import { can } from '@/lib/domain/permissions';
import { chinaDateString } from '@/lib/domain/time';
import { zhAdminDuties } from '@/lib/i18n/zh-admin-duties';
import { SavedMessage } from '../../_components/duty-table';
import { FixTable } from '../../_components/fix-table';
import { AddFixForm, ResolveFixForm } from '../../_components/inspection-forms';
import { parseRowId } from '@/lib/route-params';
import { DetailList } from '@/components/ui/figure-tiles';

const t = zhAdminDuties.inspections;

export const metadata: Metadata = { title: t.title };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string | string[]; resolve?: string | string[] }> };

export default async function InspectionPage({ params, searchParams }: Props) {
  const id = parseRowId((await params).id);
  const official = await requireOfficial(`/admin/duties/inspections/${id ?? ''}`);
  const { saved, resolve } = await searchParams;
  const now = new Date();
  const inspection = id === null ? null : await getInspection(official, id, now);
  if (!inspection) notFound();
  const mayAdd = can(official, 'inspection.record', inspection.inspectorRegionCode);
  const mayResolve = can(official, 'inspection.record', inspection.regionCode);
  const resolving = mayResolve ? inspection.fixes.find((f) => f.id === parseRowId(resolve) && f.state !== 'fixed') : undefined;
  return (
    <>
      <h1>{t.detailTitle(inspection.regionName, dateLabel(inspection.inspectedOn))}</h1>
      <SavedMessage saved={saved} messages={zhAdminDuties.success} />
      <DetailList
        rows={[
          [t.columns.inspector, inspection.inspectorName],
          [t.columns.findings, inspection.findings, { className: 'whitespace-pre-line' }],
        ]}
      />
      <section aria-labelledby="fixes-heading">
        <h2 id="fixes-heading">{t.fixesHeading}</h2>
        {inspection.fixes.length === 0 ? (
          <p>{t.noFixes}</p>
        ) : (
          <FixTable fixes={inspection.fixes} resolveHref={mayResolve ? (fixId) => `/admin/duties/inspections/${inspection.id}?resolve=${fixId}#resolve-heading` : undefined} />
        )}
      </section>
      {resolving ? (
        <section aria-labelledby="resolve-heading">
          <h2 id="resolve-heading">
            {t.resolve}：{resolving.requirement}
          </h2>
          <ResolveFixForm fixId={resolving.id} today={chinaDateString(now)} />
        </section>
      ) : null}
      {mayAdd ? (
        <section aria-labelledby="add-fix-heading">
          <h2 id="add-fix-heading">{t.addFix}</h2>
          <AddFixForm inspectionId={inspection.id} />
        </section>
      ) : null}
      <p>
        <Link href="/admin/duties/inspections">{t.back}</Link>
      </p>
    </>
  );
}
