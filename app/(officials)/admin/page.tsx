import { requireOfficial } from '@/lib/auth/session';
import { zhAdmin } from '@/lib/i18n/zh-admin';

export default async function DashboardPage() {
  const official = await requireOfficial('/admin');
  return (
    <>
      <h1>{zhAdmin.nav.dashboard}</h1>
      <p>{official.regionName}</p>
    </>
  );
}
