// Every opinion recorded for one household, in the order given, round by round.
import { dateLabel } from '@/components/notice-list';
import type { ApprovalHistoryRow } from '@/lib/data/officials/approvals';
import { zhAdminApprovals } from '@/lib/i18n/zh-admin-approvals';
import { ScrollTable } from '@/components/ui/table';

const t = zhAdminApprovals.case;

export function ApprovalHistoryTable({ rows, labelledBy }: { rows: ApprovalHistoryRow[]; labelledBy: string }) {
  const c = t.historyColumns;
  return (
    <ScrollTable caption={t.historyCaption} labelledBy={labelledBy} className="min-w-[40rem]" columns={[c.round, c.step, c.body, c.decision, c.opinion, c.date]}>
      {rows.map((r) => (
        <tr key={`${r.round}-${r.step}`}>
          <td>{t.roundNumber(r.round)}</td>
          <th scope="row" className="font-normal">
            {zhAdminApprovals.steps[r.step]}
          </th>
          <td>{r.body}</td>
          {/* The word, not a colour, says whether it was returned. */}
          <td className={r.decision === 'return' ? 'font-bold text-brand' : 'font-bold'}>{zhAdminApprovals.decisions[r.decision]}</td>
          <td className="whitespace-pre-line">{r.opinion}</td>
          <td className="whitespace-nowrap">{dateLabel(r.decidedOn)}</td>
        </tr>
      ))}
    </ScrollTable>
  );
}
