import Link from 'next/link';
import type { ChildProgress } from '@/lib/data/public';
import { usePublicText } from '@/lib/i18n/public';
import type { ReactNode } from 'react';
import { ScrollTable, num } from '@/components/ui/table';
import { ZhData } from '@/components/zh-data';

/** Progress of sibling regions as a table: the numbers themselves, readable by every screen reader. */
export function ProgressTable({ caption, rows, year }: { caption: ReactNode; rows: ChildProgress[]; year: number }) {
  const { t: zh, href, locale } = usePublicText();
  const withAllocation = rows.some((r) => r.allocation !== null);
  return (
    <ScrollTable caption={caption} showCaption columns={[zh.progress.region, withAllocation && num(zh.progress.allocation(year)), num(zh.progress.publicised), num(zh.progress.passed), withAllocation && num(zh.progress.rate)]}>
      {rows.map((row) => (
        <tr key={row.code}>
          <th scope="row">
            <Link href={href(`/regions/${row.code}`)}>
              <ZhData locale={locale}>{row.name}</ZhData>
            </Link>
            {row.retired ? <span className="ml-1 text-base font-normal text-muted">{zh.region.retiredLabel(zh.region.retired)}</span> : null}
          </th>
          {withAllocation ? <td className="num">{row.allocation ?? '—'}</td> : null}
          <td className="num">{row.publicised}</td>
          <td className="num">{row.passed}</td>
          {withAllocation ? <td className="num">{zh.progress.rateValue(row.passed, row.allocation ?? 0)}</td> : null}
        </tr>
      ))}
    </ScrollTable>
  );
}
