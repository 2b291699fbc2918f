import type { Metadata } from 'next';
import Link from 'next/link';
import { requireOfficial } from '@/lib/auth/session';
import { listVillages } from '@/lib/data/officials/households';
import { getProgramme } from '@/lib/data/public';
import { currentProgrammeYear } from '@/lib/domain';
import { roleMay } from '@/lib/domain/permissions';
import { zhAdminHouseholds } from '@/lib/i18n/zh-admin-households';
import { RegisterForm } from './register-form';

const t = zhAdminHouseholds;

export const metadata: Metadata = { title: t.register.title };

export default async function RegisterHouseholdPage() {
  const official = await requireOfficial('/admin/households/new');
  const back = (
    <p>
      <Link href="/admin/households">{t.detail.back}</Link>
    </p>
  );
  if (!roleMay(official.role, 'household.register')) {
    return (
      <>
        <h1>{t.register.title}</h1>
        <p>{t.register.notAllowed}</p>
        {back}
      </>
    );
  }
  const [villages, programme] = await Promise.all([listVillages(official, 'household.register', { takingNew: true }), getProgramme()]);
  if (villages.length === 0 || !programme) {
    return (
      <>
        <h1>{t.register.title}</h1>
        <p>{t.register.noVillages}</p>
        {back}
      </>
    );
  }
  const years: number[] = [];
  for (let y = programme.startYear; y <= programme.endYear; y++) years.push(y);
  return (
    <>
      {back}
      <h1>{t.register.title}</h1>
      <p>{t.register.intro}</p>
      <RegisterForm
        options={{ years, villages, threshold: programme.incomeThreshold }}
        defaults={{ year: String(currentProgrammeYear(programme, new Date())), ethnicity: t.defaultEthnicity }}
      />
    </>
  );
}
