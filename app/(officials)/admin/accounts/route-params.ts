// Reading the account pages' URL: ids are digits only (anything else is "not found"), and `?done=`
// names one of the fixed success messages, so no text from the URL is ever shown.
import { zhAdminAccounts } from '@/lib/i18n/zh-admin-accounts';

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export function parseAccountId(raw: string): number {
  return /^[1-9][0-9]{0,9}$/.test(raw) ? Number(raw) : 0;
}

export function doneMessage(raw: string | string[] | undefined): string | null {
  const key = Array.isArray(raw) ? raw[0] : raw;
  const messages: Record<string, string> = zhAdminAccounts.detail.done;
  return key !== undefined && Object.hasOwn(messages, key) ? messages[key]! : null;
}
