// The plan read-only, for officials who may see it but not change it.
import type { AllocationPlan } from '@/lib/data/officials/plan';
import { zhAdminPlan } from '@/lib/i18n/zh-admin-plan';
import { PlanCellNotes } from './plan-cell';
import { ScrollTable, num } from '@/components/ui/table';

const t = zhAdminPlan.plan;

export function PlanTable({ plan }: { plan: AllocationPlan }) {
  return (
    <ScrollTable caption={t.tableCaption} showCaption columns={[t.county, ...plan.years.map((year) => num(t.yearColumn(year)))]} foot={<PlanTotals plan={plan} />}>
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
    </ScrollTable>
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
