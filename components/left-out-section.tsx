// The village page's list of left-out household reports (应列未列) and their outcomes: reference,
// dates, state and public reason only (lib/data/public-participation.ts selects nothing else), and the
// link to report one.
import Link from 'next/link';
import type { PublicLeftOut } from '@/lib/data/public-participation';
import { usePublicText } from '@/lib/i18n/public';
import { ScrollTable, TableSection } from '@/components/ui/table';
import { withZhData, ZhData } from '@/components/zh-data';

export function LeftOutSection({ village, reports, mayReport }: { village: { code: string; name: string }; reports: readonly PublicLeftOut[]; mayReport: boolean }) {
  const { participation, href, date, locale } = usePublicText();
  const t = participation.leftOut;
  return (
    <TableSection
      id="left-out-heading"
      title={t.listTitle}
      intro={
        <>
          <p>{t.listIntro}</p>
          {mayReport ? (
            <p className="no-print">
              <Link href={href(`/regions/${village.code}/left-out`)} className="font-bold">
                {t.linkFromVillage}
              </Link>
            </p>
          ) : null}
        </>
      }
      empty={reports.length === 0 ? t.listNone : null}
    >
      <ScrollTable caption={withZhData(locale, t.listCaption, village.name)} labelledBy="left-out-heading" className="min-w-[36rem]" columns={[t.facts.reference, t.facts.received, t.facts.status, t.facts.reason]}>
        {reports.map((r) => (
          <tr key={r.reference}>
            <td>
              <Link href={href(`/left-out/${r.reference}`)} className="font-mono">
                {r.reference}
              </Link>
            </td>
            <td>{date.date(r.receivedAt)}</td>
            <td>
              {t.statuses[r.status]}
              {r.screenedAt ? ` (${date.date(r.screenedAt)})` : null}
            </td>
            <td className="whitespace-pre-line">
              <ZhData locale={locale}>{r.publicReason ?? ''}</ZhData>
            </td>
          </tr>
        ))}
      </ScrollTable>
    </TableSection>
  );
}
