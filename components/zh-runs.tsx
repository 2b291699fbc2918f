// The Chinese runs of a string that reaches a component already composed — a progress table's caption
// or row header, a chart's title, a summary sentence with county names — each marked lang="zh-CN" on an
// English page (WCAG 2.2 SC 3.1.2, language of parts). English catalogue text has no Chinese characters
// (e2e/privacy-and-a11y.spec.ts checks), so on an English page every Chinese run is data. Where the value
// or the sentence's arguments are at hand, use ZhData or withZhData (components/zh-data.tsx) instead.
import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locale';

const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u{20000}-\\u{3134f}';
const PUNCTUATION = '\\u3000-\\u303f\\uff00-\\uffef';
/**
 * Chinese characters, with the digits, spaces, Chinese punctuation, middle dots and masking stars between
 * or after them (第3组, 白城市 洮北区, 张某（代）, 阿**·*提, 张*).
 */
const RUN = new RegExp(`[${HAN}](?:[${HAN}${PUNCTUATION}0-9 ·*]*[${HAN}${PUNCTUATION}*])?`, 'gu');

/** `children` as it is on a Chinese page; on an English page, with each Chinese run in a span marked Chinese. */
export function ZhRuns({ locale, children }: { locale: Locale; children: string }): ReactNode {
  if (locale === 'zh-CN') return children;
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of children.matchAll(RUN)) {
    if (match.index > last) parts.push(children.slice(last, match.index));
    parts.push(
      <span key={match.index} lang="zh-CN">
        {match[0]}
      </span>,
    );
    last = match.index + match[0].length;
  }
  if (parts.length === 0) return children;
  if (last < children.length) parts.push(children.slice(last));
  return parts;
}
