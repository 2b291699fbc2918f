// The table shell: the scrolling region's name and keyboard stop, the caption, the column headers
// (right-aligned figures, left-out columns) and the section's empty text.
import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ScrollTable, TableSection, num } from './table';

const row = h('tr', null, h('td', null, '1'));

describe('ScrollTable', () => {
  it('is a keyboard-reachable region named by its caption (pointed at, not copied), which only screen readers see', () => {
    const html = renderToStaticMarkup(h(ScrollTable, { caption: '名单', columns: ['姓名'], children: row }));
    const id = /<caption id="([^"]+)" class="sr-only">名单<\/caption>/.exec(html)?.[1];
    expect(id).toBeTruthy();
    expect(html).toContain(`<div class="scroll-table" role="region" aria-labelledby="${id}" tabindex="0">`);
    expect(html).not.toContain('aria-label=');
    expect(html).toContain('<tbody><tr><td>1</td></tr></tbody>');
    expect(html).not.toContain('<tfoot>');
  });

  it('is named by the heading when labelledBy is given, and shows the caption when asked', () => {
    const html = renderToStaticMarkup(h(ScrollTable, { caption: '名单', labelledBy: 'list-heading', showCaption: true, className: 'min-w-[36rem]', columns: [], children: row }));
    expect(html).toContain('role="region" aria-labelledby="list-heading" tabindex="0"');
    expect(html).not.toContain('aria-label=');
    expect(html).toMatch(/<table class="min-w-\[36rem\]"><caption id="[^"]+">名单<\/caption>/);
  });

  it('takes a caption with a Chinese name marked, which names the region too', () => {
    const caption = h('span', null, 'Townships of ', h('span', { lang: 'zh-CN' }, '洮北区'));
    const html = renderToStaticMarkup(h(ScrollTable, { caption, columns: [], children: row }));
    expect(html).toMatch(/<caption id="[^"]+" class="sr-only"><span>Townships of <span lang="zh-CN">洮北区<\/span><\/span><\/caption>/);
  });

  it('right-aligns the figure columns and leaves out the columns given as false or null', () => {
    const html = renderToStaticMarkup(h(ScrollTable, { caption: 'c', columns: ['村', false, num('户数'), null, { label: h('span', { className: 'sr-only' }, '操作') }], children: row }));
    expect(html).toContain('<thead><tr><th scope="col">村</th><th scope="col" class="num">户数</th><th scope="col"><span class="sr-only">操作</span></th></tr></thead>');
  });

  it('puts the totals in a tfoot', () => {
    const html = renderToStaticMarkup(h(ScrollTable, { caption: 'c', columns: ['a'], foot: h('tr', null, h('th', { scope: 'row' }, '合计')), children: row }));
    expect(html).toContain('</tbody><tfoot><tr><th scope="row">合计</th></tr></tfoot></table>');
  });
});

describe('TableSection', () => {
  it('shows the empty text instead of the table, and what comes after in both cases', () => {
    const props = { id: 'open', title: '公示中（0）', intro: h('p', null, '说明'), after: h('p', null, '之后') };
    const empty = renderToStaticMarkup(h(TableSection, { ...props, empty: '暂无', mutedEmpty: true, children: h('table') }));
    expect(empty).toBe('<section aria-labelledby="open"><h2 id="open">公示中（0）</h2><p>说明</p><p class="text-muted">暂无</p><p>之后</p></section>');
    const full = renderToStaticMarkup(h(TableSection, { ...props, empty: null, level: 'h3' as const, children: h('table') }));
    expect(full).toBe('<section aria-labelledby="open"><h3 id="open">公示中（0）</h3><p>说明</p><table></table><p>之后</p></section>');
  });
});
