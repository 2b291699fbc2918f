// Headline figure tiles and label/value lists: what they say, the unit, links, the dark border and
// the rows left out.
import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DetailList, FigureTiles } from './figure-tiles';

describe('FigureTiles', () => {
  it('states each figure with its label and the unit', () => {
    const html = renderToStaticMarkup(h(FigureTiles, { figures: [{ label: '计划', value: 120 }], unit: '户', layout: 'grid gap-2' }));
    expect(html).toBe(
      '<dl class="grid gap-2"><div class="border-2 border-line p-2"><dt class="text-base">计划</dt><dd class="text-2xl font-bold tabular-nums">120<span class="text-base font-normal"> 户</span></dd></div></dl>',
    );
  });

  it('links a figure to its section, uses its own unit and marks the figures above zero when asked', () => {
    const figures = [
      { label: '公示中', value: 2, href: '#open', unit: '份' },
      { label: '待处理异议', value: 0, href: '#objections' },
    ];
    const html = renderToStaticMarkup(h(FigureTiles, { figures, unit: '条', layout: 'grid', tile: 'min-w-28', highlightNonZero: true }));
    expect(html).toContain('<div class="min-w-28 border-2 border-ink p-2"><dt class="text-base"><a href="#open">公示中</a></dt>');
    expect(html).toContain('2<span class="text-base font-normal"> 份</span>');
    expect(html).toContain('<div class="min-w-28 border-2 border-line p-2"><dt class="text-base"><a href="#objections">待处理异议</a></dt>');
    expect(html).toContain('0<span class="text-base font-normal"> 条</span>');
  });
});

describe('DetailList', () => {
  it('lists the label/value pairs in order, leaving out the rows given as false or null', () => {
    const html = renderToStaticMarkup(
      h(DetailList, {
        rows: [['村', '平安村'], false, ['状态', '已受理', { className: 'font-bold', testId: 'status' }], null, ['理由', 'x', { className: 'whitespace-pre-line' }]],
        className: 'text-xl',
      }),
    );
    expect(html).toBe(
      '<dl class="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-xl"><dt class="font-bold">村</dt><dd>平安村</dd><dt class="font-bold">状态</dt><dd class="font-bold" data-testid="status">已受理</dd><dt class="font-bold">理由</dt><dd class="whitespace-pre-line">x</dd></dl>',
    );
  });
});
