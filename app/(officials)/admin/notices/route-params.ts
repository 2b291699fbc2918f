// Reading the notice pages' URL (lib/route-params.ts): `?done=` names one of the notice pages' fixed
// success messages.
import { zhAdminNotices } from '@/lib/i18n/zh-admin-notices';
import { flashMessage } from '@/lib/route-params';

export type { SearchParams } from '@/lib/route-params';

export function doneMessage(raw: string | string[] | undefined): string | null {
  return flashMessage(raw, zhAdminNotices.done);
}
