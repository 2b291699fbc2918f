// 发展残疾人党员 (measure 5): private records of the official's region, and the form to add or move one forward.
import type { Metadata } from 'next';
import Link from 'next/link';
import { dateLabel } from '@/components/notice-list';
import { requireOfficial } from '@/lib/auth/session';
import { getPartyRecord, listParty, memberChoices } from '@/lib/data/officials/duties';
import { roleMay } from '@/lib/domain/permissions';
import { zhAdminDuties } from '@/lib/i18n/zh-admin-duties';
import { SavedMessage } from '../_components/duty-table';
import { ScrollTable } from '@/components/ui/table';
import { PartyForm } from '../_components/party-form';
import { parseRowId } from '@/lib/route-params';

const t = zhAdminDuties.party;

export const metadata: Metadata = { title: t.title };

type Props = { searchParams: Promise<{ saved?: string | string[]; member?: string | string[] }> };

export default async function PartyPage({ searchParams }: Props) {
  const official = await requireOfficial('/admin/duties/party');
  const { saved, member } = await searchParams;
  const rows = await listParty(official);
  const mayRecord = roleMay(official.role, 'party.record');
  const editing = parseRowId(member) ?? undefined;
  const dates = mayRecord && editing ? await getPartyRecord(official, editing) : null;
  const choices = mayRecord ? await memberChoices(official) : [];
  const members = choices.map((m) => ({ id: m.memberId, label: zhAdminDuties.memberLabel(m.name, zhAdminDuties.relations[m.relation], m.villageName) }));
  const c = t.columns;
  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <SavedMessage saved={saved} messages={{ party: zhAdminDuties.success.party }} />
      <section aria-labelledby="party-list">
        <h2 id="party-list">{t.caption}</h2>
        {rows.length === 0 ? (
          <p>{t.empty}</p>
        ) : (
          <ScrollTable caption={t.caption} columns={[c.household, c.member, c.stage, c.since, ...(mayRecord ? [c.edit] : [])]}>
            {rows.map((r) => (
              <tr key={r.memberId}>
                <th scope="row" className="font-normal">
                  {r.memberName}（{r.villageName}）
                </th>
                <td>{zhAdminDuties.relations[r.relation]}</td>
                <td>{zhAdminDuties.partyStages[r.stage]}</td>
                <td>{dateLabel(r.since)}</td>
                {mayRecord ? (
                  <td>
                    <Link href={`/admin/duties/party?member=${r.memberId}#party-form`}>
                      {t.edit}
                      <span className="sr-only">{r.memberName}</span>
                    </Link>
                  </td>
                ) : null}
              </tr>
            ))}
          </ScrollTable>
        )}
      </section>
      <section aria-labelledby="party-form">
        <h2 id="party-form">{t.newTitle}</h2>
        {mayRecord ? <PartyForm members={members} memberId={dates ? editing : undefined} dates={dates} /> : <p>{t.notAllowed}</p>}
      </section>
    </>
  );
}
