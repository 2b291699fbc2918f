// The notice as villagers see it on the public page (components/notice-body.tsx), inside the officials'
// notice page. For a draft, `period` is the one publishing now would give.
import { NoticeBody, type Period } from '@/components/notice-body';
import type { OfficialNotice } from '@/lib/data/officials/notices';

type Props = {
  found: OfficialNotice;
  period: Period | null;
  /** Whether the "how to object" box shows the ways to object (open, or a draft's future). */
  objectable: boolean;
};

export function NoticePreview({ found, period, objectable }: Props) {
  const { notice, entries, regionPath } = found;
  return (
    <NoticeBody
      notice={notice}
      regionPath={regionPath}
      period={period}
      objectable={objectable}
      onlineForm={notice.status !== 'draft'}
      entries={entries}
      showOutcome={notice.status === 'closed'}
      level="h3"
    />
  );
}
