// The notice's posting record (张贴记录) for officials: each posting with its place, time, who recorded
// it and a link to the board photo (officials only: it shows full names), and the form to add one.
import type { OfficialPosting } from '@/lib/data/officials/participation';
import { formatChinaDateTime } from '@/lib/domain';
import { zhPosting } from '@/lib/i18n/zh-posting';
import { PostingForm } from './posting-form';

const t = zhPosting;

export function PostingSection({ noticeId, postings, mayRecord, today }: { noticeId: number; postings: readonly OfficialPosting[]; mayRecord: boolean; today: string }) {
  return (
    <section aria-labelledby="postings-heading">
      <h2 id="postings-heading">{t.title}</h2>
      <p>{t.intro}</p>
      {postings.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <div className="scroll-table" role="region" aria-labelledby="postings-heading" tabIndex={0}>
          <table className="min-w-[36rem]">
            <caption className="sr-only">{t.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.columns.place}</th>
                <th scope="col">{t.columns.postedAt}</th>
                <th scope="col">{t.columns.recordedBy}</th>
                <th scope="col">{t.columns.photo}</th>
              </tr>
            </thead>
            <tbody>
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
            </tbody>
          </table>
        </div>
      )}
      <p className="text-base text-muted">{t.photoPrivate}</p>
      {mayRecord ? (
        <>
          <h3>{t.formTitle}</h3>
          <PostingForm noticeId={noticeId} today={today} />
        </>
      ) : null}
    </section>
  );
}
