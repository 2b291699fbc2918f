// One year's income of one household: correct it (until confirmed) or, for the county, confirm it.
// Each action checks the role, the region and the record's state again; this page only decides what to show.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionButtonForm } from '@/components/admin/action-button-form';
import { confirmIncomeAction } from '@/lib/actions/incomes.server';
import { requireOfficial } from '@/lib/auth/session';
import { getIncomeHistory } from '@/lib/data/officials/incomes';
import { reachesThreshold } from '@/lib/domain/income';
import { can } from '@/lib/domain/permissions';
import { formatChinaDate } from '@/lib/domain/time';
import { zhAdmin } from '@/lib/i18n/zh-admin';
import { zhAdminHelp } from '@/lib/i18n/zh-admin-help';
import { formatYuan } from '@/lib/i18n/zh';
import { HouseholdHeading } from '../../../help/_components/household-heading';
import { EditIncomeForm } from './edit-income-form';
import { parseRowId } from '@/lib/route-params';
import { DetailList } from '@/components/ui/figure-tiles';

const t = zhAdminHelp;
const i = t.incomes;

type Props = { params: Promise<{ householdId: string; year: string }> };

const parseYear = (raw: string) => (/^[12][0-9]{3}$/.test(raw) ? Number(raw) : null);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { householdId, year } = await params;
  return { title: `${i.title} ${parseRowId(householdId) ?? ''} ${parseYear(year) ?? ''}` };
}

export default async function IncomeYearPage({ params }: Props) {
  const raw = await params;
  const id = parseRowId(raw.householdId);
  const year = parseYear(raw.year);
  const official = await requireOfficial(`/admin/incomes/${id ?? ''}`);
  const history = id === null || year === null ? null : await getIncomeHistory(official, id, new Date());
  const record = history?.records.find((r) => r.year === year);
  if (!history || !record) notFound();
  const { household } = history;
  const threshold = formatYuan(household.incomeThreshold);
  const confirmed = record.confirmedAt !== null;
  const mayRecord = can(official, 'income.record', household.villageCode);
  const mayConfirm = can(official, 'income.confirm', household.villageCode);
  const back = { href: `/admin/incomes/${household.id}`, label: i.backToHousehold };

  return (
    <>
      <HouseholdHeading household={household} title={i.yearOption(record.year)} back={back} />
      <DetailList
        rows={[
          [t.fields.incomePerCapita, formatYuan(record.incomePerCapita)],
          [i.historyColumns.recordedBy, record.recordedBy ?? t.none],
          [
            i.historyColumns.confirmed,
            record.confirmedBy && record.confirmedAt
              ? i.confirmedBy(t.withRole(record.confirmedBy.name, zhAdmin.roles[record.confirmedBy.role]), formatChinaDate(record.confirmedAt))
              : i.unconfirmed,
          ],
        ]}
      />

      {confirmed ? (
        <p className="border-l-8 border-line bg-panel p-3">{i.confirmedNote}</p>
      ) : (
        <>
          {mayRecord ? (
            <section aria-labelledby="edit-heading">
              <h2 id="edit-heading">{i.editTitle}</h2>
              <EditIncomeForm recordId={record.id} income={record.incomePerCapita} />
            </section>
          ) : null}
          <section aria-labelledby="confirm-heading">
            <h2 id="confirm-heading">{i.confirmTitle}</h2>
            {mayConfirm ? (
              <>
                <p>{i.confirmIntro(formatYuan(record.incomePerCapita), reachesThreshold(record.incomePerCapita, household.incomeThreshold), threshold)}</p>
                <ActionButtonForm action={confirmIncomeAction} fields={{ recordId: String(record.id) }} label={i.confirmSubmit} />
              </>
            ) : (
              <p>{i.confirmNotAllowed}</p>
            )}
          </section>
        </>
      )}
      <p className="no-print mt-6">
        <Link href={back.href}>{back.label}</Link>
      </p>
    </>
  );
}
