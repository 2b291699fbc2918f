import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionButtonForm } from '@/components/admin/action-button-form';
import { Breadcrumb } from '@/components/breadcrumb';
import { NoticeStatus } from '@/components/notice-status';
import { closeNoticeAction, correctNoticeAction, publishNoticeAction } from '@/lib/actions/notices.server';
import { requireOfficial } from '@/lib/auth/session';
import { getOfficialNotice, noticeActions, type OfficialNotice } from '@/lib/data/officials/notices';
import { formatChinaDate, noticePeriod } from '@/lib/domain';
import { formatCloseNoticeRefusal } from '@/lib/i18n/zh-errors';
import { zhAdmin } from '@/lib/i18n/zh-admin';
import { zhAdminNotices } from '@/lib/i18n/zh-admin-notices';
import { zhPoster } from '@/lib/i18n/zh-poster';
import { dateLabel } from '@/components/notice-list';
import { DoneMessage } from '@/components/ui/done-message';
import { parseRowId } from '@/lib/route-params';
import { doneMessage, type SearchParams } from '../route-params';
import { NoticePreview } from './notice-preview';
import { ObjectionTable } from './objection-table';
import { OnlineObjections } from './online-objections';
import { onlineSubmissions } from '@/lib/data/officials/online-objections';
import { PostingSection } from './posting-section';
import { getOfficialPostings } from '@/lib/data/officials/participation';
import { can } from '@/lib/domain/permissions';
import { noticeTakesPosting } from '@/lib/domain/posting';
import { chinaDateString } from '@/lib/domain/time';

const t = zhAdminNotices;

type Props = { params: Promise<{ id: string }>; searchParams: SearchParams };

export const metadata: Metadata = { title: t.list.title };

export default async function OfficialNoticePage({ params, searchParams }: Props) {
  const { id: rawId } = await params;
  const official = await requireOfficial(`/admin/notices/${encodeURIComponent(rawId)}`);
  const found = await getOfficialNotice(official, parseRowId(rawId) ?? 0);
  if (!found) notFound();
  const now = new Date();
  const { notice } = found;
  const may = noticeActions(official, found, now);
  const isDraft = may.state === 'draft';
  // A draft shows the period that publishing now would give.
  const period = isDraft
    ? noticePeriod(now, found.programme.noticeDays)
    : notice.periodStartDate && notice.periodEndDate
      ? { startDate: notice.periodStartDate, endDate: notice.periodEndDate }
      : null;
  const problems = found.entries.filter((e) => e.problem !== null);
  const postings = isDraft ? [] : await getOfficialPostings(official, notice.id);
  const mayPost = noticeTakesPosting(notice.status) && can(official, 'notice.post', notice.villageCode);

  return (
    <article>
      <Breadcrumb
        trail={[
          { href: '/admin', label: zhAdmin.nav.dashboard },
          { href: '/admin/notices', label: t.list.title },
        ]}
        current={t.page.noticeLabel(notice.id)}
      />
      <DoneMessage message={doneMessage((await searchParams).done)} />
      <h1>{notice.title}</h1>
      <p>
        <NoticeStatus state={may.state} periodEndsAt={notice.periodEndsAt} now={now} />
      </p>
      {notice.createdByName ? (
        <p className="text-base text-muted">{t.page.createdBy(notice.createdByName, formatChinaDate(notice.createdAt))}</p>
      ) : null}
      <StateNotes found={found} />

      {isDraft ? (
        <section aria-labelledby="preview-heading" className="my-6 border-4 border-dashed border-line p-4">
          <h2 id="preview-heading" className="mt-0">
            {t.page.previewTitle}
          </h2>
          <p>{t.page.previewIntro}</p>
          <NoticePreview found={found} period={period} objectable />
        </section>
      ) : (
        <section aria-labelledby="facts-heading">
          <h2 id="facts-heading">{t.page.facts}</h2>
          <p className="no-print">
            <Link href={`/notices/${notice.id}`}>{t.page.publicLink}</Link>
          </p>
          {notice.status === 'published' ? (
            <p className="no-print">
              <Link href={`/admin/notices/${notice.id}/poster`}>{zhPoster.posterLink}</Link>
            </p>
          ) : null}
          <NoticePreview found={found} period={period} objectable={may.state === 'open'} />
        </section>
      )}

      {isDraft ? null : <PostingSection noticeId={notice.id} postings={postings} mayRecord={mayPost} today={chinaDateString(now)} />}

      {isDraft && (may.editDraft || may.publish) ? (
        <section aria-labelledby="draft-actions-heading">
          <h2 id="draft-actions-heading">{t.page.draftActions}</h2>
          {problems.length > 0 ? (
            <div className="my-4 border-4 border-brand p-4">
              <p className="mt-0 font-bold">{t.page.problemsTitle}</p>
              <ul className="list-disc pl-6">
                {problems.map((e) => (
                  <li key={e.id}>
                    {e.problem === 'ineligible'
                      ? t.page.problemIneligible(e.maskedName, found.programme.incomeThreshold)
                      : e.problem === 'not_registered'
                        ? t.page.problemNotRegistered(e.maskedName)
                        : t.page.problemMoved(e.maskedName)}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {may.editDraft ? (
            <ul className="flex flex-wrap gap-x-6">
              <li>
                <Link href={`/admin/notices/${notice.id}/edit`}>{t.page.edit}</Link>
              </li>
              <li>
                <Link href={`/admin/notices/${notice.id}/delete`}>{t.page.delete}</Link>
              </li>
            </ul>
          ) : null}
          {may.publish && period ? (
            <>
              <h3>{t.page.publishTitle}</h3>
              <p>{t.page.publishPeriod(dateLabel(period.startDate), dateLabel(period.endDate))}</p>
              <p>{t.page.previewFrozen}</p>
              <ActionButtonForm action={publishNoticeAction} fields={{ id: String(notice.id) }} label={t.page.publishButton} />
            </>
          ) : null}
        </section>
      ) : null}

      {isDraft ? null : (
        <section aria-labelledby="objections-heading">
          <h2 id="objections-heading">{t.page.objectionsTitle(found.objections.length)}</h2>
          {may.record ? (
            <p>
              <Link href={`/admin/notices/${notice.id}/objections/new`} className="font-bold">
                {t.page.recordObjection}
              </Link>
            </p>
          ) : may.state !== 'open' ? (
            <p>{t.page.recordClosed}</p>
          ) : null}
          {found.objections.length === 0 ? (
            <p>{t.page.objectionsNone}</p>
          ) : (
            <ObjectionTable noticeId={notice.id} objections={found.objections} entries={found.entries} canResolve={may.resolve} />
          )}
        </section>
      )}

      {!isDraft && can(official, 'objection.record', notice.villageCode) ? (
        <OnlineObjections noticeId={notice.id} submissions={await onlineSubmissions(official, notice.id)} />
      ) : null}

      {may.close ? <CloseSection found={found} may={may} /> : null}

      {may.withdraw ? (
        <section aria-labelledby="withdraw-heading">
          <h2 id="withdraw-heading">{t.page.withdrawTitle}</h2>
          <p>{t.page.withdrawIntro}</p>
          <p>
            <Link href={`/admin/notices/${notice.id}/withdraw`}>{t.page.withdrawLink}</Link>
          </p>
        </section>
      ) : null}

      {may.correct ? (
        <section aria-labelledby="correct-heading">
          <h2 id="correct-heading">{t.page.correctTitle}</h2>
          <p>{t.page.correctIntro}</p>
          <ActionButtonForm action={correctNoticeAction} fields={{ id: String(notice.id) }} label={t.page.correctButton} />
        </section>
      ) : null}
    </article>
  );
}

function CloseSection({ found, may }: { found: OfficialNotice; may: ReturnType<typeof noticeActions> }) {
  const { notice } = found;
  const upheldWhole = formatCloseNoticeRefusal({ reason: 'upheld_whole_notice' });
  const withdrawHref = `/admin/notices/${notice.id}/withdraw`;
  return (
    <section aria-labelledby="close-heading">
      <h2 id="close-heading">{t.page.closeTitle}</h2>
      <p>{t.page.closeIntro}</p>
      {may.state === 'open' && notice.periodEndDate ? (
        <p className="font-bold">{t.page.closeNotYet(dateLabel(notice.periodEndDate))}</p>
      ) : may.closeRefusal ? (
        <div className="my-4 border-l-8 border-warn p-3">
          <p className="my-0 font-bold">{formatCloseNoticeRefusal(may.closeRefusal)}</p>
          {may.closeRefusal.reason === 'upheld_whole_notice' && may.withdraw ? (
            <p className="mb-0">
              <Link href={withdrawHref}>{t.page.withdrawLink}</Link>
            </p>
          ) : null}
        </div>
      ) : (
        <ActionButtonForm
          action={closeNoticeAction}
          fields={{ id: String(notice.id) }}
          label={t.page.closeButton}
          refusalLink={may.withdraw ? { message: upheldWhole, href: withdrawHref, label: t.page.withdrawLink } : undefined}
        />
      )}
    </section>
  );
}

function StateNotes({ found }: { found: OfficialNotice }) {
  const { notice, supersedes, correction } = found;
  const box = 'my-4 border-l-8 border-line p-3';
  return (
    <>
      {notice.status === 'withdrawn' && notice.withdrawnAt ? (
        <p className={box}>{t.page.withdrawnNote(formatChinaDate(notice.withdrawnAt), notice.withdrawalReason ?? '')}</p>
      ) : null}
      {notice.status === 'closed' && notice.closedAt ? <p className={box}>{t.page.closedNote(formatChinaDate(notice.closedAt))}</p> : null}
      {supersedes ? (
        <p className={box}>
          {notice.status === 'draft' ? t.draft.correctionOf : t.page.supersedes}
          <Link href={`/admin/notices/${supersedes.id}`}>{supersedes.title}</Link>
        </p>
      ) : null}
      {correction ? (
        <p className={box}>
          {correction.status === 'draft' ? t.page.correctionExists : t.page.supersededBy}
          <Link href={`/admin/notices/${correction.id}`}>{correction.title}</Link>
        </p>
      ) : null}
    </>
  );
}
