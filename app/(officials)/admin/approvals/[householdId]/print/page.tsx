// The printable registration form (annex 1) of one household, on one A4 page.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ApprovalPrintButton } from '@/components/admin/approval-print-button';
import { ApprovalRegistrationForm } from '@/components/admin/approval-registration-form';
import { requireOfficial } from '@/lib/auth/session';
import { getRegistrationForm } from '@/lib/data/officials/approvals';
import { zhAdminApprovals } from '@/lib/i18n/zh-admin-approvals';
import { parseRowId } from '@/lib/route-params';

const t = zhAdminApprovals.print;

type Props = { params: Promise<{ householdId: string }> };

// The title stays in browser history (and on the printed page's header): the number only.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `${t.title} ${parseRowId((await params).householdId) ?? 0}` };
}

// Only the form on paper: the site's header, navigation and footer are `no-print` already.
const printCss = `
@media print {
  @page { size: A4 portrait; margin: 12mm 15mm; }
  html { font-size: 11pt; }
  main { max-width: none !important; padding: 0 !important; }
  .registration-form { max-width: none; }
  .registration-form table { page-break-inside: avoid; }
}`;

export default async function RegistrationFormPage({ params }: Props) {
  const id = parseRowId((await params).householdId) ?? 0;
  const official = await requireOfficial(`/admin/approvals/${id || ''}/print`);
  const form = await getRegistrationForm(official, id);
  if (!form) notFound();
  return (
    <>
      <style>{printCss}</style>
      <div className="no-print my-4 flex flex-wrap items-center gap-2">
        <ApprovalPrintButton label={t.printButton} />
        <p className="my-0 text-base text-muted">{t.printHint}</p>
      </div>
      <ApprovalRegistrationForm form={form} photoSrc={form.hasPhoto ? `/admin/households/${form.householdId}/photo` : null} />
      <p className="no-print mt-6">
        <Link href={`/admin/approvals/${form.householdId}`}>{t.back}</Link>
      </p>
    </>
  );
}
