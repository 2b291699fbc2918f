// Reading the notice pages' URL: ids are digits only (anything else is "not found"), and `?done=`
// names one of the fixed success messages, so no text from the URL is ever shown.
import { zhAdminNotices } from '@/lib/i18n/zh-admin-notices';

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export function parseId(raw: string): number {
  return /^[1-9][0-9]{0,9}$/.test(raw) ? Number(raw) : 0;
}

export function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export function doneMessage(raw: string | string[] | undefined): string | null {
  const key = single(raw);
  const messages: Record<string, string> = zhAdminNotices.done;
  return key !== undefined && Object.hasOwn(messages, key) ? messages[key]! : null;
}
