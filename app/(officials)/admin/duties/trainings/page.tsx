// 实用技术培训: the trainings of the official's region, and the form to record one.
import type { Metadata } from 'next';
import Link from 'next/link';
import { dateLabel } from '@/components/notice-list';
import { requireOfficial } from '@/lib/auth/session';
import { listTrainings, memberChoices } from '@/lib/data/officials/duties';
import { roleMay } from '@/lib/domain/permissions';
import { chinaDateString } from '@/lib/domain/time';
import { zhAdminDuties } from '@/lib/i18n/zh-admin-duties';
import { SavedMessage } from '../_components/duty-table';
import { ScrollTable } from '@/components/ui/table';
import { TrainingForm } from '../_components/training-form';
import { parseRowId } from '@/lib/route-params';

const t = zhAdminDuties.trainings;

export const metadata: Metadata = { title: t.title };

type Props = { searchParams: Promise<{ saved?: string | string[]; household?: string | string[] }> };

export default async function TrainingsPage({ searchParams }: Props) {
  const official = await requireOfficial('/admin/duties/trainings');
  const { saved, household } = await searchParams;
  const rows = await listTrainings(official);
  const mayRecord = roleMay(official.role, 'training.record');
  const choices = mayRecord ? await memberChoices(official) : [];
  // From a household's help page: its registrant is chosen to begin with.
  const fromHousehold = parseRowId(household) ?? undefined;
  const preselected = choices.find((m) => m.householdId === fromHousehold && m.relation === 'self')?.memberId;
  const members = choices.map((m) => ({ id: m.memberId, label: zhAdminDuties.memberLabel(m.name, zhAdminDuties.relations[m.relation], m.villageName) }));
  const c = t.columns;
  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <SavedMessage saved={saved} messages={{ training: zhAdminDuties.success.training }} />
      <section aria-labelledby="new-training">
        <h2 id="new-training">{t.newTitle}</h2>
        {!mayRecord ? <p>{t.notAllowed}</p> : choices.length === 0 ? <p>{t.noHouseholds}</p> : <TrainingForm members={members} today={chinaDateString(new Date())} memberId={preselected} />}
      </section>
      <section aria-labelledby="training-list">
        <h2 id="training-list">{t.caption}</h2>
        {rows.length === 0 ? (
          <p>{t.empty}</p>
        ) : (
          <ScrollTable caption={t.caption} columns={[c.trainedOn, c.household, c.member, c.skill, c.trainer]}>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>{dateLabel(r.trainedOn)}</td>
                <th scope="row" className="font-normal">
                  <Link href={`/admin/help/${r.householdId}`}>{r.fullName}</Link>（{r.villageName}）
                </th>
                <td>
                  {r.memberName}（{zhAdminDuties.relations[r.relation]}）
                </td>
                <td>{r.skill}</td>
                <td>{r.trainer}</td>
              </tr>
            ))}
          </ScrollTable>
        )}
      </section>
    </>
  );
}
