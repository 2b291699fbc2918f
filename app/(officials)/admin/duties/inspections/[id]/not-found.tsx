import Link from 'next/link';
import { zhAdminDuties } from '@/lib/i18n/zh-admin-duties';

// Also what an official sees for an inspection that does not concern their region: the same words.
export default function InspectionNotFound() {
  return (
    <>
      <h1>{zhAdminDuties.inspections.title}</h1>
      <p>{zhAdminDuties.errors.notFound}</p>
      <p>
        <Link href="/admin/duties/inspections">{zhAdminDuties.inspections.back}</Link>
      </p>
    </>
  );
}
