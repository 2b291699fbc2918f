// The notice page's list of objections lodged online that wait for triage, each linking to its page
// (accept, or reject as not an objection). Closing waits until the list is empty.
import Link from 'next/link';
import { formatChinaDateTime } from '@/lib/domain';
import type { OnlineSubmission } from '@/lib/data/officials/online-objections';
import { zhAdminNotices } from '@/lib/i18n/zh-admin-notices';
import { zhAdminOnlineObjections } from '@/lib/i18n/zh-admin-online-objections';

const t = zhAdminOnlineObjections;

export function OnlineObjections({ noticeId, submissions }: { noticeId: number; submissions: readonly OnlineSubmission[] }) {
  return (
    <section aria-labelledby="online-objections-heading" id="online-objections">
      <h2 id="online-objections-heading">{t.titleCount(submissions.length)}</h2>
      <p>{t.intro}</p>
      {submissions.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ul className="divide-y divide-line border-y border-line">
          {submissions.map((s) => (
            <li key={s.id} className="py-2">
              <Link href={`/admin/notices/${noticeId}/online/${s.id}`} className="font-bold">
                {t.open(s.reference)}
              </Link>
              {` ${formatChinaDateTime(s.receivedAt)} · ${s.about ? zhAdminNotices.objection.aboutEntry(s.about.position, s.about.maskedName) : t.whole}`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
