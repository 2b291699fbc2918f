// The notice as villagers see it: its facts (issuing body, village, period and, when recorded, the
// 村民代表评议), its body, how to object and the list. The public notice page and the officials' preview
// (app/(officials)/admin/notices/[id]/notice-preview.tsx) both render this, so the preview shows what the
// public will see, in the visitor's language on the public page.
import Link from 'next/link';
import type { ReactNode } from 'react';
import { NoticeEntryTable } from '@/components/notice-entry-table';
import { DetailList, type Detail } from '@/components/ui/figure-tiles';
import type { ListSummary, PublicEntry, Region } from '@/lib/data/public';
import { LIST_DAYS_AFTER_CLOSING } from '@/lib/domain';
import { withZhData } from '@/components/zh-data';
import { usePublicText, type PublicText } from '@/lib/i18n/public';

export type NoticeFacts = {
  id: number;
  issuingBody: string;
  body: string;
  objectionPlace: string;
  objectionPhone: string;
  reviewDate: string | null;
  reviewRepresentatives: number | null;
};

export type Period = { startDate: string; endDate: string };

type Props = {
  notice: NoticeFacts;
  regionPath: readonly Region[];
  /** For a draft, the period publishing now would give. */
  period: Period | null;
  /** Whether the "how to object" box shows the ways to object (open, or a draft's future). */
  objectable: boolean;
  /** Whether the online objection form exists yet (not for a draft): otherwise its line is plain text. */
  onlineForm: boolean;
  entries: readonly PublicEntry[];
  /** The list is no longer public (withdrawn, or closed long enough): counts and outcomes only. */
  listSummary?: ListSummary | null;
  showOutcome: boolean;
  /** The public page's headings are h2; inside the officials' page, h3. */
  level: 'h2' | 'h3';
  /** Shown between the facts and the body (the public page's postings). */
  afterFacts?: ReactNode;
  /** Shown between "how to object" and the list (the public page's links and criteria). */
  beforeList?: ReactNode;
};

/** The 村民代表评议 line of a notice's facts (a DetailList row), only when the notice records it: also on the printed notice. */
export function reviewDetail(notice: Pick<NoticeFacts, 'reviewDate' | 'reviewRepresentatives'>, { t, date }: Pick<PublicText, 't' | 'date'>): Detail | false {
  if (notice.reviewDate === null || notice.reviewRepresentatives === null) return false;
  return [t.notice.review, t.notice.reviewRecord(date.day(notice.reviewDate), notice.reviewRepresentatives), { testId: 'review' }];
}

export function NoticeBody(p: Props) {
  const text = usePublicText();
  const { t, href } = text;
  const day = text.date.day;
  const { notice } = p;
  const H = p.level;
  const phone = notice.objectionPhone.replace(/[^0-9+]/g, '');
  return (
    <>
      <DetailList
        rows={[
          [t.notice.issuingBody, notice.issuingBody],
          [t.notice.village, p.regionPath.map((r) => r.name).join(' ')],
          [t.notice.period, p.period ? t.notice.periodRange(day(p.period.startDate), day(p.period.endDate)) : null],
          reviewDetail(notice, text),
        ]}
      />
      {p.afterFacts}

      {notice.body ? <p className="whitespace-pre-line">{notice.body}</p> : null}

      <section aria-labelledby="object-heading" className="my-6 border-l-8 border-brand bg-panel p-4">
        <H id="object-heading" className="mt-0">
          {t.notice.howToObject}
        </H>
        {p.objectable && p.period ? (
          <>
            <p>{t.notice.objectIntro(t.notice.deadline(day(p.period.endDate)))}</p>
            <ul className="list-disc pl-6">
              <li>{withZhData(text.locale, t.notice.objectInPerson, notice.objectionPlace)}</li>
              <li>
                {t.notice.objectPhone}
                {phone ? <a href={`tel:${phone}`}>{notice.objectionPhone}</a> : notice.objectionPhone}
              </li>
              <li>{t.notice.objectLetter(notice.issuingBody)}</li>
              <li>
                {p.onlineForm ? (
                  <Link href={href(`/notices/${notice.id}/objection`)} className="font-bold">
                    {text.objection.linkFromNotice}
                  </Link>
                ) : (
                  <strong>{text.objection.linkFromNotice}</strong>
                )}
                {` ${text.objection.linkHint}`}
              </li>
            </ul>
            <p>{t.notice.objectPrivacy}</p>
          </>
        ) : (
          <p>{t.notice.objectClosed}</p>
        )}
      </section>
      {p.beforeList}

      {p.listSummary ? (
        <section aria-labelledby="list-heading">
          <H id="list-heading">{t.notice.listTitle(p.listSummary.entries)}</H>
          <p>{p.listSummary.visibility === 'withdrawn' ? t.notice.listWithdrawn : t.notice.listExpired(LIST_DAYS_AFTER_CLOSING)}</p>
          <p>
            {p.listSummary.visibility === 'withdrawn'
              ? t.notice.listSummaryWithdrawn(p.listSummary.entries)
              : t.notice.listSummary(p.listSummary.entries, p.listSummary.passed, p.listSummary.removed)}
          </p>
        </section>
      ) : (
        <>
          <H id="list-heading">{t.notice.listTitle(p.entries.length)}</H>
          <NoticeEntryTable entries={p.entries} showOutcome={p.showOutcome} labelledBy="list-heading" />
        </>
      )}
    </>
  );
}
