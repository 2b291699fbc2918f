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

const t = zhLeftOut;
const DONE = { recorded: t.recordedOfficial, screened: t.screened };

export const metadata: Metadata = { title: t.adminTitle };

export default async function LeftOutPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const { id: rawId } = await params;
  const official = await requireOfficial(`/admin/left-out/${encodeURIComponent(rawId)}`);
  const report = await getLeftOut(official, parseRowId(rawId) ?? 0);
  if (!report) notFound();
  const dl = 'grid grid-cols-[auto_1fr] gap-x-4 gap-y-1';
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
      <dl className={dl}>
        <dt className="font-bold">{t.facts.village}</dt>
        <dd>{report.villageName}</dd>
        <dt className="font-bold">{t.facts.received}</dt>
        <dd>{formatChinaDateTime(report.receivedAt)}</dd>
        <dt className="font-bold">{t.privateFacts.channel}</dt>
        <dd>
          {t.channels[report.channel]}
          {report.recordedByName ? `（${report.recordedByName}）` : null}
        </dd>
        {report.noticeId !== null ? (
          <>
            <dt className="font-bold">{t.privateFacts.notice}</dt>
            <dd>
              <Link href={`/admin/notices/${report.noticeId}`}>{report.noticeTitle ?? `公示 ${report.noticeId}`}</Link>
            </dd>
          </>
        ) : null}
        <dt className="font-bold">{t.facts.status}</dt>
        <dd className="font-bold">{t.statuses[report.status]}</dd>
        {report.screenedAt ? (
          <>
            <dt className="font-bold">{t.facts.screened}</dt>
            <dd>
              {formatChinaDate(report.screenedAt)}
              {report.screenedByName ? `（${report.screenedByName}）` : null}
            </dd>
            <dt className="font-bold">{t.facts.reason}</dt>
            <dd className="whitespace-pre-line">{report.publicReason}</dd>
          </>
        ) : null}
      </dl>

      <section aria-labelledby="private-heading" className="my-6 border-4 border-dashed border-line p-4">
        <h2 id="private-heading" className="mt-0">
          {t.privateTitle}
        </h2>
        <dl className={dl}>
          <dt className="font-bold">{t.privateFacts.who}</dt>
          <dd className="whitespace-pre-line">{report.who}</dd>
          <dt className="font-bold">{t.privateFacts.why}</dt>
          <dd className="whitespace-pre-line">{report.why}</dd>
          <dt className="font-bold">{t.privateFacts.contact}</dt>
          <dd>{report.reporterContact ?? t.noContact}</dd>
        </dl>
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
