// The display switch in English (twin of zh-display.ts).
import type { Catalogue } from './catalogue';
import type { zhDisplay } from './zh-display';

export const enDisplay: Catalogue<typeof zhDisplay> = {
  label: 'Display',
  large: 'Large print',
  contrast: 'High contrast',
  otherSite: 'Please change the display from a page of this site.',
  invalid: 'Invalid display setting: use the “Large print” and “High contrast” buttons at the top of the page.',
  invalidLanguage: 'Unknown language: use the language link at the top of the page.',
};
