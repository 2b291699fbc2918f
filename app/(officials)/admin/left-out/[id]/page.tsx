// One left-out report (应列未列): its public facts, what was reported (not public; this read is
// audited), and the screening form for the village or township of the report.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Breadcrumb } from '@/components/breadcrumb';
import { requireOfficial } from '@/lib/auth/session';
import { getLeftOut } from '@/lib/data/officials/participation';
import { formatChinaDate, formatChinaDateTime } from '@/lib/domain';
import { zhAdmin } from '@/lib/i18n/zh-admin';
import { zhLeftOut } from '@/lib/i18n/zh-left-out';
import { flashMessage, parseRowId, type SearchParams } from '@/lib/route-params';
import { DoneMessage } from '@/components/ui/done-message';
import { ScreenForm } from './screen-form';
import { DetailList } from '@/components/ui/figure-tiles';

const t = zhLeftOut;
const DONE = { recorded: t.recordedOfficial, screened: t.screened };

export const metadata: Metadata = { title: t.adminTitle };

export default async function LeftOutPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const { id: rawId } = await params;
  const official = await requireOfficial(`/admin/left-out/${encodeURIComponent(rawId)}`);
  const report = await getLeftOut(official, parseRowId(rawId) ?? 0);
  if (!report) notFound();
  return (
    <article>
      <Breadcrumb
        trail={[
          { href: '/admin', label: zhAdmin.nav.dashboard },
          { href: '/admin/left-out', label: t.adminTitle },
        ]}
        current={report.reference}
      />
      <DoneMessage message={flashMessage((await searchParams).done, DONE)} />
      <h1>{t.detailTitle(report.reference)}</h1>
      <DetailList
        rows={[
          [t.facts.village, report.villageName],
          [t.facts.received, formatChinaDateTime(report.receivedAt)],
          [
            t.privateFacts.channel,
            <>
              {t.channels[report.channel]}
              {report.recordedByName ? `（${report.recordedByName}）` : null}
            </>,
          ],
          report.noticeId !== null && [t.privateFacts.notice, <Link href={`/admin/notices/${report.noticeId}`}>{report.noticeTitle ?? `公示 ${report.noticeId}`}</Link>],
          [t.facts.status, t.statuses[report.status], { className: 'font-bold' }],
          report.screenedAt && [
            t.facts.screened,
            <>
              {formatChinaDate(report.screenedAt)}
              {report.screenedByName ? `（${report.screenedByName}）` : null}
            </>,
          ],
          report.screenedAt && [t.facts.reason, report.publicReason, { className: 'whitespace-pre-line' }],
        ]}
      />

      <section aria-labelledby="private-heading" className="my-6 border-4 border-dashed border-line p-4">
        <h2 id="private-heading" className="mt-0">
          {t.privateTitle}
        </h2>
        <DetailList
          rows={[
            [t.privateFacts.who, report.who, { className: 'whitespace-pre-line' }],
            [t.privateFacts.why, report.why, { className: 'whitespace-pre-line' }],
            [t.privateFacts.contact, report.reporterContact ?? t.noContact],
          ]}
        />
      </section>

      {report.mayScreen ? (
        <section aria-labelledby="screen-heading">
          <h2 id="screen-heading">{t.screenTitle}</h2>
          <ScreenForm reportId={report.id} />
        </section>
      ) : null}
      <p>
        <Link href="/admin/left-out">{t.adminTitle}</Link>
      </p>
    </article>
  );
}
