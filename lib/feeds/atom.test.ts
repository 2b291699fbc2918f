import { describe, expect, it } from 'vitest';
import { noticesFeed } from './atom';

const now = new Date('2026-11-28T04:00:00Z');
const notice = {
  id: 7,
  title: '平安村委会 <2026> 公示 & "名单"',
  status: 'published' as const,
  villageCode: '220802100201',
  villageName: '平安村委会',
  publishedAt: new Date('2026-11-26T02:00:00Z'),
  periodStartDate: '2026-11-26',
  periodEndDate: '2026-12-02',
  periodEndsAt: new Date('2026-12-02T16:00:00Z'),
  entries: 3,
  objections: 1,
};

describe('noticesFeed', () => {
  it('escapes titles, links each notice and says its state', () => {
    const xml = noticesFeed({ origin: 'https://gongshi.example', regionCode: '220802100201', regionName: '平安村委会', notices: [notice], now });
    expect(xml).toContain('<title>平安村委会 &lt;2026&gt; 公示 &amp; &quot;名单&quot;</title>');
    expect(xml).toContain('<link rel="alternate" type="text/html" href="https://gongshi.example/notices/7"/>');
    expect(xml).toContain('公示中。平安村委会，3 户。');
    expect(xml).toContain('<updated>2026-11-26T02:00:00.000Z</updated>');
    expect(xml).not.toContain('<2026>');
  });
  it('is a valid empty feed for a region without notices', () => {
    const xml = noticesFeed({ origin: 'https://gongshi.example', regionCode: '220802', regionName: '洮北区', notices: [], now });
    expect(xml).toContain('<updated>2026-11-28T04:00:00.000Z</updated>');
    expect(xml).not.toContain('<entry>');
  });
});
