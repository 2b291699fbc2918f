// One member's fields (lib/actions/members.ts memberPersonFields + memberDetailFields): the members
// page's form (no prefix) and each row of the registration form (prefix `m2.` …). The registrant's row
// has the details only: the identity is the household's name and certificate.
import { SelectField, TextField } from '@/components/ui/form';
import type { FormState } from '@/lib/actions/form-state';
import { zhAdminMembers } from '@/lib/i18n/zh-admin-members';

const t = zhAdminMembers;

export type MemberFormDefaults = Partial<Record<keyof typeof t.fields, string>>;

const yesNo = [
  ['yes', t.yes],
  ['no', t.no],
] as const;
const relations = Object.entries(t.relations).filter(([k]) => k !== 'self') as [string, string][];

export function MemberFields({
  state,
  prefix = '',
  registrant,
  defaults = {},
}: {
  state: FormState;
  prefix?: string;
  registrant: boolean;
  defaults?: MemberFormDefaults;
}) {
  const f = t.fields;
  const n = (field: keyof typeof t.fields) => `${prefix}${field}`;
  return (
    <>
      {registrant ? null : (
        <>
          <TextField name={n('fullName')} label={f.fullName} state={state} defaultValue={defaults.fullName} autoComplete="off" />
          <SelectField name={n('relation')} label={f.relation} state={state} options={relations} placeholder={t.choose} defaultValue={defaults.relation} />
          <TextField name={n('idNumber')} label={f.idNumber} state={state} defaultValue={defaults.idNumber} autoComplete="off" width="w-64" />
          <SelectField name={n('sex')} label={f.sex} state={state} options={Object.entries(t.sex)} placeholder={t.choose} defaultValue={defaults.sex} />
          <TextField name={n('age')} label={f.age} state={state} inputMode="numeric" defaultValue={defaults.age} width="w-24" />
          <TextField name={n('certificateNumber')} label={f.certificateNumber} state={state} required={false} defaultValue={defaults.certificateNumber} autoComplete="off" />
        </>
      )}
      <SelectField name={n('labourCapacity')} label={f.labourCapacity} state={state} required={false} options={Object.entries(t.labour)} placeholder={t.unknown} defaultValue={defaults.labourCapacity} />
      <SelectField name={n('willingToWork')} label={f.willingToWork} state={state} required={false} options={yesNo} placeholder={t.unknown} defaultValue={defaults.willingToWork} />
      <SelectField name={n('ruralMedical')} label={f.ruralMedical} state={state} required={false} options={yesNo} placeholder={t.unknown} defaultValue={defaults.ruralMedical} />
      <SelectField name={n('ruralPension')} label={f.ruralPension} state={state} required={false} options={yesNo} placeholder={t.unknown} defaultValue={defaults.ruralPension} />
      <SelectField name={n('dibao')} label={f.dibao} state={state} required={false} options={Object.entries(t.dibao)} placeholder={t.unknown} defaultValue={defaults.dibao} />
      <TextField name={n('skills')} label={f.skills} hint={t.skillsHint} state={state} required={false} defaultValue={defaults.skills} />
    </>
  );
}
