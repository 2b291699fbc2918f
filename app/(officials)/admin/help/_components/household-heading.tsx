// The top of every page about one filed household: a way back, what was just saved, the name as the
// page's heading (with what the page is about), and where the household lives.
import Link from 'next/link';
import { DoneMessage } from '@/components/ui/done-message';
import { formatChinaDate } from '@/lib/domain/time';
import type { HouseholdHeader } from '@/lib/data/officials/help';
import { zhAdminHelp } from '@/lib/i18n/zh-admin-help';
import { DetailList } from '@/components/ui/figure-tiles';

type Props = {
  household: HouseholdHeader;
  title: string;
  back: { href: string; label: string };
  saved?: string | null;
};

export function HouseholdHeading({ household, title, back, saved }: Props) {
  const t = zhAdminHelp.record;
  return (
    <>
      <p className="no-print">
        <Link href={back.href}>{back.label}</Link>
      </p>
      <DoneMessage message={saved} />
      <h1>
        {household.fullName}
        <span className="font-normal"> · {title}</span>
      </h1>
      <DetailList
        rows={[
          [t.place, `${household.townshipName} ${household.villageName}`],
          [t.filedOn, household.filedAt ? formatChinaDate(household.filedAt) : t.notFiledTitle],
        ]}
      />
    </>
  );
}
