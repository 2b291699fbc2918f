// 年度任务分配计划: the city sets each county's yearly target; every other official reads it.
import type { Metadata } from 'next';
import { allocationField } from '@/lib/actions/plan';
import { requireOfficial } from '@/lib/auth/session';
import { getAllocationPlan } from '@/lib/data/officials/plan';
import { zhAdminPlan } from '@/lib/i18n/zh-admin-plan';
import { PlanForm } from './plan-form';
import { PlanTable } from './plan-table';

const t = zhAdminPlan.plan;

export const metadata: Metadata = { title: t.title };

export default async function PlanPage() {
  const official = await requireOfficial('/admin/plan');
  const plan = await getAllocationPlan(official);
  if (!plan) {
    return (
      <>
        <h1>{t.title}</h1>
        <p>{official.role === 'admin' ? t.noAccess : t.noProgramme}</p>
      </>
    );
  }
  const fields = plan.counties.map((county) => county.cells.map((cell) => allocationField(county.code, cell.year)));
  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.intro(plan.programme.startYear, plan.programme.endYear)}</p>
      <p>{t.canExceed}</p>
      <p>{t.allocatedTotal(plan.allocatedTotal, plan.programme.targetHouseholds)}</p>
      {plan.editable && plan.allocatedTotal !== plan.programme.targetHouseholds ? (
        <p className="border-4 border-brand p-3 font-bold" role="note">
          {t.mismatch(plan.allocatedTotal, plan.programme.targetHouseholds)}
        </p>
      ) : null}
      {plan.editable ? (
        <PlanForm plan={plan} fields={fields} />
      ) : (
        <>
          <p className="border-l-8 border-line bg-panel p-3">{t.readOnly}</p>
          <PlanTable plan={plan} />
        </>
      )}
    </>
  );
}
