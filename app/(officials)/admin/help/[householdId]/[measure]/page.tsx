// One help measure's form for one household (one thing per page): pairing, helpers, projects,
// guarantees, village jobs, micro-loans or DPF funding. The form posts to its Server Action, which
// checks the role, the region and the filing again; this page only decides what to show.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionButtonForm } from '@/components/admin/action-button-form';
import { removeHelperAction } from '@/lib/actions/help.server';
import { requireOfficial } from '@/lib/auth/session';
import { getHelpRecord, parseHouseholdId, type HelpRecord } from '@/lib/data/officials/help';
import { canAddHelper } from '@/lib/domain/help';
import { can } from '@/lib/domain/permissions';
import { zhAdminHelp } from '@/lib/i18n/zh-admin-help';
import { GuaranteeForm } from '../../_components/guarantee-form';
import { HelperForm } from '../../_components/helper-form';
import { HouseholdHeading } from '../../_components/household-heading';
import { PairingForm } from '../../_components/pairing-form';
import { ProjectForm } from '../../_components/project-form';
import { DpfFundingForm, MicroLoanForm, VillageJobForm } from '../../_components/support-forms';

const t = zhAdminHelp;

const MEASURES = {
  pairing: { text: t.measures.pairing, Form: ({ record }: { record: HelpRecord }) => <PairingForm householdId={record.household.id} defaults={record.pairing} /> },
  helpers: { text: t.measures.helpers, Form: HelpersMeasure },
  projects: { text: t.measures.projects, Form: ({ record }: { record: HelpRecord }) => <ProjectForm householdId={record.household.id} /> },
  guarantees: { text: t.measures.guarantees, Form: ({ record }: { record: HelpRecord }) => <GuaranteeForm householdId={record.household.id} /> },
  jobs: { text: t.measures.jobs, Form: ({ record }: { record: HelpRecord }) => <VillageJobForm householdId={record.household.id} /> },
  loans: { text: t.measures.loans, Form: ({ record }: { record: HelpRecord }) => <MicroLoanForm householdId={record.household.id} /> },
  funding: { text: t.measures.funding, Form: ({ record }: { record: HelpRecord }) => <DpfFundingForm householdId={record.household.id} /> },
} as const;
type Measure = keyof typeof MEASURES;

const isMeasure = (value: string): value is Measure => Object.hasOwn(MEASURES, value);

type Props = { params: Promise<{ householdId: string; measure: string }>; searchParams: Promise<{ saved?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { householdId, measure } = await params;
  return { title: `${isMeasure(measure) ? MEASURES[measure].text.title : t.record.titleSuffix} ${parseHouseholdId(householdId) ?? ''}` };
}

export default async function MeasurePage({ params, searchParams }: Props) {
  const { householdId, measure } = await params;
  const id = parseHouseholdId(householdId);
  const official = await requireOfficial(`/admin/help/${id ?? ''}/${isMeasure(measure) ? measure : ''}`);
  if (!isMeasure(measure)) notFound();
  const record = id === null ? null : await getHelpRecord(official, id, new Date());
  if (!record) notFound();
  const { text, Form } = MEASURES[measure];
  const removed = (await searchParams).saved === 'removed' && measure === 'helpers';
  const back = { href: `/admin/help/${record.household.id}`, label: t.measures.back };

  let body: React.ReactNode;
  if (!record.household.filedAt) body = <p>{t.errors.notFiled}</p>;
  else if (!can(official, 'help.record', record.household.villageCode)) body = <p>{t.measures.notAllowed}</p>;
  else body = <Form record={record} />;

  return (
    <>
      <HouseholdHeading household={record.household} title={text.title} back={back} saved={removed ? t.success.helperRemoved : null} />
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
