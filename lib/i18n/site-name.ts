// The site's name in each language, apart from the catalogues: app/global-error.tsx is a client component
// on every page, and importing zh.ts and en.ts there put both whole catalogues into every page's JavaScript.
import type { Locale } from './locale';

export const SITE_NAME: Record<Locale, string> = {
  'zh-CN': '白城市助残扶贫公示',
  en: 'Baicheng Disability Poverty-Relief Notices',
};
