// When this sign-in ends (ASVS: the user is told of the session's limits): the absolute end as a
// China time (with the date when it is not today) and the idle limit.
import { chinaDateString, formatChinaDateTime } from '@/lib/domain/time';
import { zhAdminSession } from '@/lib/i18n/zh-admin-session';

export function SessionEnds({ expires, idleSeconds, now }: { expires: Date; idleSeconds: number; now: Date }) {
  const full = formatChinaDateTime(expires);
  const time = chinaDateString(expires) === chinaDateString(now) ? full.slice(-5) : full;
  return <p className="m-0 basis-full text-sm">{zhAdminSession.endsAt(time, Math.round(idleSeconds / 60))}</p>;
}
