// The notice's posting record (张贴记录) for officials: each posting with its place, time, who recorded
// it and a link to the board photo (officials only: it shows full names), and the form to add one.
import type { OfficialPosting } from '@/lib/data/officials/participation';
import { formatChinaDateTime } from '@/lib/domain';
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
      <ScrollTable caption={t.caption} labelledBy="postings-heading" className="min-w-[36rem]" columns={[t.columns.place, t.columns.postedAt, t.columns.recordedBy, t.columns.photo]}>
        {postings.map((p) => (
          <tr key={p.id}>
            <td>{p.place}</td>
            <td>{formatChinaDateTime(p.postedAt)}</td>
            <td>{p.recordedByName ?? ''}</td>
            <td>
              {p.hasPhoto ? <a href={`/admin/notices/${noticeId}/postings/${p.id}/photo`}>{t.photoLink(p.id)}</a> : t.noPhoto}
            </td>
          </tr>
        ))}
      </ScrollTable>
    </TableSection>
  );
}
