import type { HouseholdRead } from '@/lib/data/officials/reads';
import { formatChinaDateTime } from '@/lib/domain';
import { zhAdmin } from '@/lib/i18n/zh-admin';
import { zhAdminHouseholds } from '@/lib/i18n/zh-admin-households';
import { ScrollTable } from '@/components/ui/table';

const t = zhAdminHouseholds.reads;

/** 查看记录: when, who (role · region · name) and what of each private read of the household. */
export function ReadsTable({ reads }: { reads: HouseholdRead[] }) {
  if (reads.length === 0) return <p>{t.none}</p>;
  const c = t.columns;
  const who = ({ reader }: HouseholdRead) => {
    const parts = [reader.role ? zhAdmin.roles[reader.role] : null, reader.regionName, reader.displayName].filter((p): p is string => Boolean(p));
    return parts.length > 0 ? t.who(parts) : t.unknown;
  };
  return (
    <ScrollTable caption={t.caption} labelledBy="reads-heading" columns={[c.at, c.who, c.what]}>
      {reads.map((r, i) => (
        <tr key={i}>
          <th scope="row" className="font-normal">
            {formatChinaDateTime(r.at)}
          </th>
          <td>{who(r)}</td>
          <td>{t.what[r.what]}</td>
        </tr>
      ))}
    </ScrollTable>
  );
}
