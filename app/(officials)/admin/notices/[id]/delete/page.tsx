import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionButtonForm } from '@/components/admin/action-button-form';
import { Breadcrumb } from '@/components/breadcrumb';
import { deleteDraftAction } from '@/lib/actions/notices.server';
import { requireOfficial } from '@/lib/auth/session';
import { getDraftEditForm } from '@/lib/data/officials/notices';
import { zhAdminNotices } from '@/lib/i18n/zh-admin-notices';
import { parseRowId } from '@/lib/route-params';
import { noticeTrail } from '../../route-params';

const t = zhAdminNotices;

export const metadata: Metadata = { title: t.draft.deleteTitle };

export default async function DeleteDraftPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: rawId } = await params;
  const official = await requireOfficial(`/admin/notices/${encodeURIComponent(rawId)}/delete`);
  const id = parseRowId(rawId) ?? 0;
  const form = await getDraftEditForm(official, id);
  if (!form) notFound();
  return (
    <>
      <Breadcrumb
        trail={noticeTrail(id)}
        current={t.draft.deleteTitle}
      />
      <h1>{t.draft.deleteTitle}</h1>
      <p>{t.draft.deleteConfirm(form.notice.title)}</p>
      <ActionButtonForm action={deleteDraftAction} fields={{ id: String(id) }} label={t.draft.deleteButton} tone="warning" />
      <p>
        <Link href={`/admin/notices/${id}`}>{t.draft.cancel}</Link>
      </p>
    </>
  );
}
