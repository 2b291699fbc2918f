// Chinese runs of composed English strings are marked lang="zh-CN" (WCAG 3.1.2): components/zh-runs.tsx.
import { createElement as h, Fragment } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { enProgress } from '@/lib/i18n/en-progress';
import { ZhRuns } from './zh-runs';

const html = (locale: 'en' | 'zh-CN', text: string) => renderToStaticMarkup(h(Fragment, null, h(ZhRuns, { locale, children: text })));

describe('ZhRuns', () => {
  it('marks each Chinese run of an English sentence, and leaves the English words alone', () => {
    expect(html('en', enProgress.funds.caption('白城市', 2026))).toBe('Micro-loans and DPF funding, <span lang="zh-CN">白城市</span>, 2026 (yuan)');
    expect(html('en', `${enProgress.counties.sentence({ name: '洮北区', passed: 3, allocation: 6 }, { name: '镇赉县', passed: 1, allocation: 6 })}`)).toMatch(
      /^<span lang="zh-CN">洮北区<\/span> is furthest, .*; <span lang="zh-CN">镇赉县<\/span> is last, /,
    );
  });

  it('keeps digits, spaces and Chinese punctuation between Chinese characters in one run, escaped', () => {
    expect(html('en', 'Group 第3组 of 白城市 洮北区: <x>')).toBe('Group <span lang="zh-CN">第3组</span> of <span lang="zh-CN">白城市 洮北区</span>: &lt;x&gt;');
    expect(html('en', '张某（代）, 2')).toBe('<span lang="zh-CN">张某（代）</span>, 2');
    expect(html('en', 'e.g. “张*明”, “张*”, “𠮷*”')).toBe('e.g. “<span lang="zh-CN">张*明</span>”, “<span lang="zh-CN">张*</span>”, “<span lang="zh-CN">𠮷*</span>”');
  });

  it('is the plain text on a Chinese page, or without Chinese characters', () => {
    expect(html('zh-CN', '白城市：2026年')).toBe('白城市：2026年');
    expect(html('en', 'Month by month')).toBe('Month by month');
  });
});
