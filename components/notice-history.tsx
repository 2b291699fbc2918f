// The public history of a notice (公示记录): an ordered list, oldest first, with the China time and the
// acting body (role · region) of each step. Plain HTML, no client JavaScript.
import Link from 'next/link';
import type { NoticeEvent } from '@/lib/data/public-history';
import { usePublicText } from '@/lib/i18n/public';

export function NoticeHistory({ events }: { events: NoticeEvent[] }) {
  const { history: t, date } = usePublicText();
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{t.title}</h2>
      {events.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <>
          <p className="text-base text-muted">{t.intro}</p>
          <ol className="divide-y divide-line border-y border-line">
            {events.map((event) => (
              <li key={event.auditId} className="py-2">
                <p className="my-0 text-base">
                  <time dateTime={event.at.toISOString()} className="font-bold tabular-nums">
                    {date.dateTime(event.at)}
                  </time>
                  {' · '}
                  {event.actor ? t.actor(t.roles[event.actor.role], event.actor.regionName) : t.system}
                </p>
                <p className="my-0">
                  <EventText event={event} />
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function NoticeLink({ id }: { id: number }) {
  const { history: t, href } = usePublicText();
  return <Link href={href(`/notices/${id}`)}>{t.noticeLink(id)}</Link>;
}

function EventText({ event }: { event: NoticeEvent }) {
  const { history: t } = usePublicText();
  const o = event.objection;
  const label = o ? t.objection(o.number) : '';
  switch (event.kind) {
    case 'published':
      return event.otherNoticeId ? (
        <>
          {t.publishedCorrection}
          <NoticeLink id={event.otherNoticeId} />
        </>
      ) : (
        <>{t.published}</>
      );
    case 'superseded':
      return (
        <>
          {t.superseded}
          {event.otherNoticeId ? <NoticeLink id={event.otherNoticeId} /> : null}
        </>
      );
    case 'objection_recorded':
      return <>{t.objectionRecorded(label, o?.about ? t.aboutEntry(o.about.position, o.about.maskedName ?? '').trimEnd() : t.aboutWhole)}</>;
    case 'objection_investigated':
      return <>{t.objectionInvestigated(label)}</>;
    case 'objection_resolved':
      return <>{o?.outcome ? t.objectionResolved(label, t.outcomes[o.outcome]) : t.objectionResolvedPlain(label)}</>;
    case 'closed':
      return <>{t.closed}</>;
    case 'withdrawn':
      return <>{t.withdrawn}</>;
  }
}
