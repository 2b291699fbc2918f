// The fields of annex 1 (帮扶对象登记表), shared by the registration and the edit form. Rendered
// inside a client form (useActionState); every field's id is field-<name> for the error summary.
import { SelectField, TextArea, TextField } from '@/components/ui/form';
import { FileField } from '@/components/ui/file-field';
import type { FormState } from '@/lib/actions/form-state';
import { zhAdminHouseholds } from '@/lib/i18n/zh-admin-households';
import { zh } from '@/lib/i18n/zh';

const t = zhAdminHouseholds;

export type FieldName = keyof typeof t.fields;
// The sizes (家庭人口, 残疾人口) are not typed: they are counted from the members (issue 10).

export type HouseholdFormOptions = {
  years: number[];
  villages: { code: string; name: string; townshipName: string }[];
  /** The programme's income threshold (yuan), named in the income hint. */
  threshold: number;
};

export type HouseholdFormDefaults = Partial<Record<FieldName, string>>;

const sexOptions = [
  ['M', t.sex.M],
  ['F', t.sex.F],
] as const;
const categoryOptions = [1, 2, 3, 4, 5, 6, 7].map((n) => [String(n), t.categoryOption(n, zh.categories[n] ?? '')] as const);
const gradeOptions = [1, 2, 3, 4].map((n) => [String(n), t.gradeOption(n, zh.grades[n] ?? '')] as const);

export const PHOTO_ACCEPT = 'image/jpeg,image/png,image/webp';
// The action's own limit (lib/actions/households.ts), repeated here so that this client module does
// not import the server-side action code.
const PHOTO_MAX_BYTES = 1024 * 1024;

export function Section({ title, id, children }: { title: string; id?: string; children: React.ReactNode }) {
  return (
    <fieldset id={id} tabIndex={id ? -1 : undefined} className="my-6 border-t-2 border-line pt-2">
      <legend className="pr-2 text-xl font-bold">{title}</legend>
      {children}
    </fieldset>
  );
}

export function HouseholdFields({
  state,
  options,
  defaults,
  photoHint,
  afterPhoto,
}: {
  state: FormState;
  options: HouseholdFormOptions;
  defaults: HouseholdFormDefaults;
  photoHint: string;
  /** The edit form's current photo and its "remove" box. */
  afterPhoto?: React.ReactNode;
}) {
  const f = t.fields;
  const h = t.hints;
  const onlyVillage = options.villages.length === 1 ? options.villages[0]!.code : undefined;
  return (
    <>
      <Section title={t.register.sections.place}>
        <SelectField
          name="year"
          label={f.year}
          state={state}
          defaultValue={defaults.year}
          options={options.years.map((y) => [String(y), t.yearOption(y)] as const)}
        />
        <SelectField
          name="villageCode"
          label={f.villageCode}
          state={state}
          defaultValue={defaults.villageCode ?? onlyVillage}
          placeholder={onlyVillage ? undefined : t.choose}
          options={options.villages.map((v) => [v.code, t.villageOption(v.townshipName, v.name)] as const)}
        />
        <TextField name="villageGroup" label={f.villageGroup} hint={h.villageGroup} state={state} required={false} defaultValue={defaults.villageGroup} width="max-w-xs" />
      </Section>

      <Section title={t.register.sections.person}>
        <TextField name="fullName" label={f.fullName} hint={h.fullName} state={state} defaultValue={defaults.fullName} width="max-w-xs" autoComplete="off" />
        <SelectField name="sex" label={f.sex} state={state} defaultValue={defaults.sex} placeholder={t.choose} options={sexOptions} />
        <TextField name="ethnicity" label={f.ethnicity} hint={h.ethnicity} state={state} defaultValue={defaults.ethnicity} width="max-w-xs" />
        <TextField name="age" label={f.age} hint={h.age} state={state} defaultValue={defaults.age} inputMode="numeric" width="max-w-[8rem]" />
        <TextField
          name="certificateNumber"
          label={f.certificateNumber}
          hint={h.certificateNumber}
          state={state}
          defaultValue={defaults.certificateNumber}
          autoComplete="off"
          width="max-w-md font-mono"
        />
        <SelectField
          name="disabilityCategory"
          label={f.disabilityCategory}
          hint={h.disabilityCategory}
          state={state}
          defaultValue={defaults.disabilityCategory}
          placeholder={t.choose}
          options={categoryOptions}
        />
        <SelectField
          name="disabilityGrade"
          label={f.disabilityGrade}
          hint={h.disabilityGrade}
          state={state}
          defaultValue={defaults.disabilityGrade}
          placeholder={t.choose}
          options={gradeOptions}
        />
        <FileField name="photo" label={f.photo} hint={photoHint} state={state} accept={PHOTO_ACCEPT} maxBytes={PHOTO_MAX_BYTES} tooBig={t.errors.photoSize} />
        {afterPhoto}
      </Section>

      <Section title={t.register.sections.household}>
        <TextField
          name="incomePerCapita"
          label={f.incomePerCapita}
          hint={h.incomePerCapita(options.threshold)}
          state={state}
          defaultValue={defaults.incomePerCapita}
          inputMode="numeric"
          width="max-w-[10rem]"
        />
      </Section>

      <Section title={t.register.sections.contact}>
        <TextField name="phone" label={f.phone} hint={h.phone} state={state} required={false} defaultValue={defaults.phone} type="tel" autoComplete="off" width="max-w-xs" />
        <TextField name="address" label={f.address} hint={h.address} state={state} defaultValue={defaults.address} autoComplete="off" />
        <TextArea name="employmentIntention" label={f.employmentIntention} hint={h.employmentIntention} state={state} required={false} defaultValue={defaults.employmentIntention} />
      </Section>
    </>
  );
}
