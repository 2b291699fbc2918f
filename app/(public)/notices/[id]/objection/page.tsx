// Objecting online to an open notice (issue 9 item 4): no sign-in, no JavaScript needed (a Server Action
// with a plain form). After the period, or on a closed or withdrawn notice, the page says why it takes
// nothing. The form carries the guard's signed stamp, made here at render time.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Breadcrumb, regionTrail } from '@/components/breadcrumb';
import { OBJECTION_FORM, lodgeRefusal } from '@/lib/actions/online-objections';
import { getPublicNotice } from '@/lib/data/public';
import { canLodgeOnline } from '@/lib/domain/objection-intake';
import { getPublicText } from '@/lib/i18n/public';
import { issueFormStamp } from '@/lib/security/public-form-guard';
import { ObjectionForm } from './objection-form';
import { parseRowId } from '@/lib/route-params';

type Props = { params: Promise<{ id: string }> };


export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t, objection } = await getPublicText();
  const found = await getPublicNotice(parseRowId((await params).id) ?? 0);
  return { title: found ? objection.formTitle : t.notice.notFoundTitle, robots: { index: false, follow: false } };
}

export default async function ObjectionPage({ params }: Props) {
  const found = await getPublicNotice(parseRowId((await params).id) ?? 0);
  if (!found) notFound();
  const text = await getPublicText();
  const o = text.objection;
  const { notice, entries, regionPath } = found;
  const now = new Date();
  const verdict = canLodgeOnline(notice, now);
  const backLink = (
    <p>
      <Link href={text.href(`/notices/${notice.id}`)}>{o.backToNotice}</Link>
    </p>
  );
  return (
    <>
      <Breadcrumb trail={[...regionTrail(regionPath, text), { href: text.href(`/notices/${notice.id}`), label: notice.title }]} current={o.formTitle} />
      <h1>{o.formTitle}</h1>
      {!verdict.ok ? (
        <section aria-labelledby="closed-heading" className="my-4 border-4 border-brand p-4">
          <h2 id="closed-heading" className="mt-0">
            {o.closedTitle}
          </h2>
          <p className="font-bold">{lodgeRefusal(o, verdict, text.date.date)}</p>
        </section>
      ) : (
        <>
          <p>{o.formIntro(notice.title)}</p>
          {notice.periodEndDate ? <p className="font-bold">{o.deadline(text.date.day(notice.periodEndDate))}</p> : null}
          <ObjectionForm
            noticeId={notice.id}
            stamp={issueFormStamp(OBJECTION_FORM, now)}
            trackPath={text.href('/objections/')}
            about={[
              { value: 'notice', label: o.aboutWhole },
              ...entries.map((e) => ({ value: String(e.id), label: o.aboutEntry(e.position, e.maskedName) })),
            ]}
            text={{
              about: o.about,
              aboutHint: o.aboutHint,
              summary: o.summary,
              summaryHint: o.summaryHint,
              name: o.name,
              phone: o.phone,
              contactHint: o.contactHint,
              optional: o.optional,
              honeypot: o.honeypot,
              submit: o.submit,
              sending: o.sending,
              summaryTitle: o.summaryTitle,
              sentTitle: o.sentTitle,
              sentReference: o.sentReference,
              sentCode: o.sentCode,
              sentKeep: o.sentKeep,
              sentLink: o.sentLink,
            }}
          />
        </>
      )}
      {backLink}
    </>
  );
}
