// The plan read-only, for officials who may see it but not change it.
import type { AllocationPlan } from '@/lib/data/officials/plan';
import { zhAdminPlan } from '@/lib/i18n/zh-admin-plan';
import { PlanCellNotes } from './plan-cell';

const t = zhAdminPlan.plan;

export function PlanTable({ plan }: { plan: AllocationPlan }) {
  return (
    <div className="scroll-table" role="region" aria-label={t.tableCaption} tabIndex={0}>
      <table>
        <caption>{t.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.county}</th>
            {plan.years.map((year) => (
              <th key={year} scope="col" className="num">
                {t.yearColumn(year)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {plan.counties.map((county) => (
            <tr key={county.code}>
              <th scope="row">{county.name}</th>
              {county.cells.map((cell) => (
                <td key={cell.year} className="num">
                  <span className="block text-lg font-bold">{cell.target ?? t.noTarget}</span>
                  <PlanCellNotes cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <PlanTotals plan={plan} />
        </tfoot>
      </table>
    </div>
  );
}

export function PlanTotals({ plan }: { plan: AllocationPlan }) {
  return (
    <tr>
      <th scope="row">{t.total}</th>
      {plan.totals.map((total) => (
        <td key={total.year} className="num">
          {t.totalCell(total.target, total.passed)}
        </td>
      ))}
    </tr>
  );
}
