// 联席会议: the joint meetings of the official's county (or the city's counties), and the county's form.
import type { Metadata } from 'next';
import { dateLabel } from '@/components/notice-list';
import { requireOfficial } from '@/lib/auth/session';
import { listMeetings } from '@/lib/data/officials/duties';
import { roleMay } from '@/lib/domain/permissions';
import { regionLevel } from '@/lib/domain/regions';
import { chinaDateString } from '@/lib/domain/time';
import { zhAdminDuties } from '@/lib/i18n/zh-admin-duties';
import { SavedMessage } from '../_components/duty-table';
import { ScrollTable } from '@/components/ui/table';
import { MeetingForm } from '../_components/meeting-form';

const t = zhAdminDuties.meetings;

export const metadata: Metadata = { title: t.title };

type Props = { searchParams: Promise<{ saved?: string | string[] }> };

export default async function MeetingsPage({ searchParams }: Props) {
  const official = await requireOfficial('/admin/duties/meetings');
  const { saved } = await searchParams;
  const rows = await listMeetings(official);
  const mayRecord = roleMay(official.role, 'meeting.record') && regionLevel(official.regionCode) === 'county';
  const c = t.columns;
  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <SavedMessage saved={saved} messages={{ meeting: zhAdminDuties.success.meeting }} />
      <section aria-labelledby="meeting-list">
        <h2 id="meeting-list">{t.caption}</h2>
        {rows.length === 0 ? (
          <p>{t.empty}</p>
        ) : (
          <ScrollTable caption={t.caption} columns={[c.heldOn, c.county, c.bodies, c.decisions, c.publicSummary]}>
            {rows.map((m) => (
              <tr key={m.id}>
                <th scope="row" className="font-normal">
                  {dateLabel(m.heldOn)}
                </th>
                <td>{m.countyName}</td>
                <td>{[...m.bodies.map((b) => zhAdminDuties.meetingBodies[b]), ...(m.otherBodies ? [m.otherBodies] : [])].join('、')}</td>
                <td className="whitespace-pre-line">{m.decisions}</td>
                <td>{m.publicSummary ?? t.none}</td>
              </tr>
            ))}
          </ScrollTable>
        )}
      </section>
      <section aria-labelledby="new-meeting">
        <h2 id="new-meeting">{t.newTitle}</h2>
        {mayRecord ? <MeetingForm today={chinaDateString(new Date())} /> : <p>{t.notAllowed}</p>}
      </section>
    </>
  );
}
