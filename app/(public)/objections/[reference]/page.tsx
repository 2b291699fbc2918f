// Following an objection lodged online (issue 9 item 4): the reference is in the URL, the tracking code
// is asked for in a form (POST), so that it never lands in a URL, a log or a browser's history.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumb } from '@/components/breadcrumb';
import { parseObjectionReference } from '@/lib/actions/online-objections';
import { getPublicText } from '@/lib/i18n/public';
import { TrackForm } from './track-form';

type Props = { params: Promise<{ reference: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { objection } = await getPublicText();
  const reference = parseObjectionReference(decodeURIComponent((await params).reference));
  return { title: reference ? objection.trackTitle(reference) : objection.notFoundTitle, robots: { index: false, follow: false } };
}

export default async function TrackObjectionPage({ params }: Props) {
  const reference = parseObjectionReference(decodeURIComponent((await params).reference));
  // A malformed reference is no page; a well-formed one always shows the form, whether it exists or
  // not, so that the page tells nobody which references exist.
  if (!reference) notFound();
  const text = await getPublicText();
  const o = text.objection;
  return (
    <>
      <Breadcrumb trail={[{ href: text.href('/'), label: text.t.site.home }]} current={o.trackTitle(reference)} />
      <h1>{o.trackTitle(reference)}</h1>
      <TrackForm
        reference={reference}
        noticePath={text.href('/notices/')}
        locale={text.locale}
        text={{
          intro: o.trackIntro,
          code: o.code,
          codeHint: o.codeHint,
          submit: o.trackSubmit,
          sending: o.sending,
          summaryTitle: o.summaryTitle,
          facts: o.facts,
          statuses: o.statuses,
          whole: o.aboutWhole,
          entry: o.aboutEntry(0, '{n}').replace('0', '{p}'),
        }}
      />
    </>
  );
}
