import type { DataTable } from './tables';
import { formatYuan } from '@/lib/i18n/zh';
import { ScrollTable, num } from '@/components/ui/table';

/** A progress table: caption, column headers, one row header per line, totals in bold. */
export function ProgressDataTable({ table }: { table: DataTable }) {
  return (
    <ScrollTable caption={table.caption} showCaption columns={[table.rowHeader, ...table.columns.map((c) => num(c.label))]}>
      {table.rows.map((row) => (
        <tr key={row.header} className={row.total ? 'font-bold' : undefined}>
          <th scope="row">{row.header}</th>
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
