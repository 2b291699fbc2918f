// An Atom feed of a region's notices (公示订阅), for newsreaders and for anyone who republishes them.
// It carries what the notice list shows: titles, places, periods and states — public facts only.
import type { NoticeSummary } from '@/lib/data/public';
import { noticeState } from '@/lib/domain';
import { zh } from '@/lib/i18n/zh';

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

export function noticesFeed(p: { origin: string; regionCode: string; regionName: string; notices: NoticeSummary[]; now: Date }): string {
  const self = `${p.origin}/regions/${p.regionCode}/feed.xml`;
  const updated = p.notices.reduce((latest, n) => (n.publishedAt && n.publishedAt > latest ? n.publishedAt : latest), new Date(0));
  const entries = p.notices.map((n) => {
    const state = zh.notice.states[noticeState(n, p.now)];
    const period = n.periodStartDate && n.periodEndDate ? `${zh.notice.period}：${n.periodStartDate} 至 ${n.periodEndDate}` : '';
    const url = `${p.origin}/notices/${n.id}`;
    return `  <entry>
    <id>${escape(url)}</id>
    <title>${escape(n.title)}</title>
    <link rel="alternate" type="text/html" href="${escape(url)}"/>
    <updated>${(n.publishedAt ?? p.now).toISOString()}</updated>
    <summary>${escape(`${state}。${n.villageName}，${n.entries} 户。${period}`)}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <id>${escape(self)}</id>
  <title>${escape(zh.feed.title(p.regionName))}</title>
  <link rel="self" type="application/atom+xml" href="${escape(self)}"/>
  <link rel="alternate" type="text/html" href="${escape(`${p.origin}/regions/${p.regionCode}`)}"/>
  <updated>${(updated.getTime() > 0 ? updated : p.now).toISOString()}</updated>
  <author><name>${escape(zh.site.name)}</name></author>
${entries.join('\n')}
</feed>
`;
}
