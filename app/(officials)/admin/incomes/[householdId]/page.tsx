// One filed household's income history (历年收入): each year, the figure, which body recorded it and
// whether (and by which body) the county confirmed it; the form to record a new year.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireOfficial } from '@/lib/auth/session';
import { getIncomeHistory } from '@/lib/data/officials/incomes';
import { can } from '@/lib/domain/permissions';
import { formatChinaDate } from '@/lib/domain/time';
import { STABLE_EXIT_CONDITIONS } from '@/lib/domain/stable-exit';
import { zhAdmin } from '@/lib/i18n/zh-admin';
import { zhAdminDuties } from '@/lib/i18n/zh-admin-duties';
import { zhAdminHelp } from '@/lib/i18n/zh-admin-help';
import { formatYuan } from '@/lib/i18n/zh';
import { zhProgress } from '@/lib/i18n/zh-progress';
import { ScrollTable, TableSection, num } from '@/components/ui/table';
import { flashMessage, parseRowId } from '@/lib/route-params';
import { HouseholdHeading } from '../../help/_components/household-heading';
import { RecordIncomeForm } from './record-income-form';

const t = zhAdminHelp;
const i = t.incomes;

const SAVED = {
  recorded: t.success.incomeRecorded,
  updated: t.success.incomeUpdated,
  confirmed: t.success.incomeConfirmed,
};

type Props = { params: Promise<{ householdId: string }>; searchParams: Promise<{ saved?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `${i.title} ${parseRowId((await params).householdId) ?? ''}` };
}

export default async function IncomeHistoryPage({ params, searchParams }: Props) {
  const id = parseRowId((await params).householdId);
  const official = await requireOfficial(`/admin/incomes/${id ?? ''}`);
  const history = id === null ? null : await getIncomeHistory(official, id, new Date());
  if (!history) notFound();
  const { household, records, exitYear, conditions, trainedMembers, openYears } = history;
  const saved = (await searchParams).saved;
  const heading = (
    <HouseholdHeading
      household={household}
      title={i.title}
      back={{ href: '/admin/incomes', label: i.back }}
      saved={flashMessage(saved, SAVED)}
    />
  );
  if (!household.filedAt) {
    return (
      <>
        {heading}
        <p>{t.errors.notFiled}</p>
      </>
    );
  }
  const mayRecord = can(official, 'income.record', household.villageCode);
  const mayConfirm = can(official, 'income.confirm', household.villageCode);
  return (
    <>
      {heading}
      <p className="font-bold">{exitYear ? <span className="text-open">{i.out(exitYear)}</span> : i.notOut}</p>
      <p>{i.threshold(formatYuan(household.incomeThreshold))}</p>
      <p>
        <Link href={`/admin/help/${household.id}`}>{t.measures.back}</Link>
      </p>

      <TableSection id="conditions-heading" title={i.conditionsTitle} empty={null}>
        <ScrollTable caption={i.conditionsCaption} labelledBy="conditions-heading" columns={[i.conditionColumns.condition, i.conditionColumns.state]}>
          {STABLE_EXIT_CONDITIONS.map((c) => {
            const met = conditions[c];
            return (
              <tr key={c}>
                <th scope="row" className="font-normal">
                  {zhProgress.stableExit.labels[c]}
                </th>
                <td>
                  {met === null ? i.conditionNotRecorded : met ? <span className="text-open">{i.conditionMet}</span> : <strong className="text-warn">{i.conditionNotMet}</strong>}
                  {c === 'skill' && trainedMembers.length > 0 ? (
                    <ul className="m-0 list-disc pl-6">
                      {trainedMembers.map((m) => (
                        <li key={m.memberId}>{i.trainedMember(zhAdminDuties.memberOf(m.name, m.relation), m.skills)}</li>
                      ))}
                    </ul>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </ScrollTable>
      </TableSection>

      <TableSection id="history-heading" title={i.historyTitle} empty={records.length === 0 ? i.historyNone : null}>
        <ScrollTable caption={i.historyCaption} columns={[i.historyColumns.year, num(i.historyColumns.income), i.historyColumns.recordedBy, i.historyColumns.confirmed, i.historyColumns.action]}>
          {records.map((r) => {
            const open = r.confirmedAt === null && (mayRecord || mayConfirm);
            return (
              <tr key={r.id}>
                <th scope="row" className="font-normal">
                  {i.yearOption(r.year)}
                </th>
                <td className="num">{formatYuan(r.incomePerCapita)}</td>
                <td>{r.recordedBy ?? t.none}</td>
                <td>
                  {r.confirmedBy && r.confirmedAt
                    ? i.confirmedBy(t.withRole(r.confirmedBy.name, zhAdmin.roles[r.confirmedBy.role]), formatChinaDate(r.confirmedAt))
                    : <strong className="text-warn">{i.unconfirmed}</strong>}
                </td>
                <td>
                  <Link href={`/admin/incomes/${household.id}/${r.year}`}>{open ? i.open(r.year) : i.view(r.year)}</Link>
                </td>
              </tr>
            );
          })}
        </ScrollTable>
      </TableSection>

      <section aria-labelledby="record-heading" className="no-print">
        <h2 id="record-heading">{i.recordTitle}</h2>
        {!mayRecord ? (
          <p>{i.recordNotAllowed}</p>
        ) : openYears.length === 0 ? (
          <p>{t.errors.incomeDuplicate}</p>
        ) : (
          <RecordIncomeForm householdId={household.id} years={openYears} />
        )}
      </section>
    </>
  );
}
