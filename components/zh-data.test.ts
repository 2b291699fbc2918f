// Chinese data on English pages is marked lang="zh-CN" (WCAG 3.1.2): components/zh-data.tsx.
import { createElement as h, Fragment } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { enCountyRecord } from '@/lib/i18n/en-county-record';
import { zhCountyRecord } from '@/lib/i18n/zh-county-record';
import { withZhData, ZhData } from './zh-data';

const html = (node: React.ReactNode) => renderToStaticMarkup(h(Fragment, null, node));

describe('ZhData', () => {
  it('marks a Chinese name on an English page, and nothing on a Chinese page or without Chinese characters', () => {
    expect(html(h(ZhData, { locale: 'en', children: '洮北区' }))).toBe('<span lang="zh-CN">洮北区</span>');
    expect(html(h(ZhData, { locale: 'zh-CN', children: '洮北区' }))).toBe('洮北区');
    expect(html(h(ZhData, { locale: 'en', children: 'Baicheng' }))).toBe('Baicheng');
  });
});

describe('withZhData', () => {
  it('puts the Chinese argument of an English sentence in a span marked Chinese, the rest unchanged', () => {
    expect(html(withZhData('en', enCountyRecord.peopleHelped, '白城市', 12, 15))).toBe(
      'The 12 households on file in <span lang="zh-CN">白城市</span> have 15 disabled members in all.',
    );
  });

  it('marks each Chinese argument, escaped, and leaves numbers and Latin text alone', () => {
    const format = (a: string, b: string, n: number) => `${a} and ${b}: ${n}`;
    expect(html(withZhData('en', format, '平安村<委>', 'Pingan', 3))).toBe('<span lang="zh-CN">平安村&lt;委&gt;</span> and Pingan: 3');
    expect(html(withZhData('en', (a: string, b: string) => `${b}/${a}`, '甲', '乙'))).toBe('<span lang="zh-CN">乙</span>/<span lang="zh-CN">甲</span>');
  });

  it('is the plain sentence on a Chinese page', () => {
    expect(withZhData('zh-CN', zhCountyRecord.peopleHelped, '白城市', 12, 15)).toBe(zhCountyRecord.peopleHelped('白城市', 12, 15));
  });
});
