// Both languages of every public catalogue have the same keys, the same functions with the same number of
// arguments, and lists of the same length (tsc checks the types: lib/i18n/catalogue.ts; this checks what a
// cast or an `as` could slip past). And the English text has no Chinese in it but what is meant to be there.
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { enDisplay } from './en-display';
import { enHistory } from './en-history';
import { enOutage } from './en-outage';
import { enPoster, englishEligibilityCriteria } from './en-poster';
import { enProgress } from './en-progress';
import { zh } from './zh';
import { zhAdmin } from './zh-admin';
import { zhAdminDashboard } from './zh-admin-dashboard';
import { zhDisplay } from './zh-display';
import { zhOutage } from './zh-outage';
import { eligibilityCriteria, zhPoster } from './zh-poster';
import { zhProgress } from './zh-progress';

const { admin: _admin, api: _api, ...zhOutagePublic } = zhOutage;
const PAIRS: [string, unknown, unknown][] = [
  ['zh/en', zh, en],
  ['display', zhDisplay, enDisplay],
  ['outage', zhOutagePublic, enOutage],
  ['progress', zhProgress, enProgress],
  ['poster', { ...zhPoster, criteria: eligibilityCriteria }, { ...enPoster, criteria: englishEligibilityCriteria }],
  ['history', { ...zhAdminDashboard.history, roles: zhAdmin.roles }, enHistory],
];

/** Sample arguments for a catalogue function: numbers, strings and objects that every one accepts. */
const SAMPLE_ARGS = [3, 2020, 5, 4, 1];
function call(f: (...args: unknown[]) => unknown, zhF: (...args: unknown[]) => unknown): [unknown, unknown] | null {
  // Numbers serve as both numbers and text; a function that needs more (an object, a date string) throws
  // and is left to tsc.
  if (f.length !== zhF.length) return null;
  const args = Array.from({ length: f.length }, (_, i) => SAMPLE_ARGS[i]);
  try {
    return [zhF(...args), f(...args)];
  } catch {
    return null;
  }
}

function compare(path: string, a: unknown, b: unknown, problems: string[], texts: string[]) {
  if (typeof a === 'function' || typeof b === 'function') {
    if (typeof a !== 'function' || typeof b !== 'function') return void problems.push(`${path}: function in one language only`);
    if (a.length !== b.length) return void problems.push(`${path}: ${a.length} arguments in Chinese, ${b.length} in English`);
    const results = call(b as never, a as never);
    // A function may pass an argument through (the programme's own name): a number is then its text.
    const asText = (v: unknown) => (typeof v === 'number' ? String(v) : v);
    if (results) compare(`${path}()`, asText(results[0]), asText(results[1]), problems, texts);
    return;
  }
  if (typeof a === 'string' || typeof b === 'string') {
    if (typeof a !== 'string' || typeof b !== 'string') return void problems.push(`${path}: text in one language only`);
    texts.push(`${path}\t${b}`);
    return;
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return void problems.push(`${path}: lists of different lengths`);
    a.forEach((item, i) => compare(`${path}[${i}]`, item, b[i], problems, texts));
    return;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      if (!(key in a)) problems.push(`${path}.${key}: only in English`);
      else if (!(key in b)) problems.push(`${path}.${key}: only in Chinese`);
      else compare(`${path}.${key}`, (a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], problems, texts);
    }
    return;
  }
  if (a !== b && typeof a !== typeof b) problems.push(`${path}: ${typeof a} in Chinese, ${typeof b} in English`);
}

// Chinese that English text may hold: examples of what to type, and the masked-name examples.
const ALLOWED_CHINESE = /平安镇|平安村|张\*明|欧\*\*娜|张\*/g;

describe('public catalogues', () => {
  for (const [name, zhCatalogue, enCatalogue] of PAIRS) {
    it(`${name}: the same keys, arguments and lists in both languages, and English with no stray Chinese`, () => {
      const problems: string[] = [];
      const texts: string[] = [];
      compare(name, zhCatalogue, enCatalogue, problems, texts);
      expect(problems).toEqual([]);
      expect(texts.length).toBeGreaterThan(0);
      const chinese = texts.filter((line) => /[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]/.test(line.replace(ALLOWED_CHINESE, '')));
      expect(chinese).toEqual([]);
    });
  }

  it('finds a missing key, another argument count and stray Chinese (the check can fail)', () => {
    const problems: string[] = [];
    const texts: string[] = [];
    compare('x', { a: '甲', b: (n: number) => `${n}`, c: ['1'] }, { b: (n: number, m: number) => `${n}${m}`, c: ['1', '2'], d: '丁' }, problems, texts);
    expect(problems).toEqual(['x.a: only in Chinese', 'x.b: 1 arguments in Chinese, 2 in English', 'x.c: lists of different lengths', 'x.d: only in English']);
  });
});
