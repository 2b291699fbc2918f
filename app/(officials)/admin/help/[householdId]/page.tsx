// One filed household's help measures (帮扶措施), visits and income at a glance, each section with a link
// to its own one-form page. Officials who may only read see the same page without the links.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { dateLabel } from '@/components/notice-list';
import { requireOfficial } from '@/lib/auth/session';
import { getHelpRecord, type HelpRecord } from '@/lib/data/officials/help';
import { householdTrainings } from '@/lib/data/officials/duties';
import { getIncomeHistory } from '@/lib/data/officials/incomes';
import { can } from '@/lib/domain/permissions';
import { zhAdminDuties } from '@/lib/i18n/zh-admin-duties';
import { zhAdminHelp } from '@/lib/i18n/zh-admin-help';
import { formatYuan } from '@/lib/i18n/zh';
import { flashMessage, parseRowId } from '@/lib/route-params';
import { HouseholdHeading } from '../_components/household-heading';
import { DetailList } from '@/components/ui/figure-tiles';
import { ScrollTable } from '@/components/ui/table';

const t = zhAdminHelp;
const r = t.record;

type Props = { params: Promise<{ householdId: string }>; searchParams: Promise<{ saved?: string | string[] }> };

// What `?saved=` may say (the actions' redirects); anything else shows nothing.
const SAVED = {
  pairing: t.success.pairing,
  helper: t.success.helperAdded,
  project: t.success.project,
  updated: t.success.updated,
  guarantee: t.success.guarantee,
  village_job: t.success.village_job,
  micro_loan: t.success.micro_loan,
  dpf_funding: t.success.dpf_funding,
  visit: t.success.visit,
};

// The title stays in browser history: the number only, never the name.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `${t.record.titleSuffix} ${parseRowId((await params).householdId) ?? ''}` };
}

export default async function HelpRecordPage({ params, searchParams }: Props) {
  const id = parseRowId((await params).householdId);
  const official = await requireOfficial(`/admin/help/${id ?? ''}`);
  const now = new Date();
  const record = id === null ? null : await getHelpRecord(official, id, now);
  if (!record) notFound();
  const { household } = record;
  const saved = (await searchParams).saved;
  const heading = (
    <HouseholdHeading
      household={household}
      title={r.titleSuffix}
      back={{ href: '/admin/help', label: r.back }}
      saved={flashMessage(saved, SAVED)}
    />
  );
  if (!household.filedAt) {
    return (
      <>
        {heading}
        <h2>{r.notFiledTitle}</h2>
        <p>{t.errors.notFiled}</p>
      </>
    );
  }
  const mayRecord = can(official, 'help.record', household.villageCode);
  const mayVisit = can(official, 'visit.record', household.villageCode);
  const income = await getIncomeHistory(official, household.id, now);
  const latest = income?.records.at(-1);
  // 实用技术培训: the household's distinct skills count toward the programme's 1–2 (issue 10 item 5).
  const trained = await householdTrainings(official, household.id);
  const skills = new Set(trained.map((x) => x.skill.trim())).size;
  const d = zhAdminDuties.trainings;
  const measure = (name: string) => `/admin/help/${household.id}/${name}`;

  return (
    <>
      {heading}
      {mayRecord ? null : <p className="border-l-8 border-line bg-panel p-3">{r.readOnly}</p>}

      <section aria-labelledby="gaps-heading">
        <h2 id="gaps-heading">{r.gapsTitle}</h2>
        {record.gaps.length === 0 ? (
          <p>{r.gapsNone}</p>
        ) : (
          <ul className="list-disc pl-6 font-bold text-warn">
            {record.gaps.map((gap) => (
              <li key={gap}>{t.gaps[gap]}</li>
            ))}
          </ul>
        )}
      </section>

      <Section id="pairing" title={r.pairingTitle} link={mayRecord ? { href: measure('pairing'), label: `${record.pairing ? r.change : r.set}${r.pairingTitle}` } : null}>
        {record.pairing ? (
          <DetailList
            rows={[
              [r.pairing.cadreName, record.pairing.cadreName],
              [r.pairing.cadrePost, record.pairing.cadrePost],
              [r.pairing.agreementDate, dateLabel(record.pairing.agreementDate)],
            ]}
          />
        ) : (
          <p>{r.none}</p>
        )}
      </Section>

      <Section id="helpers" title={r.helpersTitle(record.helpers.length)} link={mayRecord ? { href: measure('helpers'), label: `${r.change}${t.measures.helpers.title}` } : null}>
        <SimpleTable
          caption={r.helpersCaption}
          columns={[r.helperColumns.name, r.helperColumns.kind]}
          rows={record.helpers.map((h) => [h.name, t.helperKinds[h.kind]])}
        />
      </Section>

      <Section id="projects" title={r.projectsTitle(record.projects.length)} link={mayRecord ? { href: measure('projects'), label: `${r.addOrRemove}${t.measures.projects.title}` } : null}>
        <SimpleTable
          caption={r.projectsCaption}
          columns={[r.projectColumns.description, r.projectColumns.startedOn, r.projectColumns.support]}
          rows={record.projects.map((p) => [p.description, dateLabel(p.startedOn), t.joinList(p.support.map((s) => t.projectSupports[s]))])}
        />
      </Section>

      <Section id="skills" title={d.skills(skills)} link={can(official, 'training.record', household.villageCode) ? { href: `/admin/duties/trainings?household=${household.id}#new-training`, label: d.addLink } : null}>
        <SimpleTable
          caption={d.caption}
          columns={[d.columns.trainedOn, d.columns.member, d.columns.skill, d.columns.trainer]}
          rows={trained.map((x) => [dateLabel(x.trainedOn), zhAdminDuties.memberOf(x.memberName, x.relation), x.skill, x.trainer])}
        />
      </Section>

      <Section id="guarantees" title={r.guaranteesTitle} link={mayRecord ? { href: measure('guarantees'), label: `${r.set}${t.measures.guarantees.title}` } : null}>
        <SimpleTable
          caption={r.guaranteesCaption}
          columns={[r.guaranteeColumns.kind, r.guaranteeColumns.securedOn]}
          rows={Object.entries(t.guaranteeKinds).map(([kind, label]) => {
            const on = record.guarantees[kind as keyof HelpRecord['guarantees']];
            return [label, on ? dateLabel(on) : r.notSecured];
          })}
        />
        <p>{r.guaranteesNote}</p>
      </Section>

      <Section id="jobs" title={r.jobsTitle} link={mayRecord ? { href: measure('jobs'), label: `${r.addOrRemove}${t.measures.jobs.title}` } : null}>
        <SimpleTable
          caption={r.jobsCaption}
          columns={[r.jobColumns.enterprise, r.jobColumns.startedOn]}
          rows={record.supports.village_job.map((s) => [s.description, dateLabel(s.grantedOn)])}
        />
      </Section>

      <MoneySection id="loans" title={r.loansTitle} caption={r.loansCaption} rows={record.supports.micro_loan} link={mayRecord ? { href: measure('loans'), label: `${r.addOrRemove}${t.measures.loans.title}` } : null} />
      <MoneySection id="funding" title={r.fundingTitle} caption={r.fundingCaption} rows={record.supports.dpf_funding} link={mayRecord ? { href: measure('funding'), label: `${r.addOrRemove}${t.measures.funding.title}` } : null} />

      <Section id="visits" title={r.visitsTitle} link={mayVisit ? { href: `/admin/visits/new?household=${household.id}`, label: r.visitNew } : null}>
        {record.visitOverdue ? (
          <p className="border-l-8 border-warn bg-panel p-3 font-bold">{r.visitOverdue}</p>
        ) : record.nextVisitDueBy ? (
          <p>{r.visitDueBy(dateLabel(record.nextVisitDueBy))}</p>
        ) : null}
        <SimpleTable
          caption={r.visitsCaption}
          columns={[r.visitColumns.visitedOn, r.visitColumns.visitor, r.visitColumns.findings, r.visitColumns.suggestions, ...(mayVisit ? [t.visits.editColumn] : [])]}
          rows={record.visits.map((v) => [
            dateLabel(v.visitedOn),
            v.visitor,
            v.findings,
            v.suggestions || r.empty,
            ...(mayVisit
              ? [
                  <Link key="edit" href={`/admin/visits/${v.id}`} aria-label={t.visits.edit(dateLabel(v.visitedOn))}>
                    {r.change}
                  </Link>,
                ]
              : []),
          ])}
        />
      </Section>

      <Section id="income" title={r.incomeTitle} link={{ href: `/admin/incomes/${household.id}`, label: r.incomeLink }}>
        {income?.exitYear ? <p className="font-bold text-open">{t.incomes.out(income.exitYear)}</p> : null}
        <p>{latest ? r.latestIncome(latest.year, formatYuan(latest.incomePerCapita), latest.confirmedAt !== null) : r.noIncome}</p>
      </Section>
    </>
  );
}

function Section({ id, title, link, children }: { id: string; title: string; link: { href: string; label: string } | null; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
      {link ? (
        <p className="no-print">
          <Link href={link.href}>{link.label}</Link>
        </p>
      ) : null}
    </section>
  );
}

function SimpleTable({ caption, columns, rows }: { caption: string; columns: string[]; rows: React.ReactNode[][] }) {
  if (rows.length === 0) return <p>{r.none}</p>;
  return (
    <ScrollTable caption={caption} columns={columns}>
      {rows.map((row, i) => (
        <tr key={i}>
          {row.map((cell, j) =>
            j === 0 ? (
              <th key={j} scope="row" className="font-normal">
                {cell}
              </th>
            ) : (
              <td key={j}>{cell}</td>
            ),
          )}
        </tr>
      ))}
    </ScrollTable>
  );
}

type MoneyRow = HelpRecord['supports']['micro_loan'][number];

function MoneySection({ id, title, caption, rows, link }: { id: string; title: string; caption: string; rows: MoneyRow[]; link: { href: string; label: string } | null }) {
  const c = r.moneyColumns;
  return (
    <Section id={id} title={title} link={link}>
      <SimpleTable
        caption={caption}
        columns={[c.grantedOn, c.amount, c.source, c.purpose]}
        rows={rows.map((s) => [dateLabel(s.grantedOn), formatYuan(s.amountYuan ?? 0), s.source ?? r.empty, s.description || r.empty])}
      />
    </Section>
  );
}
