import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Breadcrumb } from '@/components/breadcrumb';
import { requireOfficial } from '@/lib/auth/session';
import { getOfficialNotice, noticeActions } from '@/lib/data/officials/notices';
import { canWithdraw } from '@/lib/domain';
import { zhAdmin } from '@/lib/i18n/zh-admin';
import { zhAdminNotices } from '@/lib/i18n/zh-admin-notices';
import { zhWithdrawRefusals } from '@/lib/i18n/zh-errors';
import { parseRowId } from '@/lib/route-params';
import { WithdrawForm } from './withdraw-form';
import { noticeTrail } from '../../route-params';

const t = zhAdminNotices;

export const metadata: Metadata = { title: t.withdraw.title };

export default async function WithdrawPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: rawId } = await params;
  const official = await requireOfficial(`/admin/notices/${encodeURIComponent(rawId)}/withdraw`);
  const found = await getOfficialNotice(official, parseRowId(rawId) ?? 0);
  if (!found) notFound();
  const now = new Date();
  const { notice } = found;
  const may = noticeActions(official, found, now);
  const verdict = canWithdraw(notice, now, found.objections);
  return (
    <>
      <Breadcrumb
        trail={noticeTrail(notice.id)}
        current={t.withdraw.title}
      />
      <h1>{t.withdraw.title}</h1>
      <p className="font-bold">{notice.title}</p>
      {!may.withdraw ? (
        <p>{may.state === 'open' || may.state === 'period_ended' ? zhAdmin.errors.role : zhWithdrawRefusals.not_open}</p>
      ) : !verdict.ok ? (
        <p>{zhWithdrawRefusals[verdict.reason]}</p>
      ) : (
        <>
          <p>{t.withdraw.intro}</p>
          <WithdrawForm noticeId={notice.id} />
        </>
      )}
      <p>
        <Link href={`/admin/notices/${notice.id}`}>{t.objection.backToNotice}</Link>
      </p>
    </>
  );
}
