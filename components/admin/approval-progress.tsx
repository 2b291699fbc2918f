// The progress of approval and filing in the official's region: households waiting at each step,
// in progress and filed, and every passed household with its current stage.
import Link from 'next/link';
import { dateLabel } from '@/components/notice-list';
import type { ProgressRow } from '@/lib/data/officials/approvals';
import { APPROVAL_STEPS, type ApprovalProgress, type ApprovalStep } from '@/lib/domain/approval';
import { zhAdminApprovals } from '@/lib/i18n/zh-admin-approvals';
import { ScrollTable } from '@/components/ui/table';

const t = zhAdminApprovals.queue;

export function ApprovalProgressTable({ waitingByStep, inProgress, filed }: { waitingByStep: Record<ApprovalStep, number>; inProgress: number; filed: number }) {
  return (
    <table className="max-w-xl">
      <caption className="sr-only">{t.progressCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.progressColumns.stage}</th>
          <th scope="col" className="num">
            {t.progressColumns.households}
          </th>
        </tr>
      </thead>
      <tbody>
        {APPROVAL_STEPS.map((step) => (
          <tr key={step}>
            <th scope="row" className="font-normal">
              {t.waitingAt(zhAdminApprovals.steps[step])}
            </th>
            <td className="num">{waitingByStep[step]}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">{t.inProgress}</th>
          <td className="num font-bold">{inProgress}</td>
        </tr>
        <tr>
          <th scope="row">{t.filed}</th>
          <td className="num font-bold">{filed}</td>
        </tr>
      </tbody>
    </table>
  );
}

export function stageLabel(progress: ApprovalProgress): string {
  return progress.filed ? t.stageFiled(dateLabel(progress.filedOn)) : t.waitingAt(zhAdminApprovals.steps[progress.nextStep]);
}

export function ApprovalHouseholdsTable({ rows, labelledBy }: { rows: ProgressRow[]; labelledBy: string }) {
  const c = t.listColumns;
  return (
    <ScrollTable caption={t.listCaption} labelledBy={labelledBy} className="min-w-[32rem]" columns={[c.name, c.village, c.stage]}>
      {rows.map((r) => (
        <tr key={r.householdId}>
          <th scope="row" className="font-normal">
            <Link href={`/admin/approvals/${r.householdId}`} aria-label={t.viewLabel(r.fullName)}>
              {r.fullName}
            </Link>
          </th>
          <td>{`${r.townshipName} ${r.villageName}`}</td>
          <td>{stageLabel(r.progress)}</td>
        </tr>
      ))}
    </ScrollTable>
  );
}
