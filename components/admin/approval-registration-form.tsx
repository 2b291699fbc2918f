// Annex 1, 吉林省农村基层党组织助残扶贫工程帮扶对象登记表, laid out for one A4 page: the place, a
// bordered grid of the household's fields with the photo box, then the four opinion boxes with seal and
// date. Real table markup with row and column headers, so a screen reader reads it as a form.
import type { FormOpinionStep, RegistrationForm } from '@/lib/data/officials/approvals';
import { parseDateString } from '@/lib/domain/time';
import { zhAdminApprovals } from '@/lib/i18n/zh-admin-approvals';
import { zh } from '@/lib/i18n/zh';

const t = zhAdminApprovals.print;
const f = t.fields;

const cell = 'border border-ink px-2 py-1 align-middle break-words';
const label = `${cell} whitespace-nowrap text-center font-bold`;

function dateOn(date: string | undefined): string {
  if (!date) return t.dateBlank;
  const d = parseDateString(date);
  return t.date(d.year, d.month, d.day);
}

function OpinionBox({ step, form }: { step: FormOpinionStep; form: RegistrationForm }) {
  const given = form.opinions[step];
  return (
    <td className={`${cell} h-40 align-top print:h-[55mm]`}>
      <p className="my-1 min-h-16 whitespace-pre-line">{given?.opinion ?? ''}</p>
      <p className="my-1 text-right">{t.seal}</p>
      <p className="my-1 text-right">{dateOn(given?.decidedOn)}</p>
    </td>
  );
}

export function ApprovalRegistrationForm({ form, photoSrc }: { form: RegistrationForm; photoSrc: string | null }) {
  const p = form.place;
  return (
    <article className="registration-form mx-auto max-w-[180mm] text-base">
      <h1 className="mb-1 text-center text-xl">{t.title}</h1>
      <p className="my-1 text-center">{t.year(form.year)}</p>
      <p className="my-2">
        <span className="px-1 underline">{p.cityName}</span>
        {t.place.city}
        <span className="px-1 underline">{p.countyName}</span>
        {t.place.county}
        <span className="px-1 underline">{p.townshipName}</span>
        {t.place.township}
        <span className="px-1 underline">{p.villageName}</span>
        {t.place.village}
      </p>

      <table className="w-full table-fixed border-collapse border-2 border-ink">
        <caption className="sr-only">{t.caption}</caption>
        <colgroup>
          <col className="w-[12%]" />
          <col className="w-[17%]" />
          <col className="w-[12%]" />
          <col className="w-[19%]" />
          <col className="w-[14%]" />
          <col className="w-[10%]" />
          <col className="w-[16%]" />
        </colgroup>
        <tbody>
          <tr>
            <th scope="row" className={label}>{f.name}</th>
            <td className={cell}>{form.fullName}</td>
            <th scope="row" className={label}>{f.sex}</th>
            <td className={cell}>{zh.sex[form.sex]}</td>
            <th scope="row" className={label}>{f.ethnicity}</th>
            <td className={cell}>{form.ethnicity}</td>
            <td rowSpan={4} className={`${cell} text-center`}>
              {photoSrc ? (
                // A plain img: a private, per-request image must not go through the image optimiser's cache.
                <img src={photoSrc} alt={t.photoAlt(form.fullName)} className="mx-auto max-h-40 max-w-full" />
              ) : (
                <span className="flex min-h-36 items-center justify-center">
                  {f.photo}
                  <span className="sr-only">{t.noPhoto}</span>
                </span>
              )}
            </td>
          </tr>
          <tr>
            <th scope="row" className={label}>{f.age}</th>
            <td className={cell}>{form.age}</td>
            <th scope="row" className={label}>{f.certificateNumber}</th>
            <td colSpan={3} className={`${cell} font-mono tracking-tight`}>{form.certificateNumber}</td>
          </tr>
          <tr>
            <th scope="row" className={label}>{f.category}</th>
            <td className={cell}>{`${zh.categories[form.disabilityCategory] ?? form.disabilityCategory}残疾`}</td>
            <th scope="row" className={label}>{f.grade}</th>
            <td className={cell}>{zh.grades[form.disabilityGrade] ?? form.disabilityGrade}</td>
            <th scope="row" className={label}>{f.householdSize}</th>
            <td className={cell}>{form.householdSize}</td>
          </tr>
          <tr>
            <th scope="row" className={label}>{f.disabledMembers}</th>
            <td className={cell}>{form.disabledMembers}</td>
            <th scope="row" className={label}>{f.phone}</th>
            <td className={cell}>{form.phone ?? ''}</td>
            <th scope="row" className={`${label} whitespace-normal`}>{f.income}</th>
            <td className={cell}>{form.incomePerCapita}</td>
          </tr>
          <tr>
            <th scope="row" className={label}>{f.address}</th>
            <td colSpan={6} className={cell}>{form.address}</td>
          </tr>
          <tr>
            <th scope="row" className={`${label} whitespace-normal`}>{f.intention}</th>
            <td colSpan={6} className={`${cell} h-20 align-top whitespace-pre-line print:h-[28mm]`}>{form.employmentIntention ?? ''}</td>
          </tr>
        </tbody>
      </table>

      <table className="mt-[-2px] w-full table-fixed border-collapse border-2 border-ink">
        <caption className="sr-only">{t.opinionsCaption}</caption>
        <tbody>
          <tr>
            <th scope="col" className={`${cell} text-left`}>{t.opinionBoxes.village}</th>
            <th scope="col" className={`${cell} text-left`}>{t.opinionBoxes.township_party}</th>
          </tr>
          <tr>
            <OpinionBox step="village" form={form} />
            <OpinionBox step="township_party" form={form} />
          </tr>
          <tr>
            <th scope="col" className={`${cell} text-left`}>{t.opinionBoxes.county_dpf}</th>
            <th scope="col" className={`${cell} text-left`}>{t.opinionBoxes.county_org}</th>
          </tr>
          <tr>
            <OpinionBox step="county_dpf" form={form} />
            <OpinionBox step="county_org" form={form} />
          </tr>
        </tbody>
      </table>
      <p className="mt-2">{t.note}</p>
    </article>
  );
}
