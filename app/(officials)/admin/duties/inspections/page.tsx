// 督导检查: inspections made by or concerning the official's region, and the form for the city or a county.
import type { Metadata } from 'next';
import Link from 'next/link';
import { dateLabel } from '@/components/notice-list';
import { requireOfficial } from '@/lib/auth/session';
import { inspectableRegions, listInspections } from '@/lib/data/officials/duties';
import { roleMay } from '@/lib/domain/permissions';
import { chinaDateString } from '@/lib/domain/time';
import { zhAdminDuties } from '@/lib/i18n/zh-admin-duties';
import { ScrollTable } from '@/components/ui/table';
import { InspectionForm } from '../_components/inspection-forms';

const t = zhAdminDuties.inspections;

export const metadata: Metadata = { title: t.title };

export default async function InspectionsPage() {
  const official = await requireOfficial('/admin/duties/inspections');
  const now = new Date();
  const rows = await listInspections(official, now);
  const regions = await inspectableRegions(official);
  const c = t.columns;
  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <section aria-labelledby="inspection-list">
        <h2 id="inspection-list">{t.caption}</h2>
        {rows.length === 0 ? (
          <p>{t.empty}</p>
        ) : (
          <ScrollTable caption={t.caption} columns={[c.inspectedOn, c.region, c.inspector, c.findings, c.fixes, c.open]}>
            {rows.map((i) => (
              <tr key={i.id}>
                <td>{dateLabel(i.inspectedOn)}</td>
                <th scope="row" className="font-normal">
                  {i.regionName}
                </th>
                <td>{i.inspectorName}</td>
                <td>{i.findings}</td>
                <td>
                  {t.fixCount(i.fixes.filter((f) => f.state === 'fixed').length, i.fixes.length)}
                  {i.fixes.some((f) => f.state === 'overdue') ? <strong className="block text-brand">{zhAdminDuties.fixStates.overdue}</strong> : null}
                </td>
                <td>
                  <Link href={`/admin/duties/inspections/${i.id}`}>
                    {t.open}
                    <span className="sr-only">
                      {i.regionName} {dateLabel(i.inspectedOn)}
                    </span>
                  </Link>
                </td>
              </tr>
            ))}
          </ScrollTable>
        )}
      </section>
      <section aria-labelledby="new-inspection">
        <h2 id="new-inspection">{t.newTitle}</h2>
        {roleMay(official.role, 'inspection.record') && regions.length > 0 ? <InspectionForm regions={regions} today={chinaDateString(now)} /> : <p>{t.notAllowed}</p>}
      </section>
    </>
  );
}
