// One help measure's form for one household (one thing per page): pairing, helpers, projects,
// guarantees, village jobs, micro-loans or DPF funding. The form posts to its Server Action, which
// checks the role, the region and the filing again; this page only decides what to show.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionButtonForm } from '@/components/admin/action-button-form';
import { dateLabel } from '@/components/notice-list';
import { removeHelperAction, removeProjectAction, removeSupportAction } from '@/lib/actions/help.server';
import { requireOfficial } from '@/lib/auth/session';
import { getHelpRecord, type HelpRecord } from '@/lib/data/officials/help';
import { canAddHelper } from '@/lib/domain/help';
import { can } from '@/lib/domain/permissions';
import { zhAdminHelp } from '@/lib/i18n/zh-admin-help';
import { formatYuan } from '@/lib/i18n/zh';
import { GuaranteeForm } from '../../_components/guarantee-form';
import { HelperForm } from '../../_components/helper-form';
import { HouseholdHeading } from '../../_components/household-heading';
import { PairingForm } from '../../_components/pairing-form';
import { ProjectForm } from '../../_components/project-form';
import { DpfFundingForm, MicroLoanForm, VillageJobForm } from '../../_components/support-forms';
import { parseRowId } from '@/lib/route-params';

const t = zhAdminHelp;

/** `edit`: the id from `?edit=`, the record to correct in the form (measures with a list of records). */
type MeasureProps = { record: HelpRecord; edit: number | null };
type MeasureSpec = { text: { title: string; intro: string }; Form: (props: MeasureProps) => React.ReactNode; removed?: string };

// Each measure: its texts, its page body, and what `?saved=removed` says after a removal there.
const MEASURES = {
  pairing: { text: t.measures.pairing, Form: ({ record }) => <PairingForm householdId={record.household.id} defaults={record.pairing} /> },
  helpers: { text: t.measures.helpers, Form: HelpersMeasure, removed: t.success.helperRemoved },
  projects: { text: t.measures.projects, Form: ProjectsMeasure, removed: t.success.projectRemoved },
  guarantees: { text: t.measures.guarantees, Form: ({ record }) => <GuaranteeForm householdId={record.household.id} /> },
  jobs: { text: t.measures.jobs, Form: JobsMeasure, removed: t.success.supportRemoved.village_job },
  loans: { text: t.measures.loans, Form: LoansMeasure, removed: t.success.supportRemoved.micro_loan },
  funding: { text: t.measures.funding, Form: FundingMeasure, removed: t.success.supportRemoved.dpf_funding },
} satisfies Record<string, MeasureSpec>;
type Measure = keyof typeof MEASURES;

const isMeasure = (value: string): value is Measure => Object.hasOwn(MEASURES, value);

type Props = { params: Promise<{ householdId: string; measure: string }>; searchParams: Promise<{ saved?: string | string[]; edit?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { householdId, measure } = await params;
  return { title: `${isMeasure(measure) ? MEASURES[measure].text.title : t.record.titleSuffix} ${parseRowId(householdId) ?? ''}` };
}

export default async function MeasurePage({ params, searchParams }: Props) {
  const { householdId, measure } = await params;
  const id = parseRowId(householdId);
  const official = await requireOfficial(`/admin/help/${id ?? ''}/${isMeasure(measure) ? measure : ''}`);
  if (!isMeasure(measure)) notFound();
  const record = id === null ? null : await getHelpRecord(official, id, new Date());
  if (!record) notFound();
  const { text, Form, removed }: MeasureSpec = MEASURES[measure];
  const query = await searchParams;
  const saved = query.saved === 'removed' ? (removed ?? null) : null;
  // Only an id among the household's own records opens one for correcting; anything else is ignored.
  const edit = parseRowId(query.edit);
  const back = { href: `/admin/help/${record.household.id}`, label: t.measures.back };

  let body: React.ReactNode;
  if (!record.household.filedAt) body = <p>{t.errors.notFiled}</p>;
  else if (!can(official, 'help.record', record.household.villageCode)) body = <p>{t.measures.notAllowed}</p>;
  else body = <Form record={record} edit={edit} />;

  return (
    <>
      <HouseholdHeading household={record.household} title={text.title} back={back} saved={saved} />
      <p>{text.intro}</p>
      {body}
      <p className="no-print mt-6">
        <Link href={back.href}>{back.label}</Link>
      </p>
    </>
  );
}

/** The current helpers, each with a button to remove them, then the form to add one while fewer than two. */
function HelpersMeasure({ record }: { record: HelpRecord }) {
  const h = t.measures.helpers;
  return (
    <>
      <h2>{h.current}</h2>
      {record.helpers.length === 0 ? (
        <p>{t.record.none}</p>
      ) : (
        <ul className="space-y-3">
          {record.helpers.map((helper) => (
            <li key={helper.id} className="flex flex-wrap items-center gap-x-4 border-b border-line pb-2">
              <span>
                {t.withRole(helper.name, t.helperKinds[helper.kind])}
              </span>
              <ActionButtonForm
                action={removeHelperAction}
                fields={{ householdId: String(record.household.id), helperId: String(helper.id) }}
                label={h.remove(helper.name)}
                tone="warning"
              />
            </li>
          ))}
        </ul>
      )}
      <h2>{h.addTitle}</h2>
      {canAddHelper(record.helpers.length) ? <HelperForm householdId={record.household.id} /> : <p>{h.full}</p>}
    </>
  );
}

type Entry = { id: number; text: string };

/**
 * What is already recorded, each with a link to correct it in the form below and a button to remove
 * it, then the form: to correct the record chosen with `?edit=`, or else to add another. The link and
 * the button name the record, so that a screen reader tells them apart.
 */
function EntriesThenForm({
  record,
  measure,
  texts,
  entries,
  idField,
  action,
  edit,
  form,
}: {
  record: HelpRecord;
  measure: string;
  texts: { current: string; remove: (what: string) => string; addTitle: string };
  entries: Entry[];
  idField: 'projectId' | 'supportId';
  action: typeof removeProjectAction;
  edit: number | null;
  form: (editId: number | undefined) => React.ReactNode;
}) {
  const path = `/admin/help/${record.household.id}/${measure}`;
  const editing = entries.find((entry) => entry.id === edit);
  return (
    <>
      <h2>{texts.current}</h2>
      {entries.length === 0 ? (
        <p>{t.record.none}</p>
      ) : (
        <>
          <p>{t.measures.removeHint}</p>
          <ul className="space-y-3">
            {entries.map((entry) => (
              <li key={entry.id} className="flex flex-wrap items-center gap-x-4 border-b border-line pb-2">
                <span>{entry.text}</span>
                {/* A plain link: a full load lets the browser move the keyboard's starting point to the form. */}
                <a href={`${path}?edit=${entry.id}#form-heading`} aria-label={t.measures.edit(entry.text)}>
                  {t.record.change}
                </a>
                <ActionButtonForm
                  action={action}
                  fields={{ householdId: String(record.household.id), [idField]: String(entry.id) }}
                  label={texts.remove(entry.text)}
                  tone="warning"
                />
              </li>
            ))}
          </ul>
        </>
      )}
      <h2 id="form-heading">{editing ? t.measures.editTitle(editing.text) : texts.addTitle}</h2>
      {/* The key gives the form fresh defaults when another record is chosen. */}
      <div key={editing?.id ?? 'new'}>{form(editing?.id)}</div>
      {editing ? (
        <p>
          <Link href={path}>{t.measures.cancelEdit}</Link>
        </p>
      ) : null}
    </>
  );
}

const entry = t.measures.entry;

function ProjectsMeasure({ record, edit }: MeasureProps) {
  const entries = record.projects.map((p) => ({ id: p.id, text: entry(p.description, dateLabel(p.startedOn)) }));
  const form = (id: number | undefined) => <ProjectForm householdId={record.household.id} editing={record.projects.find((p) => p.id === id)} />;
  return <EntriesThenForm record={record} measure="projects" texts={t.measures.projects} entries={entries} idField="projectId" action={removeProjectAction} edit={edit} form={form} />;
}

type SupportKind = keyof HelpRecord['supports'];
type SupportEntry = HelpRecord['supports'][SupportKind][number];
type SupportMeasureProps = MeasureProps & {
  measure: 'jobs' | 'loans' | 'funding';
  kind: SupportKind;
  SupportForm: typeof MicroLoanForm;
  line: (s: SupportEntry) => string;
};

/** The three kinds of support share one list-then-form page; only the texts, the form and the line differ. */
function SupportMeasure({ record, edit, measure, kind, SupportForm, line }: SupportMeasureProps) {
  const rows = record.supports[kind];
  const entries = rows.map((s) => ({ id: s.id, text: line(s) }));
  const form = (id: number | undefined) => <SupportForm householdId={record.household.id} editing={rows.find((s) => s.id === id)} />;
  return <EntriesThenForm record={record} measure={measure} texts={t.measures[measure]} entries={entries} idField="supportId" action={removeSupportAction} edit={edit} form={form} />;
}

const moneyLine = (s: SupportEntry) => entry(dateLabel(s.grantedOn), `${formatYuan(s.amountYuan ?? 0)}元`, s.source ?? '');

function JobsMeasure(props: MeasureProps) {
  return <SupportMeasure {...props} measure="jobs" kind="village_job" SupportForm={VillageJobForm} line={(s) => entry(s.description, dateLabel(s.grantedOn))} />;
}

function LoansMeasure(props: MeasureProps) {
  return <SupportMeasure {...props} measure="loans" kind="micro_loan" SupportForm={MicroLoanForm} line={moneyLine} />;
}

function FundingMeasure(props: MeasureProps) {
  return <SupportMeasure {...props} measure="funding" kind="dpf_funding" SupportForm={DpfFundingForm} line={moneyLine} />;
}
