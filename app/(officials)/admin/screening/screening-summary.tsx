// The dashboard's line on screening: households screened against eligible in the official's region,
// with the link to record a refusal (issue 10 item 2).
import Link from 'next/link';
import type { Official } from '@/lib/auth/official';
import { getScreeningOverview } from '@/lib/data/officials/screening';
import { zhAdminScreening } from '@/lib/i18n/zh-admin-screening';

export async function ScreeningSummary({ official }: { official: Official }) {
  const overview = await getScreeningOverview(official);
  if (!overview) return null;
  const t = zhAdminScreening;
  const sum = (k: 'screened' | 'eligible' | 'refused') => overview.counts.reduce((n, c) => n + c[k], 0);
  return (
    <section aria-labelledby="screening-summary">
      <h2 id="screening-summary">{t.countsTitle}</h2>
      <p>{t.dashboardLine(sum('screened'), sum('eligible'), sum('refused'))}</p>
      <p>
        <Link href="/admin/screening">{t.title}</Link>
      </p>
    </section>
  );
}
