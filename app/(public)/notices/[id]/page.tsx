import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Breadcrumb, regionTrail } from '@/components/breadcrumb';
import { NoticeHistory } from '@/components/notice-history';
import { NoticeBody } from '@/components/notice-body';
import { NoticeStatus } from '@/components/notice-status';
import { NoticeCriteria } from '@/components/notice-criteria';
import { getNoticeCheck } from '@/lib/data/notice-print';
import { getNoticeHistory } from '@/lib/data/public-history';
import { getNoticePostings } from '@/lib/data/public-participation';
import { getPublicNotice, type PublicNotice } from '@/lib/data/public';
import { noticeState } from '@/lib/domain';
import { withZhData, ZhData } from '@/components/zh-data';
import { getPublicText, usePublicText } from '@/lib/i18n/public';
import { parseRowId } from '@/lib/route-params';

type Props = { params: Promise<{ id: string }> };

// Notice pages are not for search engines (docs/DOMAIN.md "Retention"): next.config.js also sends
// X-Robots-Tag: noindex for /notices/*.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await getPublicNotice(parseRowId((await params).id) ?? 0);
  const { t: zh } = await getPublicText();
  return { title: found ? found.notice.title : zh.notice.notFoundTitle, robots: { index: false, follow: false } };
}

export default async function NoticePage({ params }: Props) {
  const found = await getPublicNotice(parseRowId((await params).id) ?? 0);
  if (!found) notFound();
  const text = await getPublicText();
  const { t: zh, poster: zhPoster, href, date } = text;
  const dateLabel = date.day;
  const formatChinaDate = date.date;
  const { notice, entries, listSummary, objections, supersededBy, regionPath } = found;
  const history = await getNoticeHistory(notice.id, listSummary !== null);
  const check = await getNoticeCheck(notice.id);
  const postings = await getNoticePostings(notice.id);
  const now = new Date();
  const state = noticeState(notice, now);
  const village = regionPath.at(-1);
  const closed = state === 'closed';
  return (
    <article>
      <Breadcrumb trail={regionTrail(regionPath, text)} current={zh.notice.number(notice.id)} />
      <h1>
        <ZhData locale={text.locale}>{notice.title}</ZhData>
      </h1>
      <p>
        <NoticeStatus state={state} periodEndsAt={notice.periodEndsAt} now={now} />
      </p>

      <StateNotice found={found} />

      <NoticeBody
        notice={notice}
        regionPath={regionPath}
        period={notice.periodStartDate && notice.periodEndDate ? { startDate: notice.periodStartDate, endDate: notice.periodEndDate } : null}
        objectable={state === 'open'}
        onlineForm
        entries={entries}
        listSummary={listSummary}
        showOutcome={closed}
        level="h2"
        afterFacts={
          postings.length > 0 ? (
            <p data-testid="postings">
              {postings.map((p) => text.participation.posting.postedAt(p.place, text.date.date(p.postedAt))).join(text.locale === 'en' ? '; ' : '；')}
            </p>
          ) : null
        }
        beforeList={
          <>
            {village && state !== 'withdrawn' && state !== 'superseded' ? (
              <p className="no-print">
                <Link href={href(`/regions/${village.code}/left-out?notice=${notice.id}`)}>{text.participation.leftOut.linkFromNotice}</Link>
              </p>
            ) : null}
            {check ? <NoticeCriteria incomeThreshold={check.incomeThreshold} /> : null}
          </>
        }
      />

      <section aria-labelledby="objections-heading">
        <h2 id="objections-heading">{zh.notice.objectionsTitle(objections.length)}</h2>
        {objections.length === 0 ? (
          <p>{state === 'open' ? zh.notice.objectionsNoneYet : zh.notice.objectionsNone}</p>
        ) : (
          <ol className="divide-y divide-line border-y border-line">
            {objections.map((o, i) => {
              const entry = entries.find((e) => e.id === o.entryId);
              return (
                <li key={o.id} className="py-3">
                  <h3 className="mt-0 text-base">{zh.notice.objectionNumber(i + 1)}</h3>
                  <dl className="grid grid-cols-[auto_1fr] gap-x-4">
                    <dt>{zh.notice.objectionAbout}</dt>
                    <dd>
                      {entry ? withZhData(text.locale, zh.notice.entryRef, entry.position, entry.maskedName) : o.entryPosition !== null ? zh.notice.entryRef(o.entryPosition, '') : zh.notice.objectionWhole}
                    </dd>
                    <dt>{zh.notice.objectionReceived}</dt>
                    <dd>{formatChinaDate(o.receivedAt)}</dd>
                    {o.postmarkedOn ? (
                      <>
                        <dt>{text.objection.postmarked}</dt>
                        <dd>{dateLabel(o.postmarkedOn)}</dd>
                      </>
                    ) : null}
                    <dt>{zh.notice.objectionStatus}</dt>
                    <dd className="font-bold">
                      {zh.notice.objectionStatuses[o.status]}
                      {o.resolvedAt ? zh.notice.resolvedOn(formatChinaDate(o.resolvedAt)) : null}
                    </dd>
                    {o.resolutionReason ? (
                      <>
                        <dt>{zh.notice.objectionReason}</dt>
                        <dd>
                          <ZhData locale={text.locale}>{o.resolutionReason}</ZhData>
                        </dd>
                      </>
                    ) : null}
                  </dl>
                </li>
              );
            })}
          </ol>
        )}
      </section>
      <NoticeHistory events={history} />
      {village ? (
        <p className="no-print">
          <Link href={href(`/regions/${village.code}`)}>{withZhData(text.locale, zh.notice.allOfVillage, village.name)}</Link>
        </p>
      ) : null}
      {check ? (
        <p>
          {zh.site.label(zhPoster.fingerprintPublic)}
          <strong className="font-mono" data-testid="fingerprint">{check.fingerprint}</strong>
        </p>
      ) : null}
      <p className="no-print">
        <Link href={href(`/notices/${notice.id}/print`)}>{zhPoster.printLink}</Link>
      </p>
      <p className="no-print text-base text-muted">{zh.notice.print}</p>
    </article>
  );
}

function StateNotice({ found }: { found: PublicNotice }) {
  const { notice, supersededBy } = found;
  const { t: zh, href, date, locale } = usePublicText();
  const formatChinaDate = date.date;
  return (
    <>
      {notice.status === 'withdrawn' && notice.withdrawnAt ? (
        <div className="my-4 border-4 border-brand p-3" role="note">
          <p className="my-0 font-bold">{zh.notice.withdrawnOn(formatChinaDate(notice.withdrawnAt))}</p>
          <p className="my-0">
            {zh.notice.withdrawnReason}
            {notice.withdrawalReason ? <ZhData locale={locale}>{notice.withdrawalReason}</ZhData> : null}
          </p>
        </div>
      ) : null}
      {supersededBy ? (
        <p className="my-4 border-4 border-brand p-3 font-bold">
          {zh.notice.supersededBy}
          <Link href={href(`/notices/${supersededBy.id}`)}>
            <ZhData locale={locale}>{supersededBy.title}</ZhData>
          </Link>
        </p>
      ) : null}
      {notice.supersedesId ? (
        <p className="my-4 border-l-8 border-line p-3">
          {zh.notice.supersedes}
          <Link href={href(`/notices/${notice.supersedesId}`)}>{zh.notice.number(notice.supersedesId)}</Link>
        </p>
      ) : null}
      {notice.status === 'closed' && notice.closedAt ? (
        <p className="my-4 border-l-8 border-ink p-3">{zh.notice.closedOn(formatChinaDate(notice.closedAt), found.listSummary === null)}</p>
      ) : null}
    </>
  );
}
