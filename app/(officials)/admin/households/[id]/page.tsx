import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireOfficial } from '@/lib/auth/session';
import { householdFormValues } from '@/lib/data/officials/household-fields';
import { getHousehold, listHouseholdNotices, listVillages, type HouseholdDetail } from '@/lib/data/officials/households';
import { HOUSEHOLD_READS_LIMIT, listHouseholdReads } from '@/lib/data/officials/reads';
import { getProgramme } from '@/lib/data/public';
import { formatChinaDateTime } from '@/lib/domain';
import { can } from '@/lib/domain/permissions';
import { zhAdminHouseholds } from '@/lib/i18n/zh-admin-households';
import { zhAdminMembers } from '@/lib/i18n/zh-admin-members';
import { formatYuan, zh } from '@/lib/i18n/zh';
import { EditForm } from './edit-form';
import { NoticesTable } from './notices-table';
import { ReadsTable } from './reads-table';
import { DoneMessage } from '@/components/ui/done-message';
import { flashMessage, parseRowId } from '@/lib/route-params';
import { DetailList, type Detail } from '@/components/ui/figure-tiles';

const t = zhAdminHouseholds;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string | string[] }> };

// The title stays in browser history: the number only, never the name.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `${t.title} ${parseRowId((await params).id) ?? 0}` };
}

export default async function HouseholdPage({ params, searchParams }: Props) {
  const id = parseRowId((await params).id) ?? 0;
  const official = await requireOfficial(`/admin/households/${id || ''}`);
  const household = await getHousehold(official, id);
  if (!household) notFound();
  const saved = (await searchParams).saved;
  const notices = await listHouseholdNotices(official, household.id);
  // After getHousehold, so this very view is the first row; null for roles that may not see it.
  const reads = await listHouseholdReads(official, household.id);
  const editable = household.status === 'registered' && can(official, 'household.update', household.villageCode);
  const photoSrc = household.hasPhoto ? `/admin/households/${household.id}/photo` : null;
  const photoAlt = t.detail.photoAlt(household.fullName);

  return (
    <>
      <p className="no-print">
        <Link href="/admin/households">{t.detail.back}</Link>
      </p>
      <DoneMessage message={flashMessage(saved, { registered: t.detail.registered, updated: t.detail.saved })} />
      <h1>{household.fullName}</h1>
      <p>
        <span className="inline-block border-2 border-ink px-2 font-bold">{t.statuses[household.status]}</span>
      </p>

      <section aria-labelledby="details-heading">
        <h2 id="details-heading">{t.detail.personTitle}</h2>
        <p className="text-muted">{t.detail.privateNote}</p>
        <Details household={household} />
        <p>
          <Link href={`/admin/households/${household.id}/members`}>
            {zhAdminMembers.title}（{household.householdSize}人）
          </Link>
        </p>
      </section>

      <section aria-labelledby="photo-heading">
        <h2 id="photo-heading">{t.detail.photoTitle}</h2>
        {/* A plain img: a private, per-request image must not go through the image optimiser's cache. */}
        {photoSrc ? <img src={photoSrc} alt={photoAlt} className="max-h-64 border-2 border-line" /> : <p>{t.detail.noPhoto}</p>}
      </section>

      <section aria-labelledby="notices-heading">
        <h2 id="notices-heading">{t.detail.noticesTitle}</h2>
        <NoticesTable notices={notices} now={new Date()} />
      </section>

      {reads ? (
        <section aria-labelledby="reads-heading" className="no-print">
          <h2 id="reads-heading">{t.reads.title}</h2>
          <p className="text-muted">{t.reads.intro(HOUSEHOLD_READS_LIMIT)}</p>
          <ReadsTable reads={reads} />
        </section>
      ) : null}

      <section aria-labelledby="edit-heading" className="no-print">
        <h2 id="edit-heading">{t.edit.title}</h2>
        {editable ? (
          <>
            <p>{t.edit.intro}</p>
            {/* Remounts after a save, so the form shows the stored values and no old messages. */}
            <EditForm
              key={household.updatedAt.toISOString()}
              householdId={household.id}
              options={await formOptions(official, household.villageCode)}
              defaults={householdFormValues(household)}
              photoSrc={photoSrc}
              photoAlt={photoAlt}
            />
          </>
        ) : (
          <p>{household.status === 'registered' ? t.edit.notAllowed : t.edit.locked}</p>
        )}
      </section>
    </>
  );
}

async function formOptions(official: Awaited<ReturnType<typeof requireOfficial>>, ownVillage: string) {
  // A household may move only to a village that takes new ones; its own stays listed even if retired.
  const [villages, programme] = await Promise.all([
    listVillages(official, 'household.update', { takingNew: true, keep: ownVillage }),
    getProgramme(),
  ]);
  const years: number[] = [];
  for (let y = programme?.startYear ?? 0; programme && y <= programme.endYear; y++) years.push(y);
  return { villages, years, threshold: programme?.incomeThreshold ?? 0 };
}

function Details({ household: h }: { household: HouseholdDetail }) {
  const f = t.fields;
  const none = <span className="text-muted">{t.detail.none}</span>;
  const rows: Detail[] = [
    [t.detail.year, t.yearOption(h.year)],
    [t.detail.place, `${h.place.countyName} ${h.place.townshipName} ${h.place.villageName}`],
    [f.villageGroup, h.villageGroup ?? none],
    [f.fullName, h.fullName],
    [t.detail.maskedName, h.maskedName],
    [f.sex, t.sex[h.sex]],
    [f.ethnicity, h.ethnicity],
    [f.age, h.age],
    [f.certificateNumber, <span className="font-mono">{h.certificateNumber}</span>],
    [f.disabilityCategory, t.categoryOption(h.disabilityCategory, zh.categories[h.disabilityCategory] ?? '')],
    [f.disabilityGrade, t.gradeOption(h.disabilityGrade, zh.grades[h.disabilityGrade] ?? '')],
    [f.householdSize, h.householdSize],
    [f.disabledMembers, h.disabledMembers],
    [f.incomePerCapita, formatYuan(h.incomePerCapita)],
    [f.phone, h.phone ?? none],
    [f.address, h.address],
    [f.employmentIntention, h.employmentIntention ?? none],
    [t.detail.updatedAt, formatChinaDateTime(h.updatedAt)],
  ];
  return (
    <DetailList rows={rows} />
  );
}
