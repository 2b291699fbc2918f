// An official records a left-out report (应列未列) brought in person or by phone.
import type { Metadata } from 'next';
import { Breadcrumb } from '@/components/breadcrumb';
import { requireOfficial } from '@/lib/auth/session';
import { villagesFor } from '@/lib/data/officials/notices';
import { zhAdmin } from '@/lib/i18n/zh-admin';
import { zhLeftOut } from '@/lib/i18n/zh-left-out';
import { RecordLeftOutForm } from './record-form';

const t = zhLeftOut;

export const metadata: Metadata = { title: t.recordTitle };

export default async function RecordLeftOutPage() {
  const official = await requireOfficial('/admin/left-out/new');
  const villages = await villagesFor(official, 'leftout.record');
  return (
    <>
      <Breadcrumb
        trail={[
          { href: '/admin', label: zhAdmin.nav.dashboard },
          { href: '/admin/left-out', label: t.adminTitle },
        ]}
        current={t.recordTitle}
      />
      <h1>{t.recordTitle}</h1>
      {villages.length === 0 ? (
        <p>{zhAdmin.errors.role}</p>
      ) : (
        <>
          <p>{t.formIntro}</p>
          <RecordLeftOutForm villages={villages.map((v) => [v.code, v.name] as const)} />
        </>
      )}
    </>
  );
}
