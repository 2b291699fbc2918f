// A county's public record (issue 10 items 2 and 4): people helped, screened against eligible,
// objections, recent visits, summaries on time, and its submitted annual summaries. Async Server
// Component for the county page; every figure is defined in the /progress glossary.
import Link from 'next/link';
import { getCountyRecord } from '@/lib/data/county-record';
import type { Programme } from '@/lib/data/public';
import { VISIT_INTERVAL_DAYS } from '@/lib/domain/visits';
import { getPublicText } from '@/lib/i18n/public';
import type { ReactNode } from 'react';
import { ScrollTable, num } from '@/components/ui/table';
import { withZhData } from '@/components/zh-data';

export async function CountyRecordSection({ programme, countyCode, countyName, now }: { programme: Programme; countyCode: string; countyName: string; now: Date }) {
  const record = await getCountyRecord(programme, countyCode, now);
  if (!record) return null;
  const { countyRecord: t, href, date, locale } = await getPublicText();
  const rows: [string, string][] = [
    [t.helpedHouseholds, t.households(record.helped.households)],
    [t.helpedPeople, t.people(record.helped.disabledPeople)],
    [t.screened, t.households(record.screening.screened)],
    [t.eligible, t.households(record.screening.eligible)],
    [t.refused, t.households(record.screening.refused)],
    [t.objectionsReceived, t.items(record.objections.received)],
    [t.objectionsUpheld, t.items(record.objections.upheld)],
    [t.objectionsDismissed, t.items(record.objections.dismissed)],
    [t.visited(VISIT_INTERVAL_DAYS), t.visitedValue(record.visits.visited, record.visits.filed)],
    [t.summariesOnTime, t.summariesOnTimeValue(record.summaryDeadlines.onTime, record.summaryDeadlines.due)],
  ];
  const s = t.summaries;
  return (
    <section aria-labelledby="county-record">
      <h2 id="county-record">{t.title}</h2>
      <p>
        {t.intro} <Link href={href('/progress#terms')}>{t.glossaryLink}</Link>
      </p>
      <FigureTable caption={withZhData(locale, t.caption, countyName)} head={[t.figure, t.value]} rows={rows} />

      <h3>{s.title}</h3>
      {record.summaries.length === 0 ? <p>{s.none}</p> : null}
      {record.summaries.map((r) => (
        <article key={r.year} aria-labelledby={`summary-${r.year}`}>
          <h4 id={`summary-${r.year}`}>{s.heading(r.year)}</h4>
          <p className="text-base text-muted">{s.submitted(date.date(r.submittedAt), r.onTime)}</p>
          <FigureTable
            caption={s.caption(r.year)}
            head={[t.figure, t.value]}
            rows={[
              [s.householdsHelped, t.households(r.householdsHelped)],
              [s.disabledHelped, t.people(r.disabledHelped)],
              [s.incomeIncrease, s.incomeValue(r.incomeMeanIncreaseYuan, r.incomeCompared, r.incomeMissing)],
              [s.grants, s.yuan(r.grantsYuan)],
              [s.loans, s.yuan(r.loansYuan)],
            ]}
          />
          <h5 className="font-bold">{s.text}</h5>
          <p className="whitespace-pre-wrap" lang="zh-CN">
            {r.summary}
          </p>
        </article>
      ))}
    </section>
  );
}

function FigureTable({ caption, head, rows }: { caption: ReactNode; head: [string, string]; rows: [string, string][] }) {
  return (
    <ScrollTable caption={caption} showCaption columns={[head[0], num(head[1])]}>
      {rows.map(([label, value]) => (
        <tr key={label}>
          <th scope="row">{label}</th>
          <td className="num">{value}</td>
        </tr>
      ))}
    </ScrollTable>
  );
}
