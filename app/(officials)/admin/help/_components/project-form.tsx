'use client';
// 增收项目: what the household does to raise its income, and the support given (at least one kind).
import { CheckboxList } from '@/components/ui/choice-list';
import { TextField } from '@/components/ui/form';
import { saveProjectAction } from '@/lib/actions/help.server';
import { zhAdminHelp } from '@/lib/i18n/zh-admin-help';
import { MeasureForm } from './measure-form';

const t = zhAdminHelp;
const labels = { householdId: t.fields.householdId, description: t.fields.description, startedOn: t.fields.startedOn, support: t.fields.support };
const supports = Object.entries(t.projectSupports).map(([value, label]) => ({ value, label }));

/** A project being corrected: its id and what it says now. */
export type EditedProject = { id: number; description: string; startedOn: string; support: string[] };

export function ProjectForm({ householdId, editing }: { householdId: number; editing?: EditedProject }) {
  return (
    <MeasureForm
      action={saveProjectAction}
      householdId={householdId}
      labels={labels}
      submit={t.measures.projects.submit}
      correcting={editing && { field: 'projectId', id: editing.id }}
    >
      {(state) => (
        <>
          <TextField name="description" label={labels.description} hint={t.hints.description} state={state} defaultValue={editing?.description} />
          <TextField name="startedOn" type="date" label={labels.startedOn} hint={t.hints.date} state={state} defaultValue={editing?.startedOn} width="max-w-xs" />
          <CheckboxList name="support" legend={labels.support} hint={t.hints.support} state={state} choices={supports} defaultValues={editing?.support} />
        </>
      )}
    </MeasureForm>
  );
}
