// Reading the account pages' URL (lib/route-params.ts): `?done=` names one of the account pages' fixed
// success messages.
import { zhAdminAccounts } from '@/lib/i18n/zh-admin-accounts';
import { flashMessage } from '@/lib/route-params';

export type { SearchParams } from '@/lib/route-params';

export function doneMessage(raw: string | string[] | undefined): string | null {
  return flashMessage(raw, zhAdminAccounts.detail.done);
}
