'use client';
// The list's search form and its results. The form POSTs to a Server Action and the results come back
// as its state: the search text (which may be an ID or certificate number) never goes into a URL, so
// it stays out of server and proxy logs, the browser's history and Referer headers. Without
// JavaScript the browser posts the form and the server renders this page with the results.
import { useActionState } from 'react';
import type { HouseholdSearchState } from '@/lib/actions/household-search';
import { searchHouseholdsAction } from '@/lib/actions/household-search.server';
import type { HouseholdStatus, Village } from '@/lib/data/officials/households';
import { ErrorSummary } from '@/components/ui/form';
import { zhAdminHouseholds } from '@/lib/i18n/zh-admin-households';
import { HouseholdResults } from './household-results';

const t = zhAdminHouseholds.list;
// From the messages (complete for every status), so the database schema stays out of the browser's bundle.
const statuses = Object.keys(zhAdminHouseholds.statuses) as HouseholdStatus[];
const control = 'mt-1 block w-full border-2 border-ink bg-white px-2 py-1 text-ink';

function FieldError({ name, state }: { name: string; state: HouseholdSearchState }) {
  const message = state.fieldErrors[name];
  return message ? (
    <p id={`field-${name}-error`} className="my-0 font-bold text-brand">
      {message}
    </p>
  ) : null;
}

function describedBy(state: HouseholdSearchState, name: string, hint?: string): string | undefined {
  return [hint, state.fieldErrors[name] ? `field-${name}-error` : null].filter(Boolean).join(' ') || undefined;
}

function FilterSelect(props: { name: 'village' | 'status'; label: string; state: HouseholdSearchState; options: (readonly [string, string])[] }) {
  const { name, state } = props;
  return (
    <div>
      <label htmlFor={`field-${name}`} className="font-bold">
        {props.label}
      </label>
      <FieldError name={name} state={state} />
      <select id={`field-${name}`} name={name} defaultValue={state.values[name]} aria-describedby={describedBy(state, name)} className={control}>
        {props.options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

export function HouseholdSearch({ first, villages }: { first: HouseholdSearchState; villages: Village[] }) {
  const [state, action, pending] = useActionState(searchHouseholdsAction, first);
  const { values } = state;
  return (
    <>
      <ErrorSummary
        state={{ ok: state.message ? false : null, message: state.message, fieldErrors: state.fieldErrors, values: {} }}
        labels={{ q: t.q, village: t.village, status: t.status }}
      />
      {/* The key re-mounts the fields after each search, so they show what was searched for. */}
      <form key={JSON.stringify(values)} action={action} role="search" aria-labelledby="search-heading" className="my-4 border-l-8 border-line bg-panel p-4">
        <h2 id="search-heading" className="mt-0">
          {t.searchTitle}
        </h2>
        <div className="flex flex-wrap items-end gap-4">
          <div className="min-w-[14rem] grow">
            <label htmlFor="field-q" className="font-bold">
              {t.q}
            </label>
            <p id="field-q-hint" className="my-0 text-base text-muted">
              {t.qHint}
            </p>
            <FieldError name="q" state={state} />
            <input id="field-q" name="q" type="search" defaultValue={values.q} aria-describedby={describedBy(state, 'q', 'field-q-hint')} autoComplete="off" className={control} />
          </div>
          {villages.length > 1 ? (
            <FilterSelect
              name="village"
              label={t.village}
              state={state}
              options={[['', t.allVillages], ...villages.map((v) => [v.code, zhAdminHouseholds.villageOption(v.townshipName, v.name)] as const)]}
            />
          ) : null}
          <FilterSelect name="status" label={t.status} state={state} options={[['', t.allStatuses], ...statuses.map((s) => [s, zhAdminHouseholds.statuses[s]] as const)]} />
          <div className="flex items-center gap-4">
            <button type="submit" disabled={pending} aria-disabled={pending} className="border-2 border-ink bg-ink px-4 py-1 font-bold text-white">
              {pending ? t.searching : t.search}
            </button>
            <a href="/admin/households">{t.clear}</a>
          </div>
        </div>
      </form>
      <HouseholdResults rows={state.rows} total={state.total} searched={state.searched} />
    </>
  );
}
