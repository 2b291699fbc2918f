// 工作档案: choose the township or county whose work file to open.
import type { Metadata } from 'next';
import Link from 'next/link';
import { requireOfficial } from '@/lib/auth/session';
import { workFileRegions } from '@/lib/data/officials/duties';
import { zhAdminDuties } from '@/lib/i18n/zh-admin-duties';

const t = zhAdminDuties.workFile;

export const metadata: Metadata = { title: t.pickTitle };

export default async function WorkFilePickPage() {
  const official = await requireOfficial('/admin/duties/work-file');
  const regions = await workFileRegions(official);
  return (
    <>
      <h1>{t.pickTitle}</h1>
      <p>{t.intro}</p>
      {regions.length === 0 ? (
        <p>{t.notAllowed}</p>
      ) : (
        <>
          <p>{t.pickIntro}</p>
          <ul className="columns-2 sm:columns-3">
            {regions.map((r) => (
              <li key={r.code} className={r.level === 'county' ? 'font-bold' : undefined}>
                <Link href={`/admin/duties/work-file/${r.code}`}>{r.name}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
