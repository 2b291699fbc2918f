// Triage of one objection lodged online: what it is about and says, then accept it (it becomes an
// objection of channel 'online') or reject it as not an objection with a public reason.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionButtonForm } from '@/components/admin/action-button-form';
import { Breadcrumb } from '@/components/breadcrumb';
import { acceptOnlineObjectionAction } from '@/lib/actions/online-objections.server';
import { requireOfficial } from '@/lib/auth/session';
import { onlineSubmissions } from '@/lib/data/officials/online-objections';
import { formatChinaDateTime } from '@/lib/domain';
import { zhAdminNotices } from '@/lib/i18n/zh-admin-notices';
import { zhAdminOnlineObjections } from '@/lib/i18n/zh-admin-online-objections';
import { parseRowId } from '@/lib/route-params';
import { RejectOnlineForm } from './reject-form';
import { DetailList } from '@/components/ui/figure-tiles';
import { noticeTrail } from '../../../route-params';

const t = zhAdminOnlineObjections;

export const metadata: Metadata = { title: t.title };

type Props = { params: Promise<{ id: string; objectionId: string }> };

export default async function OnlineObjectionPage({ params }: Props) {
  const { id: rawId, objectionId: rawObjection } = await params;
  const official = await requireOfficial(`/admin/notices/${encodeURIComponent(rawId)}/online/${encodeURIComponent(rawObjection)}`);
  const noticeId = parseRowId(rawId) ?? 0;
  const objectionId = parseRowId(rawObjection) ?? 0;
  const [submission] = noticeId > 0 && objectionId > 0 ? await onlineSubmissions(official, noticeId, objectionId) : [];
  if (!submission) notFound();
  const o = zhAdminNotices.objection;
  return (
    <>
      <Breadcrumb
        trail={noticeTrail(noticeId)}
        current={t.pageTitle(submission.reference)}
      />
      <h1>{t.pageTitle(submission.reference)}</h1>
      <DetailList
        rows={[
          [o.about, submission.about ? o.aboutEntry(submission.about.position, submission.about.maskedName) : t.whole],
          [t.columns.received, formatChinaDateTime(submission.receivedAt)],
          [t.columns.summary, submission.summary, { className: 'whitespace-pre-line' }],
        ]}
      />
      <section aria-labelledby="accept-heading">
        <h2 id="accept-heading">{t.accept}</h2>
        <p>{t.acceptIntro}</p>
        <ActionButtonForm action={acceptOnlineObjectionAction} fields={{ objectionId: String(submission.id) }} label={t.accept} />
      </section>
      <section aria-labelledby="reject-heading">
        <h2 id="reject-heading">{t.reject}</h2>
        <p>{t.rejectIntro}</p>
        <RejectOnlineForm objectionId={submission.id} />
      </section>
      <p>
        <Link href={`/admin/notices/${noticeId}`}>{t.back}</Link>
      </p>
    </>
  );
}
