import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Breadcrumb } from '@/components/breadcrumb';
import { dateLabel } from '@/components/notice-list';
import { requireOfficial } from '@/lib/auth/session';
import { getOfficialNotice, noticeActions } from '@/lib/data/officials/notices';
import { canRecordObjection } from '@/lib/domain';
import { zhAdminOnlineObjections } from '@/lib/i18n/zh-admin-online-objections';
import { roleMay } from '@/lib/domain/permissions';
import { zhAdmin } from '@/lib/i18n/zh-admin';
import { zhAdminNotices } from '@/lib/i18n/zh-admin-notices';
import { formatRecordObjectionRefusal } from '@/lib/i18n/zh-errors';
import { zh } from '@/lib/i18n/zh';
import { parseRowId } from '@/lib/route-params';
import { RecordObjectionForm } from './record-form';
import { noticeTrail } from '../../../route-params';

const t = zhAdminNotices;

export const metadata: Metadata = { title: t.objection.recordTitle };

export default async function RecordObjectionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: rawId } = await params;
  const official = await requireOfficial(`/admin/notices/${encodeURIComponent(rawId)}/objections/new`);
  const found = await getOfficialNotice(official, parseRowId(rawId) ?? 0);
  if (!found) notFound();
  const now = new Date();
  const { notice } = found;
  const may = noticeActions(official, found, now);
  // After the period, until closing, a letter postmarked within it may still be recorded.
  const verdict = may.state === 'period_ended' ? ({ ok: true } as const) : canRecordObjection(notice, now);
  const about = [
    { value: 'notice', label: t.objection.aboutWhole },
    ...found.entries.map((e) => ({ value: String(e.id), label: t.objection.aboutEntry(e.position, e.maskedName) })),
  ];
  return (
    <>
      <Breadcrumb
        trail={noticeTrail(notice.id)}
        current={t.objection.recordTitle}
      />
      <h1>{t.objection.recordTitle}</h1>
      <p className="font-bold">{notice.title}</p>
      {!roleMay(official.role, 'objection.record') ? (
        <p>{zhAdmin.errors.role}</p>
      ) : !verdict.ok ? (
        <p className="font-bold">{formatRecordObjectionRefusal(verdict)}</p>
      ) : may.record && notice.periodEndDate ? (
        <>
          <p>{may.state === 'period_ended' ? zhAdminOnlineObjections.lateLetters(dateLabel(notice.periodEndDate)) : t.objection.recordIntro(dateLabel(notice.periodEndDate))}</p>
          <p className="text-base text-muted">{zh.notice.objectPrivacy}</p>
          <RecordObjectionForm noticeId={notice.id} about={about} lettersOnly={may.state === 'period_ended'} />
        </>
      ) : (
        <p>{zhAdmin.errors.region}</p>
      )}
      <p>
        <Link href={`/admin/notices/${notice.id}`}>{t.objection.backToNotice}</Link>
      </p>
    </>
  );
}
