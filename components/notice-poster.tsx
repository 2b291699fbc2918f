// The printable notice in large type for the village board (A4): the officials' poster with full names
// (app/(officials)/admin/notices/[id]/poster) and the public print page with masked names
// (app/(public)/notices/[id]/print) share this layout, so the paper looks the same either way.
import QRCode from 'qrcode';
import { ApprovalPrintButton } from '@/components/admin/approval-print-button';
import { reviewDetail } from '@/components/notice-body';
import { NoticeCriteria } from '@/components/notice-criteria';
import { NoticeEntryTable } from '@/components/notice-entry-table';
import type { PublicEntry } from '@/lib/data/public';
import { getPublicText } from '@/lib/i18n/public';
import { DetailList } from '@/components/ui/figure-tiles';

export type PosterProps = {
  notice: {
    id: number;
    title: string;
    body: string;
    issuingBody: string;
    objectionPlace: string;
    objectionPhone: string;
    periodStartDate: string | null;
    periodEndDate: string | null;
    reviewDate: string | null;
    reviewRepresentatives: number | null;
  };
  villagePath: string;
  /** null: the list is no longer public (listHidden says why). */
  entries: readonly PublicEntry[] | null;
  /** Full names by entry id: the officials' poster only. */
  fullNames?: ReadonlyMap<number, string>;
  listHidden?: string;
  incomeThreshold: number;
  fingerprint: string;
  publicUrl: string;
  /** The posting date, e.g. today's date in China on the server. */
  postedOn: string;
  note: string;
};

export async function NoticePoster(p: PosterProps) {
  const { notice } = p;
  const { t: zh, poster: t, date } = await getPublicText();
  const dateLabel = date.day;
  const qr = await QRCode.toString(p.publicUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  const period =
    notice.periodStartDate && notice.periodEndDate ? zh.notice.periodRange(dateLabel(notice.periodStartDate), dateLabel(notice.periodEndDate)) : '—';
  return (
    <article className="poster text-[1.25rem] leading-relaxed print:text-[13pt]">
      <div className="no-print my-4 border-l-8 border-brand bg-panel p-4 text-base">
        <p className="mt-0">{p.note}</p>
        <ApprovalPrintButton label={t.print} />
        <span>{zh.notice.print}</span>
      </div>
      <header className="text-center">
        <p className="my-1">{p.villagePath}</p>
        <h1 className="my-2 text-[2rem] leading-tight print:text-[22pt]">{notice.title}</h1>
      </header>
      {notice.body ? <p className="whitespace-pre-line">{notice.body}</p> : null}
      <DetailList
        rows={[
          [t.issuingBody, notice.issuingBody],
          [t.period, period],
          reviewDetail(notice, { t: zh, date }),
        ]}
      />

      <section aria-labelledby="poster-list-heading">
        <h2 id="poster-list-heading">{t.listTitle(p.entries?.length ?? 0)}</h2>
        {p.entries === null ? (
          <p>{p.listHidden ?? t.listHidden}</p>
        ) : (
          <NoticeEntryTable
            entries={p.entries}
            showOutcome={false}
            labelledBy="poster-list-heading"
            caption={p.fullNames ? t.listCaptionFull(p.entries.length) : undefined}
            names={p.fullNames}
          />
        )}
      </section>

      <NoticeCriteria incomeThreshold={p.incomeThreshold} id="poster-criteria-heading" />

      <section aria-labelledby="poster-object-heading" className="my-4 border-4 border-ink p-4 print:break-inside-avoid">
        <h2 id="poster-object-heading" className="mt-0">
          {t.howToObject}
        </h2>
        {notice.periodEndDate ? <p className="font-bold">{t.until(zh.notice.deadline(dateLabel(notice.periodEndDate)))}</p> : null}
        <ul className="list-disc pl-8">
          <li>{t.inPerson(notice.objectionPlace)}</li>
          <li>{t.phone(notice.objectionPhone)}</li>
          <li>{t.letter(notice.issuingBody)}</li>
          <li className="break-all">{t.online(p.publicUrl)}</li>
        </ul>
        <p className="mb-0">{zh.notice.objectPrivacy}</p>
      </section>

      <footer className="mt-6 flex flex-wrap items-start justify-between gap-6 print:break-inside-avoid">
        <div>
          <p className="my-1">
            {zh.site.label(t.issuingBody)}
            {notice.issuingBody}
          </p>
          <p className="my-1" data-testid="posted-on">
            {zh.site.label(t.postedOn)}
            {p.postedOn}
          </p>
          <div className="mt-3 flex h-40 w-40 items-center justify-center border-2 border-dashed border-ink text-muted" role="img" aria-label={t.sealLabel}>
            {t.seal}
          </div>
        </div>
        <figure className="m-0 text-center">
          <div
            className="mx-auto h-40 w-40 [&>svg]:h-full [&>svg]:w-full"
            role="img"
            aria-label={t.qrLabel(p.publicUrl)}
            data-qr-url={p.publicUrl}
            dangerouslySetInnerHTML={{ __html: qr }}
          />
          <figcaption className="text-base">{t.qrCaption}</figcaption>
          <p className="my-2">
            {zh.site.label(t.fingerprint)}
            <strong className="font-mono text-[1.5rem] tracking-wider" data-testid="fingerprint">{p.fingerprint}</strong>
          </p>
        </figure>
      </footer>
      <p className="text-base">{t.fingerprintNote}</p>
    </article>
  );
}
