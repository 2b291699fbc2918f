// The list of a notice (masked public fields only), used by the public notice page and by the
// officials' draft preview, so the preview shows exactly what villagers will see once published.
import type { PublicEntry } from '@/lib/data/public';
import { usePublicText } from '@/lib/i18n/public';
import { formatYuan } from '@/lib/i18n/zh';

/**
 * `names`: full names by entry id, shown instead of the masked ones: the officials' board poster only
 * (components/notice-poster.tsx); `caption` then says so.
 */
export function NoticeEntryTable({
  entries,
  showOutcome,
  labelledBy,
  caption,
  names,
}: {
  entries: readonly PublicEntry[];
  showOutcome: boolean;
  labelledBy: string;
  caption?: string;
  names?: ReadonlyMap<number, string>;
}) {
  const { t: zh } = usePublicText();
  const c = zh.notice.columns;
  return (
    <div className="scroll-table" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      <table className="min-w-[40rem]">
        <caption className="sr-only">{caption ?? zh.notice.listCaption(entries.length)}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {c.no}
            </th>
            <th scope="col">{c.name}</th>
            <th scope="col">{c.sex}</th>
            <th scope="col" className="num">
              {c.age}
            </th>
            <th scope="col">{c.group}</th>
            <th scope="col">{c.category}</th>
            <th scope="col">{c.grade}</th>
            <th scope="col" className="num">
              {c.size}
            </th>
            <th scope="col" className="num">
              {c.disabled}
            </th>
            <th scope="col" className="num">
              {c.income}
            </th>
            {showOutcome ? <th scope="col">{c.outcome}</th> : null}
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td className="num">{e.position}</td>
              <th scope="row">{names?.get(e.id) ?? e.maskedName}</th>
              <td>{zh.sex[e.sex]}</td>
              <td className="num">{e.age}</td>
              <td>{e.villageGroup ?? '—'}</td>
              <td>{zh.categories[e.disabilityCategory]}</td>
              <td>{zh.grades[e.disabilityGrade]}</td>
              <td className="num">{e.householdSize}</td>
              <td className="num">{e.disabledMembers}</td>
              <td className="num">{formatYuan(e.incomePerCapita)}</td>
              {showOutcome ? <td className="font-bold">{e.outcome ? zh.notice.outcome[e.outcome] : '—'}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
