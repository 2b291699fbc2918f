// A county's public duties sections (issue 10 item 5): people per Party stage (measure 5; counts only)
// and the joint meetings' public summaries. Async Server Components: place them on the county page
// with the county's code.
import { getPartyStageCounts, getPublicMeetings } from '@/lib/data/public-duties';
import { PARTY_STAGES } from '@/lib/domain/duties';
import { getPublicText } from '@/lib/i18n/public';

export async function PartyMembersSection({ countyCode }: { countyCode: string }) {
  const counts = await getPartyStageCounts(countyCode);
  if (!counts) return null;
  const { duties } = await getPublicText();
  const t = duties.party;
  const total = PARTY_STAGES.reduce((sum, s) => sum + counts[s], 0);
  return (
    <section aria-labelledby="party-members">
      <h2 id="party-members">{t.title}</h2>
      <p>{t.intro}</p>
      {total === 0 ? (
        <p>{t.none}</p>
      ) : (
        <div className="scroll-table" role="region" aria-label={t.caption} tabIndex={0}>
          <table>
            <caption>{t.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.stage}</th>
                <th scope="col" className="num">
                  {t.count}
                </th>
              </tr>
            </thead>
            <tbody>
              {PARTY_STAGES.map((s) => (
                <tr key={s}>
                  <th scope="row">{t.stages[s]}</th>
                  <td className="num">{counts[s]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export async function JointMeetingsSection({ countyCode }: { countyCode: string }) {
  const meetings = await getPublicMeetings(countyCode);
  const { duties, date } = await getPublicText();
  const t = duties.meetings;
  return (
    <section aria-labelledby="joint-meetings">
      <h2 id="joint-meetings">{t.title}</h2>
      <p>{t.intro}</p>
      {meetings.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ul className="space-y-2">
          {meetings.map((m) => (
            <li key={m.id}>
              <strong>{date.day(m.heldOn)}</strong> {m.summary}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
