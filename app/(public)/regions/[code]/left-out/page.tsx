// Reporting a household that was left out (应列未列) in one village: no sign-in, no JavaScript needed.
// Linked from the village page and from each of its notices (?notice=<id>, shown and stored with the
// report). Not an objection: it never holds up closing a notice.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Breadcrumb, regionTrail } from '@/components/breadcrumb';
import { getRegion } from '@/lib/data/public';
import { getVillageNoticeTitle } from '@/lib/data/public-participation';
import { isRuralVillage } from '@/lib/domain/regions';
import { getPublicText } from '@/lib/i18n/public';
import { withZhData } from '@/components/zh-data';
import { LEFT_OUT_FORM } from '@/lib/actions/left-out';
import { issueFormStamp } from '@/lib/security/public-form-guard';
import { LeftOutForm } from './left-out-form';
import { parseRowId } from '@/lib/route-params';

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function villageOf(code: string) {
  const found = await getRegion(code);
  return found && found.region.level === 'village' && isRuralVillage(code) && !found.retired ? found : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t, participation } = await getPublicText();
  const found = await villageOf((await params).code);
  return { title: found ? participation.leftOut.formTitle(found.region.name) : t.notFound.title, robots: { index: false, follow: false } };
}

export default async function LeftOutReportPage({ params, searchParams }: Props) {
  const { code } = await params;
  const found = await villageOf(code);
  if (!found) notFound();
  const text = await getPublicText();
  const t = text.participation.leftOut;
  const noticeParam = parseRowId((await searchParams).notice);
  const noticeTitle = noticeParam === null ? null : await getVillageNoticeTitle(noticeParam, code);
  const noticeId = noticeTitle === null ? null : noticeParam;
  const { region, ancestors } = found;
  return (
    <>
      <Breadcrumb trail={regionTrail([...ancestors, region], text)} current={t.formTitle(region.name)} />
      <h1>{withZhData(text.locale, t.formTitle, region.name)}</h1>
      <p>{t.formIntro}</p>
      {noticeId !== null && noticeTitle !== null ? (
        <p className="border-l-8 border-line p-3">
          <Link href={text.href(`/notices/${noticeId}`)}>{withZhData(text.locale, t.fromNotice, noticeTitle)}</Link>
        </p>
      ) : null}
      <LeftOutForm
        villageCode={region.code}
        noticeId={noticeId}
        stamp={issueFormStamp(LEFT_OUT_FORM, new Date())}
        text={{
          who: t.who,
          whoHint: t.whoHint,
          why: t.why,
          whyHint: t.whyHint,
          contact: t.contact,
          contactHint: t.contactHint,
          optional: t.optional,
          submit: t.submit,
          sending: t.sending,
          summaryTitle: t.summaryTitle,
          honeypotLabel: t.honeypotLabel,
        }}
      />
      <p>
        <Link href={text.href(`/regions/${region.code}`)}>{withZhData(text.locale, t.backToVillage, region.name)}</Link>
      </p>
    </>
  );
}
