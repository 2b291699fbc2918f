// The progress blocks shared by /progress and the county pages. Each is a heading, a sentence that says
// what the numbers show, the chart (drawn in the browser), the table with every number, and its CSV.
import { BarChartFigure } from '@/components/charts/bar-chart';
import type { Funds, ProgressReport } from '@/lib/data/progress';
import { usePublicText } from '@/lib/i18n/public';
import { ZhRuns } from '@/components/zh-runs';
import { CsvLink } from './csv-link';
import { ProgressDataTable } from './data-table';
import { countiesSentence, fundsSentence, monthsSentence, stagesSentence } from './sentences';
import { SummarySentence } from './summary-sentence';
import { countiesTable, csvHref, fundsTable, monthsTable, stagesTable, type DataTable, type Place } from './tables';

type Level = 2 | 3;

function Heading({ level, children }: { level: Level; children: string }) {
  const { locale } = usePublicText();
  const text = <ZhRuns locale={locale}>{children}</ZhRuns>;
  return level === 2 ? <h2>{text}</h2> : <h3>{text}</h3>;
}

/** Numeric columns of a table as chart series (leaving out totals and percentages). */
function seriesOf(table: DataTable, rows: DataTable['rows']) {
  return table.columns.flatMap((c, i) =>
    c.kind === 'text' ? [] : [{ label: c.label, values: rows.map((r) => Number(r.cells[i])) }],
  );
}

function Block({ sentence, table, chart, countyCode }: { sentence: string; table: DataTable; chart: React.ReactNode; countyCode?: string }) {
  return (
    <>
      <SummarySentence text={sentence} />
      {chart}
      <ProgressDataTable table={table} />
      <CsvLink href={csvHref(table.name, countyCode)} caption={table.caption} />
    </>
  );
}

export function StagesSection({ place, level, title, countyCode }: { place: Place; level: Level; title: string; countyCode?: string }) {
  const { progress: t, locale } = usePublicText();
  const table = stagesTable(place, t);
  return (
    <section>
      <Heading level={level}>{title}</Heading>
      <Block
        sentence={stagesSentence(place, t)}
        table={table}
        countyCode={countyCode}
        chart={
          <BarChartFigure
            title={<ZhRuns locale={locale}>{t.place.chart(place.name, place.year)}</ZhRuns>}
            fallback={t.chartFallback}
            categories={table.rows.map((r) => r.header)}
            series={[{ label: t.place.households, values: table.rows.map((r) => Number(r.cells[0])) }]}
            orientation="rows"
          />
        }
      />
    </section>
  );
}

export function CountiesSection({ report }: { report: ProgressReport }) {
  const { progress: t, locale } = usePublicText();
  const table = countiesTable(report, t);
  const counties = table.rows.filter((r) => !r.total);
  return (
    <section>
      <h2>{t.counties.title(report.year)}</h2>
      <Block
        sentence={countiesSentence(report, t)}
        table={table}
        chart={
          <BarChartFigure
            title={<ZhRuns locale={locale}>{t.counties.chart(report.year)}</ZhRuns>}
            fallback={t.chartFallback}
            categories={counties.map((r) => r.header)}
            series={seriesOf(table, counties)}
            orientation="rows"
          />
        }
      />
      <p className="text-base text-muted">{t.counties.rateNote}</p>
    </section>
  );
}

export function MonthsSection({ place, level, countyCode }: { place: Place; level: Level; countyCode?: string }) {
  const { progress: t, locale } = usePublicText();
  const table = monthsTable(place, t);
  return (
    <section>
      <Heading level={level}>{t.months.title}</Heading>
      <Block
        sentence={monthsSentence(place, t)}
        table={table}
        countyCode={countyCode}
        chart={
          <BarChartFigure
            title={<ZhRuns locale={locale}>{t.months.chart(place.name, place.year)}</ZhRuns>}
            fallback={t.chartFallback}
            categories={table.rows.map((r) => r.header)}
            series={seriesOf(table, table.rows)}
            orientation="columns"
          />
        }
      />
    </section>
  );
}

export function FundsSection({
  name,
  year,
  funds,
  counties,
  level,
  countyCode,
}: {
  name: string;
  year: number;
  funds: Funds;
  counties?: { name: string; funds: Funds }[];
  level: Level;
  countyCode?: string;
}) {
  const { progress: t, locale } = usePublicText();
  const table = fundsTable(name, year, counties ?? [{ name, funds }], counties ? funds : undefined, t);
  const places = table.rows.filter((r) => !r.total);
  return (
    <section>
      <Heading level={level}>{t.funds.title}</Heading>
      <Block
        sentence={fundsSentence(name, year, funds, counties, t)}
        table={table}
        countyCode={countyCode}
        chart={
          <BarChartFigure
            title={<ZhRuns locale={locale}>{t.funds.chart(name, year)}</ZhRuns>}
            fallback={t.chartFallback}
            categories={places.map((r) => r.header)}
            series={seriesOf(table, places).slice(0, 2)}
            orientation="rows"
            thousands
          />
        }
      />
    </section>
  );
}
