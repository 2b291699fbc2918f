import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionButtonForm } from '@/components/admin/action-button-form';
import { removeMemberAction } from '@/lib/actions/members.server';
import { requireOfficial } from '@/lib/auth/session';
import { getHousehold } from '@/lib/data/officials/households';
import { listMembers, type MemberRow } from '@/lib/data/officials/members';
import { ageOn, chinaDateString, parseDateString } from '@/lib/domain';
import { can } from '@/lib/domain/permissions';
import { zhAdminMembers } from '@/lib/i18n/zh-admin-members';
import { zh } from '@/lib/i18n/zh';
import { MemberForm, type MemberFormDefaults } from './member-form';
import { DoneMessage } from '@/components/ui/done-message';
import { flashMessage, parseRowId } from '@/lib/route-params';
import { ScrollTable } from '@/components/ui/table';

const t = zhAdminMembers;

const MEMBER_COLUMNS = ['position', 'name', 'relation', 'sex', 'age', 'idNumber', 'disability', 'labour', 'willing', 'ruralMedical', 'ruralPension', 'dibao', 'skills'] as const;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string; member?: string; add?: string }> };

// The title stays in browser history: the number only, never a name.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `${t.title} ${parseRowId((await params).id) ?? 0}` };
}

export default async function MembersPage({ params, searchParams }: Props) {
  const id = parseRowId((await params).id) ?? 0;
  const official = await requireOfficial(`/admin/households/${id || ''}/members`);
  const household = await getHousehold(official, id);
  if (!household) notFound();
  const query = await searchParams;
  const members = await listMembers(household);
  const today = chinaDateString(new Date());
  const editable = household.status !== 'removed' && can(official, 'household.update', household.villageCode);
  const chosen = editable ? members.find((m) => m.id === parseRowId(query.member)) : undefined;
  const adding = editable && !chosen && query.add === '1';
  const notEntered = members.filter((m) => m.sex === null).length;
  const yesNo = (v: boolean | null) => (v === null ? t.unknown : v ? t.yes : t.no);

  return (
    <>
      <p className="no-print">
        <Link href={`/admin/households/${household.id}`}>{t.back}</Link>
      </p>
      <DoneMessage message={flashMessage(query.saved, { 1: t.saved, removed: t.removed })} />
      <h1>
        {household.fullName} · {t.title}
      </h1>
      <p>{t.intro}</p>
      {notEntered > 0 ? <p className="font-bold">{t.notEnteredNote(notEntered)}</p> : null}
      <ScrollTable
        caption={`${t.title}（${household.householdSize}人，残疾${household.disabledMembers}人）`}
        showCaption
        columns={[...MEMBER_COLUMNS.map((c) => t.columns[c]), editable && t.columns.actions]}
      >
        {members.map((m) => (
          <tr key={m.id}>
            <td>{m.position}</td>
            <td>{m.fullName ?? t.notEntered}</td>
            <td>{m.relation ? t.relations[m.relation] : '—'}</td>
            <td>{m.sex ? t.sex[m.sex] : '—'}</td>
            <td>{m.birthDate ? ageOn(parseDateString(m.birthDate), today) : '—'}</td>
            <td className="font-mono">{m.idNumber ?? '—'}</td>
            <td>
              {m.disabilityCategory !== null
                ? `${zh.categories[m.disabilityCategory] ?? ''}${m.disabilityGrade}级`
                : m.disabled
                  ? t.unknown
                  : '—'}
            </td>
            <td>{m.labourCapacity ? t.labour[m.labourCapacity] : t.unknown}</td>
            <td>{yesNo(m.willingToWork)}</td>
            <td>{yesNo(m.ruralMedical)}</td>
            <td>{yesNo(m.ruralPension)}</td>
            <td>{m.dibao ? t.dibao[m.dibao] : t.unknown}</td>
            <td>{m.skills.join('、') || '—'}</td>
            {editable ? (
              <td>
                <Link href={`/admin/households/${household.id}/members?member=${m.id}#member-form`}>
                  {m.sex === null ? t.fill(m.position) : t.edit(m.position)}
                </Link>
              </td>
            ) : null}
          </tr>
        ))}
      </ScrollTable>

      {editable ? (
        <section aria-labelledby="member-form" className="no-print">
          {chosen ? (
            <>
              <h2 id="member-form">{chosen.sex === null ? t.fill(chosen.position) : t.edit(chosen.position)}</h2>
              <MemberForm key={chosen.id} householdId={household.id} memberId={chosen.id} registrant={chosen.position === 1} defaults={defaultsOf(chosen, today)} />
              {chosen.position === 1 ? null : (
                <>
                  <p>{t.removeConfirm}</p>
                  <ActionButtonForm action={removeMemberAction} fields={{ householdId: String(household.id), memberId: String(chosen.id) }} label={t.remove} tone="warning" />
                </>
              )}
            </>
          ) : adding ? (
            <>
              <h2 id="member-form">{t.add}</h2>
              <MemberForm householdId={household.id} memberId={null} registrant={false} defaults={{}} />
            </>
          ) : (
            <p id="member-form">
              <Link href={`/admin/households/${household.id}/members?add=1#member-form`}>{t.add}</Link>
            </p>
          )}
        </section>
      ) : null}
    </>
  );
}

function defaultsOf(m: MemberRow, today: string): MemberFormDefaults {
  const yn = (v: boolean | null) => (v === null ? '' : v ? 'yes' : 'no');
  return {
    fullName: m.fullName ?? '',
    relation: m.relation ?? '',
    idNumber: m.idNumber ?? '',
    sex: m.sex ?? '',
    age: m.birthDate ? String(ageOn(parseDateString(m.birthDate), today)) : '',
    certificateNumber: m.certificateNumber ?? '',
    labourCapacity: m.labourCapacity ?? '',
    willingToWork: yn(m.willingToWork),
    ruralMedical: yn(m.ruralMedical),
    ruralPension: yn(m.ruralPension),
    dibao: m.dibao ?? '',
    skills: m.skills.join('、'),
  };
}
