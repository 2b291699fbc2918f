// The notice as villagers see it on the public page: issuing body, village, period, body, how to
// object and the list. For a draft, `period` is the one publishing now would give.
import { NoticeEntryTable } from '@/components/notice-entry-table';
import { dateLabel } from '@/components/notice-list';
import type { OfficialNotice } from '@/lib/data/officials/notices';
import { zh } from '@/lib/i18n/zh';

type Props = {
  found: OfficialNotice;
  period: { startDate: string; endDate: string } | null;
  /** Whether the "how to object" box shows the ways to object (open, or a draft's future). */
  objectable: boolean;
};

export function NoticePreview({ found, period, objectable }: Props) {
  const { notice, entries, regionPath } = found;
  return (
    <>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-bold">{zh.notice.issuingBody}</dt>
        <dd>{notice.issuingBody}</dd>
        <dt className="font-bold">{zh.notice.village}</dt>
        <dd>{regionPath.map((r) => r.name).join(' ')}</dd>
        <dt className="font-bold">{zh.notice.period}</dt>
        <dd>{period ? zh.notice.periodRange(dateLabel(period.startDate), dateLabel(period.endDate)) : null}</dd>
      </dl>

      {notice.body ? <p className="whitespace-pre-line">{notice.body}</p> : null}

      <section aria-labelledby="object-heading" className="my-6 border-l-8 border-brand bg-panel p-4">
        <h3 id="object-heading" className="mt-0">
          {zh.notice.howToObject}
        </h3>
        {objectable && period ? (
          <>
            <p>{zh.notice.objectIntro(zh.notice.deadline(dateLabel(period.endDate)))}</p>
            <ul className="list-disc pl-6">
              <li>{zh.notice.objectInPerson(notice.objectionPlace)}</li>
              <li>
                {zh.notice.objectPhone}
                {notice.objectionPhone}
              </li>
              <li>{zh.notice.objectLetter(notice.issuingBody)}</li>
            </ul>
            <p>{zh.notice.objectPrivacy}</p>
          </>
        ) : (
          <p>{zh.notice.objectClosed}</p>
        )}
      </section>

      <h3 id="list-heading">{zh.notice.listTitle(entries.length)}</h3>
      <NoticeEntryTable entries={entries} showOutcome={notice.status === 'closed'} labelledBy="list-heading" />
    </>
  );
}
