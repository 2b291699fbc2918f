// A county's public duties sections (issue 10 item 5): people per Party stage (measure 5; counts only)
// and the joint meetings' public summaries. Async Server Components: place them on the county page
// with the county's code.
import { getPartyStageCounts, getPublicMeetings } from '@/lib/data/public-duties';
import { PARTY_STAGES } from '@/lib/domain/duties';
import { getPublicText } from '@/lib/i18n/public';
import { ScrollTable, TableSection, num } from '@/components/ui/table';
import { ZhData } from '@/components/zh-data';

export async function PartyMembersSection({ countyCode }: { countyCode: string }) {
  const counts = await getPartyStageCounts(countyCode);
  if (!counts) return null;
  const { duties } = await getPublicText();
  const t = duties.party;
  const total = PARTY_STAGES.reduce((sum, s) => sum + counts[s], 0);
  return (
    <TableSection id="party-members" title={t.title} intro={<p>{t.intro}</p>} empty={total === 0 ? t.none : null}>
      <ScrollTable caption={t.caption} showCaption columns={[t.stage, num(t.count)]}>
        {PARTY_STAGES.map((s) => (
          <tr key={s}>
            <th scope="row">{t.stages[s]}</th>
            <td className="num">{counts[s]}</td>
          </tr>
        ))}
      </ScrollTable>
    </TableSection>
  );
}

export async function JointMeetingsSection({ countyCode }: { countyCode: string }) {
  const meetings = await getPublicMeetings(countyCode);
  const { duties, date, locale } = await getPublicText();
  const t = duties.meetings;
  return (
    <TableSection id="joint-meetings" title={t.title} intro={<p>{t.intro}</p>} empty={meetings.length === 0 ? t.none : null}>
      <ul className="space-y-2">
        {meetings.map((m) => (
          <li key={m.id}>
            <strong>{date.day(m.heldOn)}</strong> <ZhData locale={locale}>{m.summary}</ZhData>
          </li>
        ))}
      </ul>
    </TableSection>
  );
}
