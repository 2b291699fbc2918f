// One left-out household report (应列未列) by its reference: the answer the villager gets after
// reporting (?sent=1), and where they later read the outcome. Public facts only: no one's name.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Breadcrumb } from '@/components/breadcrumb';
import { getLeftOutByReference } from '@/lib/data/public-participation';
import { parseLeftOutReference } from '@/lib/domain/left-out';
import { getPublicText } from '@/lib/i18n/public';
import { DetailList } from '@/components/ui/figure-tiles';
import { withZhData, ZhData } from '@/components/zh-data';

type Props = { params: Promise<{ reference: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function reportOf(raw: string) {
  const reference = parseLeftOutReference(decodeURIComponent(raw));
  return reference ? getLeftOutByReference(reference) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { participation } = await getPublicText();
  const report = await reportOf((await params).reference);
  const t = participation.leftOut;
  return { title: report ? t.referenceTitle(report.reference) : t.notFoundTitle, robots: { index: false, follow: false } };
}

export default async function LeftOutReferencePage({ params, searchParams }: Props) {
  const report = await reportOf((await params).reference);
  if (!report) notFound();
  const { t: site, participation, href, date, locale } = await getPublicText();
  const t = participation.leftOut;
  const sent = (await searchParams).sent === '1';
  return (
    <article>
      <Breadcrumb
        trail={[
          { href: href('/'), label: site.site.home },
          { href: href(`/regions/${report.villageCode}`), label: report.villageName },
        ]}
        current={report.reference}
      />
      <h1>{t.referenceTitle(report.reference)}</h1>
      {sent ? (
        <div role="status" className="my-4 border-l-8 border-open bg-panel p-4">
          <h2 className="mt-0">{t.sentTitle}</h2>
          <p>
            {t.sentReference}: <strong className="font-mono text-2xl">{report.reference}</strong>
          </p>
          <p className="mb-0">{t.sentKeep}</p>
        </div>
      ) : null}
      <DetailList
        rows={[
          [t.facts.reference, report.reference, { className: 'font-mono' }],
          [t.facts.village, <ZhData locale={locale}>{report.villageName}</ZhData>],
          [t.facts.received, date.date(report.receivedAt)],
          [t.facts.status, t.statuses[report.status], { className: 'font-bold', testId: 'left-out-status' }],
          report.screenedAt && [t.facts.screened, date.date(report.screenedAt)],
          report.screenedAt && [t.facts.reason, <ZhData locale={locale}>{report.publicReason ?? ''}</ZhData>, { className: 'whitespace-pre-line' }],
        ]}
      />
      <p>
        <Link href={href(`/regions/${report.villageCode}`)}>{withZhData(locale, t.backToVillage, report.villageName)}</Link>
      </p>
    </article>
  );
}
