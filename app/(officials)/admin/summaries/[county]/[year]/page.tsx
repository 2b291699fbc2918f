// One county's annual summary (总结验收) for one year: the computed figures, read-only, and the
// county's own text — a form for the county until it is submitted, read-only for everyone after.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireOfficial } from '@/lib/auth/session';
import { getSummary, type SummaryDetail } from '@/lib/data/officials/summaries';
import { formatSummaryDueDate, isSubmittedStatus } from '@/lib/domain/summary';
import { formatChinaDateTime } from '@/lib/domain/time';
import { zhAdminPlan } from '@/lib/i18n/zh-admin-plan';
import { SummaryStatusLabel } from '../../status-label';
import { SummaryForm } from './summary-form';
import { ScrollTable, num } from '@/components/ui/table';
import { DetailList } from '@/components/ui/figure-tiles';
import { DoneMessage } from '@/components/ui/done-message';

const t = zhAdminPlan.summary;

export const metadata: Metadata = { title: zhAdminPlan.summaries.title };

type Props = { params: Promise<{ county: string; year: string }>; searchParams: Promise<{ submitted?: string }> };

export default async function SummaryPage({ params, searchParams }: Props) {
  const { county, year } = await params;
  const official = await requireOfficial(`/admin/summaries/${county}/${year}`);
  // Another county's report, or one that does not exist, is simply not found (no hint either way).
  const detail = /^\d{4}$/.test(year) ? await getSummary(official, county, Number(year), new Date()) : null;
  if (!detail) notFound();
  const submitted = isSubmittedStatus(detail.status);
  const { submitted: justSubmitted } = await searchParams;
  return (
    <>
      <p className="no-print">
        <Link href="/admin/summaries">{t.back}</Link>
      </p>
      <h1>{t.title(detail.countyName, detail.year)}</h1>
      <DoneMessage message={justSubmitted && submitted ? t.justSubmitted : null} />
      <DetailList
        rows={[
          [t.status, <SummaryStatusLabel status={detail.status} />],
          [t.dueDate, formatSummaryDueDate(detail.year)],
        ]}
      />
      {submitted && detail.submittedAt ? <p>{t.submitted(formatChinaDateTime(detail.submittedAt), detail.submittedBy ?? '')}</p> : null}

      <h2>{t.figuresTitle}</h2>
      <p>{submitted ? t.figuresFrozenNote : t.figuresLiveNote}</p>
      <Figures detail={detail} />

      <h2>{t.formTitle}</h2>
      {detail.editable ? (
        <SummaryForm programmeId={detail.programme.id} countyCode={detail.countyCode} year={detail.year} notes={detail.notes} summary={detail.summary} />
      ) : (
        <ReadOnlyText detail={detail} submitted={submitted} />
      )}
    </>
  );
}

function Figures({ detail }: { detail: SummaryDetail }) {
  const f = detail.figures;
  const missing = f.incomeMissing > 0 ? t.incomeMissing(f.incomeMissing) : t.incomeComplete;
  const rows = [
    { label: t.householdsHelped, value: t.householdsHelpedValue(f.householdsHelped), how: t.householdsHelpedHow },
    { label: t.disabledHelped, value: t.disabledHelpedValue(f.disabledHelped), how: t.disabledHelpedHow },
    { label: t.incomeIncrease, value: t.incomeIncreaseValue(f.incomeMeanIncreaseYuan), how: `${t.incomeIncreaseHow(f.incomeCompared)}${missing}` },
    { label: t.grants, value: t.grantsValue(f.grantsYuan), how: t.grantsHow },
    { label: t.loans, value: t.loansValue(f.loansYuan), how: t.loansHow },
    { label: t.fundsInvested, value: t.fundsInvestedValue(f.fundsInvestedYuan), how: t.fundsInvestedHow(f.grantsYuan.toLocaleString('zh-CN'), f.loansYuan.toLocaleString('zh-CN')) },
  ];
  return (
    <ScrollTable caption={t.figuresCaption(detail.countyName, detail.year)} showCaption columns={[t.figure, num(t.value), t.howCounted]}>
      {rows.map((row) => (
        <tr key={row.label}>
          <th scope="row">{row.label}</th>
          <td className="num whitespace-nowrap font-bold">{row.value}</td>
          <td className="text-base">{row.how}</td>
        </tr>
      ))}
    </ScrollTable>
  );
}

function ReadOnlyText({ detail, submitted }: { detail: SummaryDetail; submitted: boolean }) {
  return (
    <>
      <p className="border-l-8 border-line bg-panel p-3">{submitted ? t.submittedReadOnly : t.viewOnly}</p>
      <h3>{t.notes}</h3>
      <p className="whitespace-pre-wrap">{detail.notes || t.notesNone}</p>
      <h3>{t.summary}</h3>
      <p className="whitespace-pre-wrap">{detail.summary || t.notesNone}</p>
    </>
  );
}
