// The Chinese interface text of the public pages, as short runs of Chinese characters, for checking that an
// English page shows none of it (issue 9, item 8). Data stays Chinese on English pages (region names, masked
// names, notices' own text), so the check is for whole runs that are interface text: a run of the page that
// equals a run of a catalogue string. Region-name examples in the catalogues are not interface text.
import { zh } from '../lib/i18n/zh';
import { zhDisplay } from '../lib/i18n/zh-display';
import { zhOutage } from '../lib/i18n/zh-outage';
import { eligibilityCriteria, zhPoster } from '../lib/i18n/zh-poster';
import { zhProgress } from '../lib/i18n/zh-progress';

const EXAMPLES = new Set(['平安镇', '平安村']);
export const CJK_RUN = /[\u3400-\u9fff]{2,}/g;

function collect(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') {
    for (const run of value.match(CJK_RUN) ?? []) if (!EXAMPLES.has(run)) into.add(run);
  } else if (typeof value === 'function') {
    try {
      collect(value(...Array.from({ length: value.length }, () => 3)), into);
    } catch {
      // a function that needs other arguments: its fixed parts are in the catalogue's other strings
    }
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) collect(item, into);
  }
}

export function chineseInterfaceRuns(): Set<string> {
  const runs = new Set<string>();
  const { admin: _admin, api: _api, ...outage } = zhOutage;
  for (const catalogue of [zh, zhDisplay, outage, zhPoster, zhProgress, eligibilityCriteria({ incomeThreshold: 3 })]) collect(catalogue, runs);
  return runs;
}
