'use client';
// Registration (annex 1) with the members themselves (issue 10): the registrant's row, then one row per
// other member; blank rows are ignored. Works without JavaScript: "add rows" is a submit that comes back
// with more rows, and a household that fails screening comes back with the offer to record the refusal.
import { useActionState } from 'react';
import { ErrorSummary, SubmitButton } from '@/components/ui/form';
import { initialFormState, type FormState } from '@/lib/actions/form-state';
import { registerHouseholdAction } from '@/lib/actions/households.server';
import { memberRowCount } from '@/lib/actions/member-rows';
import { zhAdminFileInputs } from '@/lib/i18n/zh-admin-file-inputs';
import { zhAdminHouseholds } from '@/lib/i18n/zh-admin-households';
import { zhAdminMembers } from '@/lib/i18n/zh-admin-members';
import { HouseholdFields, Section, type HouseholdFormDefaults, type HouseholdFormOptions } from '../_components/household-fields';
import { MemberFields } from '../_components/member-fields';

const t = zhAdminHouseholds;
const m = t.members;

/** The error summary's labels: the household's fields, each row's (第2位成员 姓名) and the screening offer. */
function labelsFor(rows: number): Record<string, string> {
  const labels: Record<string, string> = { ...t.fields, screening: t.screening.title };
  for (let n = 1; n <= rows; n++) {
    for (const [field, label] of Object.entries(zhAdminMembers.fields)) labels[`m${n}.${field}`] = n === 1 ? `${m.registrant} ${label}` : m.label(n, label);
  }
  return labels;
}

const secondary = 'mt-2 mr-4 border-2 border-line bg-white px-5 py-2 font-bold';

export function RegisterForm({ options, defaults }: { options: HouseholdFormOptions; defaults: HouseholdFormDefaults }) {
  const [state, action] = useActionState(registerHouseholdAction, initialFormState);
  const rows = memberRowCount(state.values);
  // "Add rows" is not a refusal: the form says what it did instead of the error summary.
  const added = state.ok === false && state.values.intent === 'more';
  const summaryState: FormState = added ? initialFormState : state;
  return (
    <form action={action} noValidate>
      <ErrorSummary state={summaryState} labels={labelsFor(rows)} />
      {added ? (
        <p role="status" className="my-4 border-l-8 border-open bg-panel p-3 font-bold">
          {state.message}
        </p>
      ) : null}
      <input type="hidden" name="memberRows" value={rows} />
      <HouseholdFields state={state} options={options} defaults={defaults} photoHint={t.hints.photo} />
      <Section title={m.title}>
        <p>{m.intro}</p>
        <fieldset className="my-4 border-2 border-line p-3">
          <legend className="px-1 font-bold">{m.registrant}</legend>
          <MemberFields state={state} prefix="m1." registrant />
        </fieldset>
        {Array.from({ length: rows - 1 }, (_, i) => i + 2).map((n) => (
          <fieldset key={n} className="my-4 border-2 border-line p-3">
            <legend className="px-1 font-bold">{m.row(n)}</legend>
            <MemberFields state={state} prefix={`m${n}.`} registrant={false} />
          </fieldset>
        ))}
        <p id="more-rows-hint" className="text-muted">
          {m.moreHint}
          {zhAdminFileInputs.moreRowsPhoto}
        </p>
        <button type="submit" name="intent" value="more" aria-describedby="more-rows-hint" className={secondary}>
          {m.more}
        </button>
      </Section>
      {state.fieldErrors.screening ? (
        <Section title={t.screening.title} id="field-screening">
          <p className="font-bold">{state.fieldErrors.screening}</p>
          <button type="submit" name="intent" value="refuse" className={secondary}>
            {t.screening.refuse}
          </button>
        </Section>
      ) : null}
      <SubmitButton>{t.register.submit}</SubmitButton>
    </form>
  );
}
