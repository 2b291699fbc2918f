import type { DataTable } from './tables';
import { formatYuan } from '@/lib/i18n/zh';

/** A progress table: caption, column headers, one row header per line, totals in bold. */
export function ProgressDataTable({ table }: { table: DataTable }) {
  return (
    <div className="scroll-table" role="region" aria-label={table.caption} tabIndex={0}>
      <table>
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{table.rowHeader}</th>
            {table.columns.map((c) => (
              <th key={c.label} scope="col" className="num">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
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
        </tbody>
      </table>
    </div>
  );
}
