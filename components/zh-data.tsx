// Chinese data on an English page — a region's name, a household's masked name, a reason an official
// wrote — is marked lang="zh-CN" so that a screen reader reads it in Chinese (WCAG 2.2 SC 3.1.2, language
// of parts). On Chinese pages, and for text without Chinese characters, nothing is added.
import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locale';

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/** `value` as it is on a Chinese page, or in a span marked Chinese on an English page when it has Chinese characters. */
export function ZhData({ locale, children }: { locale: Locale; children: string }): ReactNode {
  return locale === 'zh-CN' || !CJK.test(children) ? children : <span lang="zh-CN">{children}</span>;
}

// A stand-in for each Chinese argument: characters no catalogue sentence contains.
const MARK = '\u{E000}';

/**
 * A catalogue sentence with its Chinese data marked: `withZhData(locale, t.peopleHelped, name, 12, 15)`.
 * Each string argument with Chinese characters goes into the sentence as a stand-in, which is then
 * replaced by that argument in a span marked lang="zh-CN". The sentence's own words stay as they are.
 */
export function withZhData<A extends unknown[]>(locale: Locale, format: (...args: A) => string, ...args: A): ReactNode {
  if (locale === 'zh-CN') return format(...args);
  const marked: string[] = [];
  const standIns = args.map((a) => (typeof a === 'string' && CJK.test(a) ? `${MARK}${marked.push(a) - 1}${MARK}` : a)) as A;
  const parts = format(...standIns).split(MARK);
  if (marked.length === 0) return parts.join('');
  return parts.map((part, i) =>
    i % 2 === 1 ? (
      <span key={i} lang="zh-CN">
        {marked[Number(part)]}
      </span>
    ) : (
      part
    ),
  );
}
