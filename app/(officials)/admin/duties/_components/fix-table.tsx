// The required fixes of an inspection with their state; an open one links to its "done" form when allowed.
import Link from 'next/link';
import { dateLabel } from '@/components/notice-list';
import type { FixRow } from '@/lib/data/officials/duties';
import { zhAdminDuties } from '@/lib/i18n/zh-admin-duties';
import { ScrollTable } from '@/components/ui/table';

const t = zhAdminDuties.inspections;

export function FixTable({ fixes, resolveHref }: { fixes: FixRow[]; resolveHref?: (fixId: number) => string }) {
  const c = t.fixColumns;
  return (
    <ScrollTable caption={t.fixesCaption} columns={[c.requirement, c.dueOn, c.state, c.fixedOn, c.fixNote]}>
      {fixes.map((f) => (
        <tr key={f.id}>
          <th scope="row" className="font-normal">
            {f.requirement}
          </th>
          <td>{dateLabel(f.dueOn)}</td>
          <td className={f.state === 'overdue' ? 'font-bold text-brand' : undefined}>{zhAdminDuties.fixStates[f.state]}</td>
          <td>{f.fixedOn ? dateLabel(f.fixedOn) : ''}</td>
          <td>
            {f.fixNote}
            {f.state !== 'fixed' && resolveHref ? (
              <Link href={resolveHref(f.id)}>
                {t.resolve}
                <span className="sr-only">：{f.requirement}</span>
              </Link>
            ) : null}
          </td>
        </tr>
      ))}
    </ScrollTable>
  );
}
