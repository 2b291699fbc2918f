import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionButtonForm } from '@/components/admin/action-button-form';
import { Breadcrumb } from '@/components/breadcrumb';
import { investigateObjectionAction } from '@/lib/actions/objections.server';
import { requireOfficial } from '@/lib/auth/session';
import { getOfficialObjection, noticeActions } from '@/lib/data/officials/notices';
import { formatChinaDateTime } from '@/lib/domain';
import { zhAdminNotices } from '@/lib/i18n/zh-admin-notices';
import { zh } from '@/lib/i18n/zh';
import { DoneMessage } from '@/components/ui/done-message';
import { parseRowId } from '@/lib/route-params';
import { doneMessage, noticeTrail, type SearchParams } from '../../../route-params';
import { ResolveObjectionForm } from './resolve-form';
import { DetailList } from '@/components/ui/figure-tiles';

const t = zhAdminNotices;

export const metadata: Metadata = { title: t.objection.resolveTitle };

type Props = { params: Promise<{ id: string; objectionId: string }>; searchParams: SearchParams };

export default async function ObjectionPage({ params, searchParams }: Props) {
  const { id: rawId, objectionId: rawObjection } = await params;
  const official = await requireOfficial(`/admin/notices/${encodeURIComponent(rawId)}/objections/${encodeURIComponent(rawObjection)}`);
  const found = await getOfficialObjection(official, parseRowId(rawId) ?? 0, parseRowId(rawObjection) ?? 0);
  if (!found) notFound();
  const { notice, objection, objector, entry } = found;
  const may = noticeActions(official, found, new Date());
  const o = t.objection;
  const open = objection.status === 'received' || objection.status === 'investigating';
  return (
    <>
      <Breadcrumb
        trail={noticeTrail(notice.id)}
        current={o.detailTitle(objection.number)}
      />
      <DoneMessage message={doneMessage((await searchParams).done)} />
      <h1>{o.detailTitle(objection.number)}</h1>
      <p className="font-bold">{notice.title}</p>
      <DetailList
        rows={[
          [o.about, entry ? o.aboutEntry(entry.position, entry.maskedName) : zh.notice.objectionWhole],
          [o.channel, o.channels[objection.channel]],
          [o.received, formatChinaDateTime(objection.receivedAt)],
          [o.status, o.statuses[objection.status]],
          objection.private && [`${o.summary}${o.privateMark}`, objection.private.summary, { className: 'whitespace-pre-line' }],
          objector && [`${o.objectorName}${o.privateMark}`, objector.name ?? o.anonymous],
          objector && [`${o.objectorContact}${o.privateMark}`, objector.contact ?? o.noContact],
          objection.resolvedAt && [o.resolvedAt, formatChinaDateTime(objection.resolvedAt)],
          objection.resolvedAt && [o.reasonPublic, objection.resolutionReason],
        ]}
      />
      {objection.private ? null : <p className="text-muted">{t.page.privateHidden}</p>}
      {objector ? null : <p className="text-muted">{o.objectorHidden}</p>}

      {!open ? (
        <p className="font-bold">{o.resolvedNote}</p>
      ) : may.resolve ? (
        <>
          {objection.status === 'received' ? (
            <section aria-labelledby="investigate-heading">
              <h2 id="investigate-heading">{o.investigateTitle}</h2>
              <p>{o.investigateIntro}</p>
              <ActionButtonForm action={investigateObjectionAction} fields={{ objectionId: String(objection.id) }} label={o.investigateButton} />
            </section>
          ) : null}
          <section aria-labelledby="resolve-heading">
            <h2 id="resolve-heading">{o.resolveTitle}</h2>
            <ResolveObjectionForm objectionId={objection.id} />
          </section>
        </>
      ) : null}
      <p>
        <Link href={`/admin/notices/${notice.id}`}>{o.backToNotice}</Link>
      </p>
    </>
  );
}
