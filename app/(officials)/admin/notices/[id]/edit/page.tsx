import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Breadcrumb } from '@/components/breadcrumb';
import { requireOfficial } from '@/lib/auth/session';
import { getDraftEditForm, getOfficialNotice } from '@/lib/data/officials/notices';
import { zhAdmin } from '@/lib/i18n/zh-admin';
import { zhAdminNotices } from '@/lib/i18n/zh-admin-notices';
import { DoneMessage } from '@/components/ui/done-message';
import { DraftForm } from '../../draft-form';
import { householdChoices } from '../../household-choices';
import { parseRowId } from '@/lib/route-params';
import { doneMessage, noticeTrail, type SearchParams } from '../../route-params';

const t = zhAdminNotices;

export const metadata: Metadata = { title: t.draft.editTitle };

export default async function EditDraftPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const { id: rawId } = await params;
  const official = await requireOfficial(`/admin/notices/${encodeURIComponent(rawId)}/edit`);
  const id = parseRowId(rawId) ?? 0;
  const form = await getDraftEditForm(official, id);
  const trail = noticeTrail(id);
  if (!form) {
    // Published (frozen), or not the official's to edit: say which, without revealing other regions.
    const found = await getOfficialNotice(official, id);
    if (!found) notFound();
    return (
      <>
        <Breadcrumb trail={trail} current={t.draft.editTitle} />
        <h1>{t.draft.editTitle}</h1>
        <p className="font-bold">{found.notice.status === 'draft' ? zhAdmin.errors.role : t.errors.notDraft}</p>
        <p>
          <Link href={`/admin/notices/${id}`}>{t.objection.backToNotice}</Link>
        </p>
      </>
    );
  }
  const { notice } = form;
  // The list offers every household still free, with the draft's own ones first in their order.
  const selected = form.selected.map(String);
  const choices = householdChoices(form.households).sort((a, b) => rank(selected, a.value) - rank(selected, b.value));
  return (
    <>
      <Breadcrumb trail={trail} current={t.draft.editTitle} />
      <DoneMessage message={doneMessage((await searchParams).done)} />
      <h1>{t.draft.editTitle}</h1>
      <p>{t.draft.editIntro}</p>
      <DraftForm
        mode="update"
        hidden={{ id: String(notice.id) }}
        defaults={{
          title: notice.title,
          issuingBody: notice.issuingBody,
          body: notice.body,
          objectionPhone: notice.objectionPhone,
          objectionPlace: notice.objectionPlace,
          reviewDate: notice.reviewDate ?? '',
          reviewRepresentatives: notice.reviewRepresentatives === null ? '' : String(notice.reviewRepresentatives),
        }}
        choices={choices}
        selected={selected.filter((s) => choices.some((c) => c.value === s))}
        threshold={form.programme.incomeThreshold}
      />
      <p>
        <Link href={`/admin/notices/${notice.id}`}>{t.objection.backToNotice}</Link>
      </p>
    </>
  );
}

function rank(selected: readonly string[], value: string): number {
  const i = selected.indexOf(value);
  return i === -1 ? selected.length : i;
}
