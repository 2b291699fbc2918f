import type { Metadata } from 'next';
import { connection } from 'next/server';
import { CountiesSection, FundsSection, MonthsSection, StagesSection } from '@/components/progress/sections';
import { cityPlace } from '@/components/progress/tables';
import { getProgressReport } from '@/lib/data/progress';
import { getPeopleHelped } from '@/lib/data/county-record';
import { getProgramme } from '@/lib/data/public';
import { VISIT_INTERVAL_DAYS } from '@/lib/domain/visits';
import { STABLE_EXIT_CONDITIONS } from '@/lib/domain';
import { getPublicText } from '@/lib/i18n/public';
import { ScrollTable, TableSection, num } from '@/components/ui/table';
import { FigureTiles } from '@/components/ui/figure-tiles';
import { withZhData } from '@/components/zh-data';

export async function generateMetadata(): Promise<Metadata> {
  const { progress: t } = await getPublicText();
  return { title: t.title, description: t.description };
}

export default async function ProgressPage() {
  await connection(); // counted per request, like the home page
  const now = new Date();
  const { progress: t, t: zh, date, countyRecord } = await getPublicText();
  const [report, programmeRow] = await Promise.all([getProgressReport(now), getProgramme()]);
  if (!report) {
    return (
      <>
        <h1>{t.title}</h1>
        <p>{t.noData}</p>
      </>
    );
  }
  const { programme, city, year } = report;
  const figures = [
    { label: t.headline.target(programme.startYear, programme.endYear), value: programme.targetHouseholds },
    { label: t.headline.passed, value: city.allYears.passed },
    { label: t.headline.filed, value: city.allYears.filed },
    { label: t.headline.outOfPoverty, value: city.allYears.outOfPoverty },
  ];
  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.intro(programme.startYear, programme.endYear, programme.targetHouseholds)}</p>
      <p className="text-base text-muted">{t.asOf(date.dateTime(now))}</p>

      <h2>{t.headline.title}</h2>
      <FigureTiles figures={figures} unit={t.headline.households} layout="grid grid-cols-2 gap-2 text-center sm:grid-cols-4" />
      <p>{t.headline.sentence(city.targetToDate, year, city.allYears.filed, city.allYears.passed, city.allYears.outOfPoverty)}</p>
      {programmeRow ? <PeopleHelped programmeId={programmeRow.id} cityCode={programmeRow.cityCode} name={city.name} /> : null}

      <StagesSection place={cityPlace(report)} level={2} title={zh.site.placeTitle(city.name, t.place.title(year))} />
      <CountiesSection report={report} />
      <MonthsSection place={cityPlace(report)} level={2} />
      <FundsSection
        name={city.name}
        year={year}
        funds={city.fundsYuan}
        counties={report.counties.map((c) => ({ name: c.name, funds: c.fundsYuan }))}
        level={2}
      />

      <TableSection id="stable-exit-heading" title={t.stableExit.title} intro={<p>{t.stableExit.intro(city.allYears.filed)}</p>} empty={null}>
        <ScrollTable caption={t.stableExit.caption} labelledBy="stable-exit-heading" columns={[t.stableExit.condition, num(t.stableExit.households)]}>
          {STABLE_EXIT_CONDITIONS.map((c) => (
            <tr key={c}>
              <th scope="row">{t.stableExit.labels[c]}</th>
              <td className="num">{city.stableExit.conditions[c] ?? t.stableExit.notRecorded}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t.stableExit.all}</th>
            <td className="num font-bold">{city.stableExit.out}</td>
          </tr>
        </ScrollTable>
      </TableSection>

      <h2 id="terms">{t.terms.title}</h2>
      <dl>
        {[...t.terms.items(programme.incomeThreshold), ...countyRecord.terms(VISIT_INTERVAL_DAYS)].map(([term, meaning]) => (
          <div key={term} className="my-2">
            <dt className="font-bold">{term}</dt>
            <dd className="ml-0">{meaning}</dd>
          </div>
        ))}
      </dl>

      <h2>{t.openData.title}</h2>
      <p>
        {t.openData.body}
        <a href="/api/public/progress">{t.openData.json}</a>
      </p>
    </>
  );
}

/** The disabled people in the filed households, beside the households (issue 10 item 4). */
async function PeopleHelped({ programmeId, cityCode, name }: { programmeId: number; cityCode: string; name: string }) {
  const [{ countyRecord: t, locale }, helped] = await Promise.all([getPublicText(), getPeopleHelped(programmeId, cityCode)]);
  return <p>{withZhData(locale, t.peopleHelped, name, helped.households, helped.disabledPeople)}</p>;
}
