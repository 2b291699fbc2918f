// The list of a notice (masked public fields only), used by the public notice page and by the
// officials' draft preview, so the preview shows exactly what villagers will see once published.
import type { PublicEntry } from '@/lib/data/public';
import { usePublicText } from '@/lib/i18n/public';
import { formatYuan } from '@/lib/i18n/zh';
import { ScrollTable, num } from '@/components/ui/table';
import { ZhData } from '@/components/zh-data';

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
  const { t: zh, locale } = usePublicText();
  const c = zh.notice.columns;
  return (
    <ScrollTable
      caption={caption ?? zh.notice.listCaption(entries.length)}
      labelledBy={labelledBy}
      className="min-w-[40rem]"
      columns={[num(c.no), c.name, c.sex, num(c.age), c.group, c.category, c.grade, num(c.size), num(c.disabled), num(c.income), showOutcome && c.outcome]}
    >
      {entries.map((e) => (
        <tr key={e.id}>
          <td className="num">{e.position}</td>
          <th scope="row">
            <ZhData locale={locale}>{names?.get(e.id) ?? e.maskedName}</ZhData>
          </th>
          <td>{zh.sex[e.sex]}</td>
          <td className="num">{e.age}</td>
          <td>
            <ZhData locale={locale}>{e.villageGroup ?? '—'}</ZhData>
          </td>
          <td>{zh.categories[e.disabilityCategory]}</td>
          <td>{zh.grades[e.disabilityGrade]}</td>
          <td className="num">{e.householdSize}</td>
          <td className="num">{e.disabledMembers}</td>
          <td className="num">{formatYuan(e.incomePerCapita)}</td>
          {showOutcome ? <td className="font-bold">{e.outcome ? zh.notice.outcome[e.outcome] : '—'}</td> : null}
        </tr>
      ))}
    </ScrollTable>
  );
}
