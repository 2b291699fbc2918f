import type { DataTable } from './tables';
import { formatYuan } from '@/lib/i18n/zh';
import { usePublicText } from '@/lib/i18n/public';
import { ScrollTable, num } from '@/components/ui/table';
import { ZhRuns } from '@/components/zh-runs';

/** A progress table: caption, column headers, one row header per line, totals in bold; names marked Chinese on English pages. */
export function ProgressDataTable({ table }: { table: DataTable }) {
  const { locale } = usePublicText();
  return (
    <ScrollTable caption={<ZhRuns locale={locale}>{table.caption}</ZhRuns>} showCaption columns={[table.rowHeader, ...table.columns.map((c) => num(c.label))]}>
      {table.rows.map((row) => (
        <tr key={row.header} className={row.total ? 'font-bold' : undefined}>
          <th scope="row">
            <ZhRuns locale={locale}>{row.header}</ZhRuns>
          </th>
          {row.cells.map((cell, i) => (
            <td key={table.columns[i]!.label} className="num">
              {typeof cell === 'number' && table.columns[i]!.kind === 'yuan' ? formatYuan(cell) : cell}
            </td>
          ))}
        </tr>
      ))}
    </ScrollTable>
  );
}
