import { daysLeft, type NoticeState } from '@/lib/domain';
import { usePublicText } from '@/lib/i18n/public';

const tone: Record<NoticeState, string> = {
  draft: 'border-muted text-muted',
  open: 'border-open text-open',
  period_ended: 'border-warn text-warn',
  closed: 'border-ink text-ink',
  withdrawn: 'border-brand text-brand',
  superseded: 'border-brand text-brand',
};

/** The state in words, with the days left while open: colour is never the only signal. */
export function NoticeStatus({ state, periodEndsAt, now }: { state: NoticeState; periodEndsAt: Date | null; now: Date }) {
  const { t: zh } = usePublicText();
  return (
    <span className={`inline-block border-2 px-2 text-base font-bold ${tone[state]}`}>
      {zh.notice.states[state]}
      {state === 'open' && periodEndsAt ? ` · ${zh.notice.daysLeft(daysLeft(periodEndsAt, now))}` : null}
    </span>
  );
}
