// The village page's list of left-out household reports (应列未列) and their outcomes: reference,
// dates, state and public reason only (lib/data/public-participation.ts selects nothing else), and the
// link to report one.
import Link from 'next/link';
import type { PublicLeftOut } from '@/lib/data/public-participation';
import { usePublicText } from '@/lib/i18n/public';

export function LeftOutSection({ village, reports, mayReport }: { village: { code: string; name: string }; reports: readonly PublicLeftOut[]; mayReport: boolean }) {
  const { participation, href, date } = usePublicText();
  const t = participation.leftOut;
  return (
    <section aria-labelledby="left-out-heading">
      <h2 id="left-out-heading">{t.listTitle}</h2>
      <p>{t.listIntro}</p>
      {mayReport ? (
        <p className="no-print">
          <Link href={href(`/regions/${village.code}/left-out`)} className="font-bold">
            {t.linkFromVillage}
          </Link>
        </p>
      ) : null}
      {reports.length === 0 ? (
        <p>{t.listNone}</p>
      ) : (
        <div className="scroll-table" role="region" aria-labelledby="left-out-heading" tabIndex={0}>
          <table className="min-w-[36rem]">
            <caption className="sr-only">{t.listCaption(village.name)}</caption>
            <thead>
              <tr>
                <th scope="col">{t.facts.reference}</th>
                <th scope="col">{t.facts.received}</th>
                <th scope="col">{t.facts.status}</th>
                <th scope="col">{t.facts.reason}</th>
              </tr>
            </thead>
            <tbody>
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
                  <td className="whitespace-pre-line">{r.publicReason ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
