// 应列未列: the reports in the official's region, unscreened first. Who should be listed is on each
// report's own page (an audited read), not in this list.
import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumb } from '@/components/breadcrumb';
import { requireOfficial } from '@/lib/auth/session';
import { listLeftOut } from '@/lib/data/officials/participation';
import { formatChinaDate } from '@/lib/domain';
import { roleMay } from '@/lib/domain/permissions';
import { zhAdmin } from '@/lib/i18n/zh-admin';
import { zhLeftOut } from '@/lib/i18n/zh-left-out';
import { ScrollTable } from '@/components/ui/table';

const t = zhLeftOut;

export const metadata: Metadata = { title: t.adminTitle };

export default async function LeftOutListPage() {
  const official = await requireOfficial('/admin/left-out');
  const reports = await listLeftOut(official);
  return (
    <>
      <Breadcrumb trail={[{ href: '/admin', label: zhAdmin.nav.dashboard }]} current={t.adminTitle} />
      <h1 id="left-out-heading">{t.adminTitle}</h1>
      {reports === null ? (
        <p>{zhAdmin.errors.role}</p>
      ) : (
        <>
          <p>{t.adminIntro}</p>
          {roleMay(official.role, 'leftout.record') ? (
            <p>
              <Link href="/admin/left-out/new">{t.adminNew}</Link>
            </p>
          ) : null}
          {reports.length === 0 ? (
            <p>{t.adminNone}</p>
          ) : (
            <ScrollTable caption={t.adminCaption} labelledBy="left-out-heading" className="min-w-[36rem]" columns={[t.adminColumns.reference, t.adminColumns.village, t.adminColumns.received, t.adminColumns.status]}>
              {reports.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link href={`/admin/left-out/${r.id}`} className="font-mono">
                      {r.reference}
                    </Link>
                  </td>
                  <td>{r.villageName}</td>
                  <td>{formatChinaDate(r.receivedAt)}</td>
                  <td className={r.status === 'received' ? 'font-bold' : undefined}>{t.statuses[r.status]}</td>
                </tr>
              ))}
            </ScrollTable>
          )}
        </>
      )}
    </>
  );
}
