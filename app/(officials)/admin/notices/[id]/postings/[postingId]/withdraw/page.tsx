// The confirmation page for withdrawing a posting record (撤回): what it said, what withdrawal does, and
// the reason. Officials of the notice's region only; anyone else, or an unknown record, gets a 404.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Breadcrumb } from '@/components/breadcrumb';
import { DetailList } from '@/components/ui/figure-tiles';
import { requireOfficial } from '@/lib/auth/session';
import { getOfficialPostings } from '@/lib/data/officials/participation';
import { formatChinaDate, formatChinaDateTime } from '@/lib/domain';
import { zhPosting } from '@/lib/i18n/zh-posting';
import { parseRowId } from '@/lib/route-params';
import { noticeTrail } from '../../../../route-params';
import { PostingWithdrawForm } from '../../../posting-withdraw-form';

const t = zhPosting;

export const metadata: Metadata = { title: t.withdrawTitle };

type Props = { params: Promise<{ id: string; postingId: string }> };

export default async function WithdrawPostingPage({ params }: Props) {
  const { id: rawId, postingId: rawPostingId } = await params;
  const official = await requireOfficial(`/admin/notices/${encodeURIComponent(rawId)}/postings/${encodeURIComponent(rawPostingId)}/withdraw`);
  const noticeId = parseRowId(rawId);
  const postingId = parseRowId(rawPostingId);
  if (noticeId === null || postingId === null) notFound();
  const posting = (await getOfficialPostings(official, noticeId)).find((p) => p.id === postingId);
  if (!posting) notFound();
  return (
    <>
      <Breadcrumb trail={noticeTrail(noticeId)} current={t.withdrawTitle} />
      <h1>{t.withdrawTitle}</h1>
      <DetailList
        rows={[
          [t.columns.place, posting.place],
          [t.columns.postedAt, formatChinaDateTime(posting.postedAt)],
          [t.columns.recordedBy, posting.recordedByName ?? ''],
          posting.withdrawal ? [t.columns.withdrawal, `${t.withdrawnNote(formatChinaDate(posting.withdrawal.at), posting.withdrawal.byName)} ${t.withdrawnReason(posting.withdrawal.reason)}`] : null,
        ]}
      />
      {posting.withdrawal ? (
        <p>{t.alreadyWithdrawn}</p>
      ) : !posting.mayWithdraw ? (
        <p>{t.withdrawNotAllowed}</p>
      ) : (
        <>
          <p>{t.withdrawIntro}</p>
          <PostingWithdrawForm noticeId={noticeId} postingId={postingId} />
        </>
      )}
      <p>
        <Link href={`/admin/notices/${noticeId}`}>{t.backToNotice}</Link>
      </p>
    </>
  );
}
