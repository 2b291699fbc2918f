// 筛查未通过: record a household screened and found not eligible, and see screened against eligible per
// county. Names and reasons are never listed here (they stay private); the public sees counts only.
import type { Metadata } from 'next';
import { Breadcrumb } from '@/components/breadcrumb';
import { requireOfficial } from '@/lib/auth/session';
import { villagesFor } from '@/lib/data/officials/notices';
import { currentProgramme } from '@/lib/data/programme';
import { getScreeningOverview } from '@/lib/data/officials/screening';
import { getDb } from '@/db';
import { chinaDateString, currentProgrammeYear, formatChinaDate, startOfChinaDay } from '@/lib/domain';
import { roleMay } from '@/lib/domain/permissions';
import { zhAdmin } from '@/lib/i18n/zh-admin';
import { zhAdminScreening } from '@/lib/i18n/zh-admin-screening';
import { DoneMessage } from '@/components/ui/done-message';
import { RefusalForm } from './refusal-form';
import { ScrollTable, TableSection, num } from '@/components/ui/table';

const t = zhAdminScreening;

export const metadata: Metadata = { title: t.title };

export default async function ScreeningPage({ searchParams }: { searchParams: Promise<{ done?: string | string[] }> }) {
  const official = await requireOfficial('/admin/screening');
  const [overview, villages, programme] = await Promise.all([
    getScreeningOverview(official),
    villagesFor(official, 'household.register'),
    getDb().then((db) => currentProgramme(db)),
  ]);
  const now = new Date();
  const done = (await searchParams).done === 'saved';
  return (
    <>
      <Breadcrumb trail={[{ href: '/admin', label: zhAdmin.nav.dashboard }]} current={t.title} />
      <h1>{t.title}</h1>
      {overview === null ? (
        <p>{zhAdmin.errors.role}</p>
      ) : (
        <>
          <DoneMessage message={done ? t.saved : null} />
          <p>{t.intro}</p>
          <TableSection id="screening-counts" title={t.countsTitle} empty={null}>
            <ScrollTable caption={t.countsCaption} labelledBy="screening-counts" columns={[t.county, num(t.screened), num(t.eligible), num(t.refused)]}>
              {overview.counts.map((c) => (
                <tr key={c.countyCode}>
                  <th scope="row">{c.countyName}</th>
                  <td className="num">{c.screened}</td>
                  <td className="num">{c.eligible}</td>
                  <td className="num">{c.refused}</td>
                </tr>
              ))}
            </ScrollTable>
          </TableSection>
          {programme && villages.length > 0 && roleMay(official.role, 'household.register') ? (
            <section aria-labelledby="screening-form">
              <h2 id="screening-form">{t.save}</h2>
              <RefusalForm
                villages={villages.map((v) => [v.code, v.name] as const)}
                years={Array.from({ length: programme.endYear - programme.startYear + 1 }, (_, i) => programme.startYear + i)}
                year={currentProgrammeYear(programme, now)}
                today={chinaDateString(now)}
              />
            </section>
          ) : null}
          <TableSection id="screening-recent" title={t.recentTitle} empty={overview.recent.length === 0 ? t.none : null}>
            <ScrollTable caption={t.recentCaption} labelledBy="screening-recent" columns={[t.village, t.fields.year, t.fields.criterion, t.date]}>
              {overview.recent.map((r) => (
                <tr key={r.id}>
                  <td>{r.villageName}</td>
                  <td>{r.year}</td>
                  <td>{t.criteria[r.criterion]}</td>
                  <td>{formatChinaDate(startOfChinaDay(r.screenedOn))}</td>
                </tr>
              ))}
            </ScrollTable>
          </TableSection>
        </>
      )}
    </>
  );
}
