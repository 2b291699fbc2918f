import Link from 'next/link';
import { zhAdminDuties } from '@/lib/i18n/zh-admin-duties';

// Also what an official sees for a region outside theirs, or a village: the same words.
export default function WorkFileNotFound() {
  return (
    <>
      <h1>{zhAdminDuties.workFile.pickTitle}</h1>
      <p>{zhAdminDuties.errors.notFound}</p>
      <p>
        <Link href="/admin/duties/work-file">{zhAdminDuties.workFile.choose}</Link>
      </p>
    </>
  );
}
