// The notice's posting record (张贴记录) for officials: each posting with its place, time, who recorded
// it and a link to the board photo (officials only: it shows full names), and the form to add one.
// A withdrawn record (撤回) stays listed here, struck through with when, by whom and why; a record the
// official may still withdraw links to its confirmation page (a plain link: works without JavaScript).
import Link from 'next/link';
import type { OfficialPosting } from '@/lib/data/officials/participation';
import { formatChinaDate, formatChinaDateTime } from '@/lib/domain';
import { zhPosting } from '@/lib/i18n/zh-posting';
import { PostingForm } from './posting-form';
import { ScrollTable, TableSection } from '@/components/ui/table';

const t = zhPosting;

export function PostingSection({ noticeId, postings, mayRecord, today }: { noticeId: number; postings: readonly OfficialPosting[]; mayRecord: boolean; today: string }) {
  return (
    <TableSection
      id="postings-heading"
      title={t.title}
      intro={<p>{t.intro}</p>}
      empty={postings.length === 0 ? t.none : null}
      after={
        <>
          <p className="text-base text-muted">{t.photoPrivate}</p>
          {mayRecord ? (
            <>
              <h3>{t.formTitle}</h3>
              <PostingForm noticeId={noticeId} today={today} />
            </>
          ) : null}
        </>
      }
    >
      <ScrollTable caption={t.caption} labelledBy="postings-heading" className="min-w-[44rem]" columns={[t.columns.place, t.columns.postedAt, t.columns.recordedBy, t.columns.photo, t.columns.withdrawal]}>
        {postings.map((p) => (
          <tr key={p.id}>
            <td>{p.withdrawal ? <del>{p.place}</del> : p.place}</td>
            <td>{p.withdrawal ? <del>{formatChinaDateTime(p.postedAt)}</del> : formatChinaDateTime(p.postedAt)}</td>
            <td>{p.recordedByName ?? ''}</td>
            <td>
              {p.hasPhoto ? <a href={`/admin/notices/${noticeId}/postings/${p.id}/photo`}>{t.photoLink(p.id)}</a> : t.noPhoto}
            </td>
            <td>
              {p.withdrawal ? (
                <>
                  <strong>{t.withdrawnNote(formatChinaDate(p.withdrawal.at), p.withdrawal.byName)}</strong> {t.withdrawnReason(p.withdrawal.reason)}
                </>
              ) : p.mayWithdraw ? (
                <Link href={`/admin/notices/${noticeId}/postings/${p.id}/withdraw`}>{t.withdrawLink(p.id)}</Link>
              ) : (
                t.notWithdrawn
              )}
            </td>
          </tr>
        ))}
      </ScrollTable>
    </TableSection>
  );
}
