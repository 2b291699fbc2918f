import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumb } from '@/components/breadcrumb';
import { getNewDraftForm } from '@/lib/data/officials/notices';
import { requireOfficial } from '@/lib/auth/session';
import { villageShortName } from '@/lib/domain/regions';
import { zhAdmin } from '@/lib/i18n/zh-admin';
import { zhAdminNotices } from '@/lib/i18n/zh-admin-notices';
import { DraftForm } from '../draft-form';
import { householdChoices } from '../household-choices';
import { single, type SearchParams } from '@/lib/route-params';

const t = zhAdminNotices;

export const metadata: Metadata = { title: t.draft.newTitle };

export default async function NewDraftPage({ searchParams }: { searchParams: SearchParams }) {
  const official = await requireOfficial('/admin/notices/new');
  const params = await searchParams;
  const year = Number(single(params.year));
  const form = await getNewDraftForm(official, { villageCode: single(params.village), year: Number.isInteger(year) ? year : undefined }, new Date());
  const trail = [
    { href: '/admin', label: zhAdmin.nav.dashboard },
    { href: '/admin/notices', label: t.list.title },
  ];
  if (!form) {
    return (
      <>
        <Breadcrumb trail={trail} current={t.draft.newTitle} />
        <h1>{t.draft.newTitle}</h1>
        <p>{t.draft.noVillage}</p>
      </>
    );
  }
  const { village, programme, previous } = form;
  const choices = householdChoices(form.households);
  return (
    <>
      <Breadcrumb trail={trail} current={t.draft.newTitle} />
      <h1>{t.draft.newTitle}</h1>
      <p>{t.draft.newIntro}</p>

      {/* Which village and year: a plain GET form, so the list below follows without JavaScript. */}
      <form method="get" className="my-4 border-l-8 border-line bg-panel p-4">
        <h2 className="mt-0 text-lg">{t.draft.chooseTitle}</h2>
        <div className="flex flex-wrap items-end gap-4">
          <div>
            <label htmlFor="choose-village" className="block font-bold">
              {t.fields.village}
            </label>
            <select id="choose-village" name="village" defaultValue={village.code} className="mt-1 border-2 border-ink bg-white px-2 py-1">
              {form.villages.map((v) => (
                <option key={v.code} value={v.code}>
                  {v.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="choose-year" className="block font-bold">
              {t.fields.year}
            </label>
            <select id="choose-year" name="year" defaultValue={String(form.year)} className="mt-1 border-2 border-ink bg-white px-2 py-1">
              {form.years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="border-2 border-ink px-4 py-1 font-bold">
            {t.draft.chooseButton}
          </button>
        </div>
      </form>

      {form.ineligible > 0 ? <p>{t.household.excluded(form.ineligible)}</p> : null}
      {choices.length === 0 ? (
        <>
          <p className="font-bold">{t.household.none}</p>
          <p>
            <Link href="/admin/households">{t.household.registerLink}</Link>
          </p>
        </>
      ) : (
        <DraftForm
          mode="create"
          hidden={{ villageCode: village.code, year: String(form.year) }}
          defaults={{
            title: t.draftDefaults.title(form.pathName, form.year),
            issuingBody: official.displayName,
            body: t.draftDefaults.body(villageShortName(village.name), form.year, programme.noticeDays),
            objectionPhone: previous?.objectionPhone ?? '',
            objectionPlace: previous?.objectionPlace ?? t.draftDefaults.objectionPlace(villageShortName(village.name)),
          }}
          choices={choices}
          selected={[]}
          threshold={programme.incomeThreshold}
        />
      )}
    </>
  );
}
