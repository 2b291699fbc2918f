// The progress tables, built once from the report: the pages show them as HTML tables and the open
// data route sends the very same rows as CSV, so a download always has the numbers the page shows.
import type { CountyFigures, CountyProgress, Funds, MonthFigures, ProgressReport } from '@/lib/data/progress';
import { zh } from '@/lib/i18n/zh';
import type { Catalogue } from '@/lib/i18n/catalogue';
import { zhProgress } from '@/lib/i18n/zh-progress';

export const TABLE_NAMES = ['stages', 'counties', 'months', 'funds'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

export type ColumnKind = 'count' | 'yuan' | 'text';
export type DataTable = {
  name: TableName;
  caption: string;
  /** Heading of the first column, whose cells are row headers (th scope="row"). */
  rowHeader: string;
  columns: { label: string; kind: ColumnKind }[];
  rows: { header: string; cells: (number | string)[]; total?: boolean }[];
};

/** A place (the city or one county) with what its tables need. */
export type Place = {
  name: string;
  year: number;
  figures: Omit<CountyFigures, 'code' | 'name' | 'allocation'> & { allocation: number };
  months: MonthFigures[];
};

/** The text of the tables: the page's language on pages, Chinese in the CSV files (the default). */
export type ProgressText = Catalogue<typeof zhProgress>;
const STAGE_KEYS = ['allocation', 'publicised', 'passed', 'filed', 'paired', 'outOfPoverty'] as const;

export function cityPlace(report: ProgressReport): Place {
  return { name: report.city.name, year: report.year, figures: report.city, months: report.months };
}

export function countyPlace(progress: CountyProgress): Place {
  const { county } = progress;
  return { name: county.name, year: progress.year, figures: { ...county, allocation: county.allocation ?? 0 }, months: progress.months };
}

/** 环节: the year's allocation, then each stage a household passes through. */
export function stagesTable(place: Place, t: ProgressText = zhProgress): DataTable {
  const f = place.figures;
  return {
    name: 'stages',
    caption: t.place.caption(place.name, place.year),
    rowHeader: t.place.stage,
    columns: [
      { label: t.place.households, kind: 'count' },
      { label: t.place.share, kind: 'text' },
    ],
    rows: STAGE_KEYS.map((key) => ({ header: t.stages[key], cells: [f[key], zh.progress.rateValue(f[key], f.allocation)] })),
  };
}

export function countiesTable(report: ProgressReport, t: ProgressText = zhProgress): DataTable {
  const row = (header: string, f: Omit<CountyFigures, 'code' | 'name'>, total = false) => ({
    header,
    cells: [...STAGE_KEYS.map((key) => f[key] ?? 0), zh.progress.rateValue(f.passed, f.allocation ?? 0)],
    total,
  });
  return {
    name: 'counties',
    caption: t.counties.caption(report.year),
    rowHeader: t.counties.region,
    columns: [...STAGE_KEYS.map((key) => ({ label: t.stages[key], kind: 'count' as const })), { label: t.counties.rate, kind: 'text' }],
    rows: [...report.counties.map((c) => row(c.name, c)), row(t.counties.total, report.city, true)],
  };
}

export function monthsTable(place: Place, t: ProgressText = zhProgress): DataTable {
  return {
    name: 'months',
    caption: t.months.caption(place.name, place.year),
    rowHeader: t.months.month,
    columns: [
      { label: t.months.publicised, kind: 'count' },
      { label: t.months.passed, kind: 'count' },
      { label: t.months.filed, kind: 'count' },
    ],
    rows: place.months.map((m) => ({ header: t.months.monthLabel(m.month), cells: [m.publicised, m.passed, m.filed] })),
  };
}

/** Funds of the counties (with the city's total) or of one place alone. */
export function fundsTable(name: string, year: number, places: { name: string; funds: Funds }[], total?: Funds, t: ProgressText = zhProgress): DataTable {
  const row = (header: string, f: Funds, isTotal = false) => ({ header, cells: [f.microLoan, f.dpfFunding, f.microLoan + f.dpfFunding], total: isTotal });
  return {
    name: 'funds',
    caption: t.funds.caption(name, year),
    rowHeader: t.funds.region,
    columns: [
      { label: t.funds.microLoan, kind: 'yuan' },
      { label: t.funds.dpfFunding, kind: 'yuan' },
      { label: t.funds.total, kind: 'yuan' },
    ],
    rows: [...places.map((p) => row(p.name, p.funds)), ...(total ? [row(t.counties.total, total, true)] : [])],
  };
}

export function cityFundsTable(report: ProgressReport): DataTable {
  return fundsTable(
    report.city.name,
    report.year,
    report.counties.map((c) => ({ name: c.name, funds: c.fundsYuan })),
    report.city.fundsYuan,
  );
}

export function countyFundsTable(progress: CountyProgress): DataTable {
  return fundsTable(progress.county.name, progress.year, [{ name: progress.county.name, funds: progress.county.fundsYuan }]);
}

/** The table the CSV route serves: the city's, or one county's when `county` is given. */
export function tableFor(name: TableName, report: ProgressReport, county: CountyProgress | null): DataTable {
  const place = county ? countyPlace(county) : cityPlace(report);
  switch (name) {
    case 'stages':
      return stagesTable(place);
    case 'counties':
      return county ? { ...countiesTable(report), rows: countiesTable(report).rows.filter((r) => r.header === county.county.name) } : countiesTable(report);
    case 'months':
      return monthsTable(place);
    case 'funds':
      return county ? countyFundsTable(county) : cityFundsTable(report);
  }
}

/** The href of a table's CSV download. */
export function csvHref(name: TableName, countyCode?: string): string {
  return `/api/public/progress?format=csv&table=${name}${countyCode ? `&county=${countyCode}` : ''}`;
}
