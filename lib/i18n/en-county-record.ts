// English twin of zh-county-record.ts.
import type { Catalogue } from './catalogue';
import { formatYuan } from './zh';
import type { zhCountyRecord } from './zh-county-record';

export const enCountyRecord: Catalogue<typeof zhCountyRecord> = {
  title: 'The county’s record',
  intro: 'These figures are counted from the records in the system and contain no personal information. The progress page explains each of them.',
  glossaryLink: 'What these figures mean',
  peopleHelped: (name: string, households: number, people: number) => `The ${households} households on file in ${name} have ${people} disabled ${people === 1 ? 'member' : 'members'} in all.`,
  caption: (county: string) => `Record of ${county} (all programme years)`,
  figure: 'Figure',
  value: 'Value',
  helpedHouseholds: 'Households on file',
  helpedPeople: 'Disabled people in them',
  screened: 'Households screened',
  eligible: 'Households eligible',
  refused: 'Households screened out',
  objectionsReceived: 'Objections received',
  objectionsUpheld: 'Objections upheld',
  objectionsDismissed: 'Objections dismissed',
  visited: (days: number) => `Households on file visited in the last ${days} days`,
  visitedValue: (visited: number, filed: number) => `${visited} of ${filed}`,
  summariesOnTime: 'Annual summaries submitted on time',
  summariesOnTimeValue: (onTime: number, due: number) => `${onTime} of ${due} years`,
  households: (n: number) => `${n} ${n === 1 ? 'household' : 'households'}`,
  people: (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`,
  items: (n: number) => String(n),
  summaries: {
    title: 'Annual summaries',
    none: 'No annual summary has been submitted yet.',
    heading: (year: number) => `Summary of the programme’s work in ${year}`,
    submitted: (when: string, onTime: boolean) => `Submitted ${when}${onTime ? ' (on time)' : ' (late)'}`,
    caption: (year: number) => `Figures of the ${year} summary`,
    householdsHelped: 'Households helped',
    disabledHelped: 'Disabled people helped',
    incomeIncrease: 'Mean income increase (yuan per person)',
    incomeValue: (mean: number | null, compared: number, missing: number) =>
      (mean === null ? 'cannot be computed' : `${formatYuan(mean)} yuan per person`) + ` (over ${compared} households; ${missing} lack a figure)`,
    grants: 'Grants',
    loans: 'Micro-loans',
    yuan: (n: number) => `${formatYuan(n)} yuan`,
    text: 'Written summary (in Chinese)',
  },
  terms: (days: number) =>
    [
      ['Disabled people', 'The disabled members of the households on file, added up. A household may have more than one, so there can be more people than households.'],
      ['Households screened', 'Households the village or township screened: those eligible plus those screened out.'],
      ['Households eligible', 'Households found eligible (rural, net income per person below the threshold, at least one member with a disability certificate, at least one member able and willing to work) and registered.'],
      ['Households screened out', 'Households found not eligible and not registered. The reason is kept on record, not published.'],
      ['Objections received', 'Objections to the county’s notices, including those under investigation; online submissions not yet admitted or turned away are not counted.'],
      ['Upheld, dismissed', 'The conclusion once an objection has been investigated.'],
      [`Visited in the last ${days} days`, `Households on file visited at least once in the last ${days} days (the programme’s rule is a visit at least every ${days} days).`],
      ['Annual summaries on time', 'Of the programme years whose deadline (5 November) has passed, the years the county submitted its summary by the deadline.'],
      ['Grants', 'Money that is not repaid, such as DPF funding. Always shown apart from micro-loans, never only as one total.'],
      ['Mean income increase', 'Over the households with both an income at registration and an income the county confirmed for the year, the mean of the difference; the number of households lacking a figure is shown beside it.'],
    ] as const,
};
