// The aggregated roster (汇总名册) on the page: the same columns and cells as the downloaded files.
import { ROSTER_COLUMNS, rosterCells, type RosterRow } from '@/lib/data/officials/roster';
import { zhAdminApprovals } from '@/lib/i18n/zh-admin-approvals';
import { ScrollTable } from '@/components/ui/table';

const t = zhAdminApprovals.roster;
const numeric = new Set(['index', 'age', 'householdSize', 'disabledMembers', 'income']);

export function ApprovalRosterTable({ rows, caption, labelledBy }: { rows: RosterRow[]; caption: string; labelledBy: string }) {
  return (
    <ScrollTable caption={caption} labelledBy={labelledBy} className="min-w-[90rem] text-sm" columns={ROSTER_COLUMNS.map((c) => ({ label: t.columns[c], num: numeric.has(c) }))}>
      {rows.map((row, i) => {
        const cells = rosterCells(row, i + 1);
        return (
          <tr key={row.householdId}>
            {cells.map((value, k) => {
              const column = ROSTER_COLUMNS[k]!;
              // The name heads its row, so each cell is announced with whose it is.
              return column === 'name' ? (
                <th key={column} scope="row" className="font-normal">
                  {value}
                </th>
              ) : (
                <td key={column} className={numeric.has(column) ? 'num' : column === 'certificateNumber' ? 'font-mono' : undefined}>
                  {value}
                </td>
              );
            })}
          </tr>
        );
      })}
    </ScrollTable>
  );
}
