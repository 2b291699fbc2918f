// 审批建档: the households waiting for the official's own step, then the progress of the region.
import type { Metadata } from 'next';
import { ApprovalProgressTable, ApprovalHouseholdsTable } from '@/components/admin/approval-progress';
import { ApprovalQueueTable } from '@/components/admin/approval-queue';
import { requireOfficial } from '@/lib/auth/session';
import { getApprovalOverview } from '@/lib/data/officials/approvals';
import { zhAdmin } from '@/lib/i18n/zh-admin';
import { zhAdminApprovals } from '@/lib/i18n/zh-admin-approvals';

const t = zhAdminApprovals.queue;

export const metadata: Metadata = { title: t.title };

export default async function ApprovalsPage() {
  const official = await requireOfficial('/admin/approvals');
  const overview = await getApprovalOverview(official);
  if (!overview) {
    return (
      <>
        <h1>{t.title}</h1>
        <p>{zhAdmin.errors.role}</p>
      </>
    );
  }
  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <p className="font-bold">{overview.myStep ? t.myStep(zhAdminApprovals.steps[overview.myStep]) : t.noStep}</p>

      {overview.myStep ? (
        <section aria-labelledby="queue-heading">
          <h2 id="queue-heading">{t.waitingTitle(overview.queue.length)}</h2>
          {overview.queue.length === 0 ? <p>{t.none}</p> : <ApprovalQueueTable rows={overview.queue} labelledBy="queue-heading" />}
        </section>
      ) : null}

      <section aria-labelledby="progress-heading">
        <h2 id="progress-heading">{t.progressTitle}</h2>
        <ApprovalProgressTable waitingByStep={overview.waitingByStep} inProgress={overview.inProgress} filed={overview.filed} />
      </section>

      {overview.households.length > 0 ? (
        <section aria-labelledby="list-heading">
          <h2 id="list-heading">{t.listTitle}</h2>
          <ApprovalHouseholdsTable rows={overview.households} labelledBy="list-heading" />
        </section>
      ) : null}
    </>
  );
}
