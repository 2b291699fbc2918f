// A progress table as CSV that Excel opens with the Chinese intact: UTF-8 with a byte-order mark,
// CRLF line ends and RFC 4180 quoting. Numbers are written plain (12000, not 12,000).
import type { DataTable } from '@/components/progress/tables';

const BOM = '\uFEFF';

function field(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(table: DataTable): string {
  const lines = [
    [table.rowHeader, ...table.columns.map((c) => c.label)],
    ...table.rows.map((r) => [r.header, ...r.cells]),
  ];
  return BOM + lines.map((line) => line.map(field).join(',')).join('\r\n') + '\r\n';
}
