import Link from 'next/link';
import { zhAdmin } from '@/lib/i18n/zh-admin';
import { zhAdminApprovals } from '@/lib/i18n/zh-admin-approvals';

// Also what an official sees for a household outside their region: the same words, so the page
// does not tell whether it exists.
export default function ApprovalNotFound() {
  return (
    <>
      <h1>{zhAdminApprovals.queue.title}</h1>
      <p>{zhAdmin.errors.notFound}</p>
      <p>
        <Link href="/admin/approvals">{zhAdminApprovals.case.back}</Link>
      </p>
    </>
  );
}
