// One household's approval file (审批建档): where it stands, every opinion so far, and the decision
// form when it is the official's step.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ApprovalDecisionForm } from '@/components/admin/approval-decision-form';
import { ApprovalHistoryTable } from '@/components/admin/approval-history';
import { dateLabel } from '@/components/notice-list';
import { requireOfficial } from '@/lib/auth/session';
import { getApprovalCase, type ApprovalCase } from '@/lib/data/officials/approvals';
import { chinaDateString } from '@/lib/domain/time';
import { zhAdminApprovals } from '@/lib/i18n/zh-admin-approvals';
import { DoneMessage } from '@/components/ui/done-message';
import { flashMessage, parseRowId } from '@/lib/route-params';
import { DetailList } from '@/components/ui/figure-tiles';

const t = zhAdminApprovals.case;

type Props = { params: Promise<{ householdId: string }>; searchParams: Promise<{ decided?: string | string[] }> };

// The title stays in browser history: the number only, never the name.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `${zhAdminApprovals.queue.title} ${parseRowId((await params).householdId) ?? 0}` };
}

export default async function ApprovalCasePage({ params, searchParams }: Props) {
  const id = parseRowId((await params).householdId) ?? 0;
  const official = await requireOfficial(`/admin/approvals/${id || ''}`);
  const found = await getApprovalCase(official, id);
  if (!found) notFound();
  const nextStep = found.progress.nextStep;
  return (
    <>
      <p className="no-print">
        <Link href="/admin/approvals">{t.back}</Link>
      </p>
      <DoneMessage message={flashMessage((await searchParams).decided, t.decided)} />
      <h1>{t.title(found.fullName)}</h1>
      <Facts found={found} />
      <p className="no-print">
        <Link href={`/admin/approvals/${found.householdId}/print`}>{t.print}</Link>
      </p>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t.historyTitle}</h2>
        {found.history.length === 0 ? <p>{t.historyNone}</p> : <ApprovalHistoryTable rows={found.history} labelledBy="history-heading" />}
      </section>

      {found.status === 'passed' && nextStep !== null ? (
        <section aria-labelledby="decide-heading" className="no-print">
          <h2 id="decide-heading">{zhAdminApprovals.form.title}</h2>
          {found.mayDecide ? (
            <ApprovalDecisionForm
              householdId={found.householdId}
              today={chinaDateString(new Date())}
              dateHint={
                found.earliestOn ? zhAdminApprovals.form.hints.decidedOnSince(dateLabel(found.earliestOn)) : zhAdminApprovals.form.hints.decidedOn
              }
            />
          ) : (
            <p>{t.notYourStep(zhAdminApprovals.steps[nextStep])}</p>
          )}
        </section>
      ) : null}
    </>
  );
}

function Facts({ found }: { found: ApprovalCase }) {
  const f = t.facts;
  const { progress } = found;
  const stage =
    found.status !== 'passed'
      ? t.stageNotPassed
      : progress.filed
        ? t.stageFiled(dateLabel(progress.filedOn))
        : t.stageWaiting(zhAdminApprovals.steps[progress.nextStep], progress.round);
  return (
    <DetailList
      rows={[
        [f.village, `${found.place.townshipName} ${found.place.villageName}`],
        [f.year, t.yearLabel(found.year)],
        found.noticeId !== null && [f.notice, <Link href={`/notices/${found.noticeId}`}>{zhAdminApprovals.queue.noticeLabel(found.noticeId)}</Link>],
        found.noticeClosedOn ? [f.noticeClosed, dateLabel(found.noticeClosedOn)] : null,
        [f.stage, stage, { className: 'font-bold' }],
      ]}
    />
  );
}
