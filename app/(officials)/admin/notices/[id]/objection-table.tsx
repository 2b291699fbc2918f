// The objections of a notice for officials: the public facts, and, for those allowed, what was said
// (marked as not public), with a link to investigate and resolve each. Who objected is shown on the
// objection's own page only, to the bodies allowed to see it, and each showing is audited.
import Link from 'next/link';
import type { OfficialEntry, OfficialObjection } from '@/lib/data/officials/notices';
import { formatChinaDateTime } from '@/lib/domain';
import { zhAdminNotices } from '@/lib/i18n/zh-admin-notices';
import { zh } from '@/lib/i18n/zh';
import { ScrollTable, num } from '@/components/ui/table';

const t = zhAdminNotices;

export function ObjectionTable({
  noticeId,
  objections,
  entries,
  canResolve,
}: {
  noticeId: number;
  objections: readonly OfficialObjection[];
  entries: readonly OfficialEntry[];
  canResolve: boolean;
}) {
  const showPrivate = objections.some((o) => o.private !== null);
  const o = t.objection;
  return (
    <>
      {showPrivate ? null : <p className="text-muted">{t.page.privateHidden}</p>}
      <ScrollTable
        caption={t.page.objectionsCaption}
        labelledBy="objections-heading"
        className="min-w-[44rem]"
        columns={[
          num(zh.notice.columns.no),
          o.about,
          o.channel,
          o.received,
          o.status,
          showPrivate && {
            label: (
              <>
                {o.summary}
                {o.privateMark}
              </>
            ),
          },
          { label: <span className="sr-only">{t.page.handle}</span> },
        ]}
      >
        {objections.map((x) => {
          const entry = entries.find((e) => e.id === x.entryId);
          return (
            <tr key={x.id}>
              <td className="num">{x.number}</td>
              <th scope="row" className="font-normal">
                {entry ? o.aboutEntry(entry.position, entry.maskedName) : zh.notice.objectionWhole}
              </th>
              <td>{o.channels[x.channel]}</td>
              <td>{formatChinaDateTime(x.receivedAt)}</td>
              <td className="font-bold">
                {o.statuses[x.status]}
                {x.resolutionReason ? <span className="block font-normal">{x.resolutionReason}</span> : null}
              </td>
              {showPrivate ? <td className="whitespace-pre-line">{x.private?.summary}</td> : null}
              <td>
                <Link href={`/admin/notices/${noticeId}/objections/${x.id}`}>
                  {canResolve && (x.status === 'received' || x.status === 'investigating') ? t.page.handle : t.page.view}
                  <span className="sr-only">{o.detailTitle(x.number)}</span>
                </Link>
              </td>
            </tr>
          );
        })}
      </ScrollTable>
    </>
  );
}
