// 工作档案 of a township or county on one printable page: its plan, joint meetings, inspections with their
// fixes, annual summaries, trainings and Party counts, and links to the rosters. Counts, not people:
// the page may be printed and filed.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ApprovalPrintButton } from '@/components/admin/approval-print-button';
import { dateLabel } from '@/components/notice-list';
import { requireOfficial } from '@/lib/auth/session';
import { getWorkFile } from '@/lib/data/officials/duties';
import { PARTY_STAGES } from '@/lib/domain/duties';
import { formatChinaDateTime } from '@/lib/domain/time';
import { zhAdminDuties } from '@/lib/i18n/zh-admin-duties';
import { ScrollTable } from '@/components/ui/table';
import { FixTable } from '../../_components/fix-table';

const t = zhAdminDuties.workFile;

export const metadata: Metadata = { title: zhAdminDuties.hub.workFile };

const printCss = `
@media print {
  @page { size: A4 portrait; margin: 12mm 15mm; }
  html { font-size: 10.5pt; }
  main { max-width: none !important; padding: 0 !important; }
  .work-file section { page-break-inside: avoid; }
  .work-file h2 { margin-top: 0.8em; }
}`;

type Props = { params: Promise<{ code: string }> };

export default async function WorkFilePage({ params }: Props) {
  const raw = (await params).code;
  const code = /^[0-9]{6}([0-9]{3})?$/.test(raw) ? raw : '';
  const official = await requireOfficial(`/admin/duties/work-file/${code}`);
  const now = new Date();
  const file = code ? await getWorkFile(official, code, now) : null;
  if (!file) notFound();
  const m = zhAdminDuties.meetings;
  const i = zhAdminDuties.inspections;
  return (
    <div className="work-file">
      <style>{printCss}</style>
      <div className="no-print my-4 flex flex-wrap items-center gap-2">
        <ApprovalPrintButton label={t.print} />
        <p className="my-0 text-base text-muted">{t.printHint}</p>
      </div>
      <h1>{t.title(file.name)}</h1>
      <p>{t.generated(formatChinaDateTime(now))}</p>
      <p>{t.households(file.filedHouseholds)}</p>

      {file.level === 'county' ? (
        <section aria-labelledby="wf-plan">
          <h2 id="wf-plan">{t.plan}</h2>
          {file.plan.length === 0 ? (
            <p>{t.noPlan}</p>
          ) : (
            <ScrollTable caption={t.planCaption} columns={[t.planColumns.year, t.planColumns.target]}>
              {file.plan.map((p) => (
                <tr key={p.year}>
                  <th scope="row">{p.year}</th>
                  <td className="text-right">{p.target}</td>
                </tr>
              ))}
            </ScrollTable>
          )}
        </section>
      ) : null}

      <section aria-labelledby="wf-meetings">
        <h2 id="wf-meetings">{t.meetings}</h2>
        {file.meetings.length === 0 ? (
          <p>{m.empty}</p>
        ) : (
          <ScrollTable caption={m.caption} columns={[m.columns.heldOn, m.columns.bodies, m.columns.decisions]}>
            {file.meetings.map((x) => (
              <tr key={x.id}>
                <th scope="row" className="font-normal">
                  {dateLabel(x.heldOn)}
                </th>
                <td>{[...x.bodies.map((b) => zhAdminDuties.meetingBodies[b]), ...(x.otherBodies ? [x.otherBodies] : [])].join('、')}</td>
                <td className="whitespace-pre-line">{x.decisions}</td>
              </tr>
            ))}
          </ScrollTable>
        )}
      </section>

      <section aria-labelledby="wf-inspections">
        <h2 id="wf-inspections">{t.inspections}</h2>
        {file.inspections.length === 0 ? <p>{i.empty}</p> : null}
        {file.inspections.map((x) => (
          <article key={x.id} aria-labelledby={`wf-inspection-${x.id}`}>
            <h3 id={`wf-inspection-${x.id}`}>
              <Link href={`/admin/duties/inspections/${x.id}`}>{i.detailTitle(x.regionName, dateLabel(x.inspectedOn))}</Link>
            </h3>
            <p>
              {i.columns.inspector}：{x.inspectorName}。{x.findings}
            </p>
            {x.fixes.length === 0 ? <p>{i.noFixes}</p> : <FixTable fixes={x.fixes} />}
          </article>
        ))}
      </section>

      <section aria-labelledby="wf-summaries">
        <h2 id="wf-summaries">{t.summaries}</h2>
        {file.summaries.length === 0 ? (
          <p>{t.noSummaries}</p>
        ) : (
          <ScrollTable caption={t.summariesCaption} columns={[t.summaryColumns.year, t.summaryColumns.status, t.summaryColumns.submittedAt]}>
            {file.summaries.map((s) => (
              <tr key={s.year}>
                <th scope="row">
                  <Link href={`/admin/summaries/${file.countyCode}/${s.year}`}>{s.year}</Link>
                </th>
                <td>{t.summaryStatus[s.status]}</td>
                <td>{s.submittedAt ? dateLabel(s.submittedAt) : ''}</td>
              </tr>
            ))}
          </ScrollTable>
        )}
      </section>

      <section aria-labelledby="wf-trainings">
        <h2 id="wf-trainings">{t.trainings}</h2>
        <p>{t.trainingCounts(file.trainingSessions, file.trainedHouseholds)}</p>
      </section>

      <section aria-labelledby="wf-party">
        <h2 id="wf-party">{t.party}</h2>
        <ScrollTable caption={zhAdminDuties.party.countsCaption} columns={[zhAdminDuties.party.columns.stage, zhAdminDuties.workFile.countColumn]}>
          {PARTY_STAGES.map((s) => (
            <tr key={s}>
              <th scope="row" className="font-normal">
                {zhAdminDuties.partyStages[s]}
              </th>
              <td className="text-right">{file.party[s]}</td>
            </tr>
          ))}
        </ScrollTable>
      </section>

      <section aria-labelledby="wf-rosters">
        <h2 id="wf-rosters">{t.rosters}</h2>
        <p>
          <Link href="/admin/roster">{t.rosterLink}</Link>
        </p>
      </section>
    </div>
  );
}
