// The notice as villagers see it (components/notice-body.tsx): the 村民代表评议 is a line of the facts
// only when recorded (issue 10 item 9), in Chinese and English; the phone is a tel: link; the draft
// preview names the online form without linking to a page that does not exist yet.
import { NextIntlClientProvider } from 'next-intl';
import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { NoticeBody, type NoticeFacts } from './notice-body';

const notice: NoticeFacts = {
  id: 7,
  issuingBody: '中共平安村支部委员会',
  body: '现将拟定名单予以公示。',
  objectionPlace: '平安村委会办公室',
  objectionPhone: '0436-321 4567',
  reviewDate: '2026-05-03',
  reviewRepresentatives: 15,
};
const period = { startDate: '2026-05-04', endDate: '2026-05-10' };

function render(locale: 'zh-CN' | 'en', facts: NoticeFacts, onlineForm = true) {
  const body = h(NoticeBody, { notice: facts, regionPath: [], period, objectable: true, onlineForm, entries: [], showOutcome: false, level: 'h2' });
  return renderToStaticMarkup(h(NextIntlClientProvider, { locale, messages: {}, children: body }));
}

describe('NoticeBody', () => {
  it('shows the recorded 村民代表评议 as its own line of the facts, in either language', () => {
    expect(render('zh-CN', notice)).toContain('<dt class="font-bold">村民代表评议</dt><dd data-testid="review">2026年5月3日，15 名村民代表参加</dd>');
    expect(render('en', notice)).toContain('<dd data-testid="review">3 May 2026, 15 representatives took part</dd>');
  });

  it('has no such line when the review is not recorded', () => {
    const html = render('zh-CN', { ...notice, reviewDate: null, reviewRepresentatives: null });
    expect(html).not.toContain('村民代表评议');
    expect(html).not.toContain('data-testid="review"');
  });

  it('links the phone, and the online form only once it exists', () => {
    const published = render('zh-CN', notice);
    expect(published).toContain('<a href="tel:04363214567">0436-321 4567</a>');
    expect(published).toContain('href="/notices/7/objection"');
    const draft = render('zh-CN', notice, false);
    expect(draft).toContain('<a href="tel:04363214567">');
    expect(draft).not.toContain('/notices/7/objection');
  });
});
