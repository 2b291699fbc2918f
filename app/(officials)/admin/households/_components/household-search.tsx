// The list's search form: a plain GET form, so results have a URL and work without JavaScript.
import { householdStatuses } from '@/db/schema';
import type { HouseholdFilters, Village } from '@/lib/data/officials/households';
import { zhAdminHouseholds } from '@/lib/i18n/zh-admin-households';

const t = zhAdminHouseholds.list;
const control = 'mt-1 block w-full border-2 border-ink bg-white px-2 py-1 text-ink';

export function HouseholdSearch({ filters, villages }: { filters: HouseholdFilters; villages: Village[] }) {
  return (
    <form method="get" action="/admin/households" role="search" aria-labelledby="search-heading" className="my-4 border-l-8 border-line bg-panel p-4">
      <h2 id="search-heading" className="mt-0">
        {t.searchTitle}
      </h2>
      <div className="flex flex-wrap items-end gap-4">
        <div className="min-w-[14rem] grow">
          <label htmlFor="search-q" className="font-bold">
            {t.q}
          </label>
          <p id="search-q-hint" className="my-0 text-base text-muted">
            {t.qHint}
          </p>
          <input id="search-q" name="q" type="search" defaultValue={filters.q ?? ''} aria-describedby="search-q-hint" autoComplete="off" className={control} />
        </div>
        {villages.length > 1 ? (
          <div>
            <label htmlFor="search-village" className="font-bold">
              {t.village}
            </label>
            <select id="search-village" name="village" defaultValue={filters.villageCode ?? ''} className={control}>
              <option value="">{t.allVillages}</option>
              {villages.map((v) => (
                <option key={v.code} value={v.code}>
                  {zhAdminHouseholds.villageOption(v.townshipName, v.name)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div>
          <label htmlFor="search-status" className="font-bold">
            {t.status}
          </label>
          <select id="search-status" name="status" defaultValue={filters.status ?? ''} className={control}>
            <option value="">{t.allStatuses}</option>
            {householdStatuses.map((s) => (
              <option key={s} value={s}>
                {zhAdminHouseholds.statuses[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="flex items-center gap-4">
          <button type="submit" className="border-2 border-ink bg-ink px-4 py-1 font-bold text-white">
            {t.search}
          </button>
          <a href="/admin/households">{t.clear}</a>
        </div>
      </div>
    </form>
  );
}
