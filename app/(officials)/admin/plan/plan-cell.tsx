// What each cell of the plan says beside its target: households passed so far and, when more than the
// target, by how many (a marker and words, never colour alone). Counties may exceed their allocation.
import type { PlanCell } from '@/lib/data/officials/plan';
import { zhAdminPlan } from '@/lib/i18n/zh-admin-plan';

const t = zhAdminPlan.plan;

export function PlanCellNotes({ cell, id }: { cell: PlanCell; id?: string }) {
  return (
    <span id={id} className="block text-base">
      <span className="block text-muted">{t.passed(cell.passed)}</span>
      {cell.over > 0 ? <span className="block font-bold text-warn">▲ {t.over(cell.over)}</span> : null}
    </span>
  );
}
