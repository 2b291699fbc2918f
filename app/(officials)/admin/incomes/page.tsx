// 收入跟踪: each filed household of the official's region with its latest yearly income, what waits
// for the county's confirmation, and who has left poverty (稳定脱贫).
import type { Metadata } from 'next';
import Link from 'next/link';
import { requireOfficial } from '@/lib/auth/session';
import { listIncomeOverview } from '@/lib/data/officials/incomes';
import { getProgramme } from '@/lib/data/public';
import { zhAdminHelp } from '@/lib/i18n/zh-admin-help';
import { formatYuan } from '@/lib/i18n/zh';
import { ScrollTable } from '@/components/ui/table';

const t = zhAdminHelp.incomes;

export const metadata: Metadata = { title: t.title };

export default async function IncomesPage() {
  const official = await requireOfficial('/admin/incomes');
  const [rows, programme] = await Promise.all([listIncomeOverview(official, new Date()), getProgramme()]);
  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.intro(official.regionName, formatYuan(programme?.incomeThreshold ?? 0))}</p>
      {rows.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ScrollTable caption={t.caption(rows.length)} showCaption columns={[t.columns.name, t.columns.village, t.columns.latest, t.columns.status]}>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row" className="font-normal">
                <Link href={`/admin/incomes/${row.id}`}>{row.fullName}</Link>
              </th>
              <td>{row.villageName}</td>
              <td>{row.latest ? t.latest(row.latest.year, formatYuan(row.latest.incomePerCapita)) : t.noRecord}</td>
              <td>
                {row.exitYear ? <strong className="text-open">{t.out(row.exitYear)}</strong> : t.notOut}
                {row.unconfirmed > 0 ? <span className="block text-warn">{t.pending(row.unconfirmed)}</span> : null}
              </td>
            </tr>
          ))}
        </ScrollTable>
      )}
    </>
  );
}
