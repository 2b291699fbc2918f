'use client';
// The plan as one form: the programme target and a table of county × year targets, saved together
// (lib/actions/plan.ts). `previous` carries what the page showed, so a save writes only the cells this
// official changed and notices a cell someone else changed meanwhile.
import { useActionState } from 'react';
import { describedBy } from '@/components/ui/field-parts';
import { ErrorSummary, SubmitButton, SuccessMessage, TextField } from '@/components/ui/form';
import { initialFormState } from '@/lib/actions/form-state';
import { setAllocationPlanAction } from '@/lib/actions/plan.server';
import type { AllocationPlan } from '@/lib/data/officials/plan';
import { zhAdminPlan } from '@/lib/i18n/zh-admin-plan';
import { PlanCellNotes } from './plan-cell';
import { PlanTotals } from './plan-table';
import { ScrollTable } from '@/components/ui/table';

const t = zhAdminPlan.plan;

type Props = {
  plan: AllocationPlan;
  /** Field name of each county's cell per year, in the order of plan.counties and plan.years. */
  fields: string[][];
};

export function PlanForm({ plan, fields }: Props) {
  const [state, action] = useActionState(setAllocationPlanAction, initialFormState);
  const labels: Record<string, string> = { targetHouseholds: t.programmeTarget };
  const previous: Record<string, number | null> = { targetHouseholds: plan.programme.targetHouseholds };
  plan.counties.forEach((county, i) =>
    county.cells.forEach((cell, j) => {
      labels[fields[i]![j]!] = t.cellLabel(county.name, cell.year);
      previous[fields[i]![j]!] = cell.target;
    }),
  );
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={labels} />
      <SuccessMessage state={state} />
      <input type="hidden" name="programmeId" value={plan.programme.id} />
      <input type="hidden" name="previous" value={JSON.stringify(previous)} />
      <TextField
        name="targetHouseholds"
        label={t.programmeTarget}
        hint={t.programmeTargetHint}
        state={state}
        inputMode="numeric"
        defaultValue={plan.programme.targetHouseholds}
        width="max-w-[8rem]"
      />
      <p id="plan-table-hint" className="text-base text-muted">
        {t.tableHint}
      </p>
      <ScrollTable caption={t.tableCaption} showCaption columns={[t.county, ...plan.years.map((year) => t.yearColumn(year))]} foot={<PlanTotals plan={plan} />}>
        {plan.counties.map((county, i) => (
          <tr key={county.code}>
            <th scope="row">{county.name}</th>
            {county.cells.map((cell, j) => {
              const name = fields[i]![j]!;
              const error = state.fieldErrors[name];
              const value = state.values[name] ?? (cell.target === null ? '' : String(cell.target));
              return (
                <td key={cell.year} className={error ? 'border-l-4 border-brand pl-2' : undefined}>
                  <label htmlFor={`field-${name}`} className="sr-only">
                    {labels[name]}
                  </label>
                  {error ? (
                    <span id={`error-${name}`} className="block font-bold text-brand">
                      {error}
                    </span>
                  ) : null}
                  <input
                    id={`field-${name}`}
                    name={name}
                    type="text"
                    inputMode="numeric"
                    defaultValue={value}
                    key={value}
                    required
                    aria-invalid={error ? true : undefined}
                    aria-describedby={describedBy(name, undefined, error, `notes-${name}`, 'plan-table-hint')}
                    className="block w-20 border-2 border-ink bg-white px-2 py-1 text-right text-ink tabular-nums aria-[invalid=true]:border-brand"
                  />
                  <PlanCellNotes cell={cell} id={`notes-${name}`} />
                </td>
              );
            })}
          </tr>
        ))}
      </ScrollTable>
      <SubmitButton>{t.save}</SubmitButton>
    </form>
  );
}
