// A report's status in words, with a visible marker when late so it never rests on colour alone.
import { isLateStatus, type SummaryStatus } from '@/lib/domain/summary';
import { zhAdminPlan } from '@/lib/i18n/zh-admin-plan';

const t = zhAdminPlan.summaries;

export function SummaryStatusLabel({ status, hasDraft = false }: { status: SummaryStatus; hasDraft?: boolean }) {
  const late = isLateStatus(status);
  return (
    <span className={late ? 'font-bold text-brand' : status === 'submitted_on_time' ? 'text-open' : undefined}>
      {late ? <span aria-hidden="true">{t.lateMark}</span> : null}
      {t.statuses[status]}
      {status === 'late' && hasDraft ? t.lateWithDraft : null}
    </span>
  );
}
