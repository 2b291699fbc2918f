// How long a notice's list of households stays on the web (docs/DOMAIN.md "Retention", PIPL art. 19:
// minimum necessary). An open notice shows its list; a closed one for 30 days after closing, then
// counts and outcomes only; a withdrawn one hides it at once (its reason stays). Pure: pass `now`.
import type { NoticeStatus } from './notice';

export const LIST_DAYS_AFTER_CLOSING = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** 'shown', or why the list is hidden: 'withdrawn' at once, 'expired' 30 days after closing. */
export type ListVisibility = 'shown' | 'withdrawn' | 'expired';

export function noticeListVisibility(n: { status: NoticeStatus; closedAt: Date | null }, now: Date): ListVisibility {
  if (n.status === 'withdrawn') return 'withdrawn';
  if (n.status === 'closed' && n.closedAt && now.getTime() >= n.closedAt.getTime() + LIST_DAYS_AFTER_CLOSING * DAY_MS) return 'expired';
  return 'shown';
}
