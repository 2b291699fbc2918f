// The public progress pages in English (twin of zh-progress.ts). The CSV files and the JSON interface
// stay Chinese (open data keeps one set of column names).
import type { Catalogue } from './catalogue';
import { en } from './en';
import { formatYuan } from './zh';
import type { zhProgress } from './zh-progress';

const pct = en.progress.rateValue;
const hh = (n: number) => (n === 1 ? '1 household' : `${n} households`);
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const monthLabel = (month: string) => `${MONTHS[Number(month.slice(5, 7)) - 1] ?? month.slice(5, 7)} ${month.slice(0, 4)}`;
const yuan = (n: number) => `${formatYuan(n)} yuan`;

export const enProgress: Catalogue<typeof zhProgress> = {
  nav: 'Progress',
  title: 'Programme progress',
  description:
    'Targets, notices, approvals, pairing, households out of poverty and funds of the Baicheng rural Party branches’ disability poverty-relief programme, by county.',
  intro: (startYear: number, endYear: number, target: number) =>
    `From ${startYear} to ${endYear}, the city aims to lift ${hh(target)} of poor rural families with disabled members out of poverty for good. This page publishes the number of households at each step and the funds, by county and by month. It holds only totals, nothing about any one family.`,
  asOf: (when: string) => `Figures as of ${when} (China time), counted afresh each time the page is opened.`,
  noData: 'There are no programme figures yet.',

  headline: {
    title: 'The city as a whole',
    target: (startYear: number, endYear: number) => `City target (${startYear}–${endYear})`,
    passed: 'Passed the notice period',
    filed: 'Approved and on file',
    outOfPoverty: 'Out of poverty for good',
    households: 'households',
    sentence: (targetToDate: number, year: number, filed: number, passed: number, outOfPoverty: number) =>
      `Filing rate: since the programme began, ${hh(filed)} have been approved and put on file in the city, ${pct(filed, targetToDate)} of the ${targetToDate} targeted up to ${year}. The notice is only one step: ${hh(passed)} passed the notice period, which does not mean help is complete; ${hh(outOfPoverty)} are out of poverty for good.`,
  },

  stableExit: {
    title: 'The conditions of leaving poverty for good',
    intro: (filed: number) =>
      `A household is out of poverty for good when it meets all of these conditions. The table shows how many of the city’s ${filed} households on file meet each one.`,
    caption: 'Households on file meeting each condition of leaving poverty for good (households)',
    condition: 'Condition',
    households: 'Households meeting it',
    notRecorded: 'Not yet recorded by this system; not counted',
    all: 'All met (out of poverty for good)',
    labels: {
      income: 'Net income per person reached the threshold in the latest year the county confirmed',
      medical: 'Every member in the rural cooperative medical scheme',
      pension: 'Every member aged 16 or over in the rural pension scheme',
      dibao: 'Minimum living allowance settled for every member (granted, or assessed as not eligible)',
      housing: 'Housing secured',
      skill: 'A member has learnt a practical skill (training record)',
      project: 'Has an income-raising project',
    },
  },

  stages: {
    allocation: 'Target',
    publicised: 'Publicised',
    passed: 'Passed',
    filed: 'On file',
    paired: 'Paired',
    outOfPoverty: 'Out of poverty',
  },
  units: { households: 'households', yuan: 'yuan' },
  chartFallback: 'The table below lists every figure in the chart.',

  terms: {
    title: 'What the figures mean',
    items: (threshold: number) => [
      ['Target', 'The number of households the city gave each county to help that year.'],
      ['Publicised', 'Households put on a notice in their village, including notices still open.'],
      ['Passed', 'Passed the notice period: the period ended with no upheld objection, and the household is proposed for help.'],
      ['On file', 'Approved and on file: checked by village, township and county, approved by the county Party organisation department, with a help record opened.'],
      ['Paired', 'Paired for help: a Party member or cadre has been paired with the household and signed a help agreement.'],
      ['Filing rate', 'Households on file ÷ the targets up to this year (the sum of every year’s target since the programme began). This is the page’s overall progress.'],
      ['Out of poverty', `Out of poverty for good: net income per person of ${threshold} yuan or more in the latest year the county confirmed, with every member in the rural medical scheme, every member aged 16 or over in the rural pension scheme, every member’s minimum living allowance settled (granted, or assessed as not eligible), housing secured, a practical skill from a training (at least one member) and an income project. A later confirmed income below the threshold takes the household off this count. Officials’ pages use the same rule.`],
      ['Micro-loans', 'Small loans guaranteed by Party members and cadres for the households’ projects; they are repaid.'],
      ['Grants (DPF funding)', 'Money the Disabled Persons’ Federation put into the households’ projects, not repaid. Funds are always shown as grants and micro-loans, and a total always has both parts beside it.'],
    ],
  },

  place: {
    title: (year: number) => `Progress in ${year}`,
    chart: (name: string, year: number) => `Chart: households at each step, ${name}, ${year}`,
    caption: (name: string, year: number) => `Households at each step, ${name}, ${year} (households)`,
    stage: 'Step',
    households: 'Households',
    share: 'Share of target',
    sentence: (name, year, f) =>
      `${name}, ${year}: target ${f.allocation}, publicised ${f.publicised}, passed the notice period ${f.passed} (${pct(f.passed, f.allocation)} of the target); of these ${f.filed} approved and on file, ${f.paired} paired and ${f.outOfPoverty} out of poverty for good.`,
  },

  counties: {
    title: (year: number) => `Counties, ${year}`,
    chart: (year: number) => `Chart: households at each step by county, ${year}`,
    caption: (year: number) => `Target and households at each step by county, ${year} (households)`,
    region: 'Area',
    rate: 'Passed notice',
    rateNote: 'Passed notice is the share of the year’s target that has passed the notice period. Passing the notice is one step, not help completed.',
    total: 'City total',
    sentence: (best, worst) =>
      best.name === worst.name
        ? `${best.name}: ${hh(best.passed)} passed the notice period, ${pct(best.passed, best.allocation)} of the target.`
        : `${best.name} is furthest, with ${hh(best.passed)} passed, ${pct(best.passed, best.allocation)} of the target; ${worst.name} is last, with ${worst.passed} passed, ${pct(worst.passed, worst.allocation)}.`,
    none: (year: number) => `No household has passed a notice period in any county in ${year} yet.`,
  },

  months: {
    title: 'Month by month',
    chart: (name: string, year: number) => `Chart: households publicised, passed and put on file each month, ${name}, ${year}`,
    caption: (name: string, year: number) => `Households publicised, passed and approved each month, ${name}, ${year} (households, months in China time)`,
    month: 'Month',
    monthLabel,
    publicised: 'Publicised',
    passed: 'Passed',
    filed: 'Approved',
    sentence: (name, busiest, filed) =>
      `${name}: most households passed the notice period in ${monthLabel(busiest.month)} (${busiest.passed})` +
      (filed ? `; most were approved in ${monthLabel(filed.month)} (${filed.filed}).` : '; none approved yet.'),
    none: (name: string, year: number) => `${name} has had no notice in ${year} yet.`,
  },

  funds: {
    title: 'Funds',
    chart: (name: string, year: number) => `Chart: micro-loans and DPF funding, ${name}, ${year}`,
    caption: (name: string, year: number) => `Micro-loans and DPF funding, ${name}, ${year} (yuan)`,
    region: 'Area',
    microLoan: 'Micro-loans',
    dpfFunding: 'Grants (DPF funding)',
    total: 'Total',
    yuan,
    sentence: (name, microLoan, dpfFunding, most) =>
      `${name}: ${yuan(microLoan)} in micro-loans and ${yuan(dpfFunding)} of DPF funding, ${yuan(microLoan + dpfFunding)} in all` +
      (most ? `; ${most.name} the most, ${yuan(most.total)}.` : '.'),
    none: (name: string, year: number) => `${name} has had no micro-loans or DPF funding in ${year} yet.`,
  },

  csv: {
    link: (caption: string) => `Download “${caption}” (CSV file, column names in Chinese; opens in Excel)`,
  },

  openData: {
    title: 'Open data',
    body: 'These figures can also be read by programs (JSON, totals only, updated every minute, field names and labels in Chinese):',
    json: 'Progress data interface (JSON)',
  },

  county: {
    title: 'Progress',
    more: 'Progress of the whole city and of each county',
  },

  errors: {
    format: 'format must be json or csv',
    table: 'table must be stages, counties, months or funds',
    county: 'No such county',
    noData: 'There are no programme figures yet',
  },
};
