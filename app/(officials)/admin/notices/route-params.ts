// Reading the notice pages' URL (lib/route-params.ts): `?done=` names one of the notice pages' fixed
// success messages; and the breadcrumb of a notice's sub-pages.
import { zhAdmin } from '@/lib/i18n/zh-admin';
import { zhAdminNotices } from '@/lib/i18n/zh-admin-notices';
import { flashMessage } from '@/lib/route-params';

export type { SearchParams } from '@/lib/route-params';

export function doneMessage(raw: string | string[] | undefined): string | null {
  return flashMessage(raw, zhAdminNotices.done);
}

/** The breadcrumb above a notice's own sub-pages: the dashboard, the notice list, then the notice. */
export function noticeTrail(id: number): { href: string; label: string }[] {
  return [
    { href: '/admin', label: zhAdmin.nav.dashboard },
    { href: '/admin/notices', label: zhAdminNotices.list.title },
    { href: `/admin/notices/${id}`, label: zhAdminNotices.page.noticeLabel(id) },
  ];
}
