// The password policy (密码规则) for every password an official or administrator sets: their own
// change, an account's initial password, an administrator's reset. Long enough; free of the words an
// attacker tries first for this account (its username, the names and codes of its region chain, all
// public); and not weak by zxcvbn with its common-password list and keyboard graphs. Pure: the caller
// passes the account's words in, and gets back what is wrong, for lib/i18n to say in Chinese.
import type { ZxcvbnFactory, ZxcvbnResult } from '@zxcvbn-ts/core';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128; // argon2 hashes anything, but a megabyte "password" is a denial of service
/** zxcvbn's 0–4 scale: 3 means "safely unguessable" (about 10^8 guesses or more). */
export const MIN_STRENGTH = 3;

export type PasswordContext = {
  username: string;
  displayName?: string;
  /** The account's region and its ancestors, e.g. 白城市 220800 … 平安村委会 220802100201. */
  regions: readonly { code: string; name: string }[];
};

/** What zxcvbn found, grouped by what the official should change. */
export type WeakHint = 'common' | 'keyboard' | 'repeat' | 'sequence' | 'date' | 'word' | 'personal' | 'other';

export type PasswordProblem =
  | { kind: 'short' }
  | { kind: 'long' }
  | { kind: 'username' }
  | { kind: 'region_code'; code: string }
  | { kind: 'region_name'; name: string }
  | { kind: 'weak'; hint: WeakHint; score: number };

// Loading the dictionaries and ranking them takes a few hundred milliseconds: once per process, on the
// first check, not when a page that merely imports an action starts.
let factory: Promise<ZxcvbnFactory> | null = null;
function zxcvbn(): Promise<ZxcvbnFactory> {
  factory ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common')]).then(
    ([core, common]) => new core.ZxcvbnFactory({ dictionary: common.dictionary, graphs: common.adjacencyGraphs }),
    (error: unknown) => {
      factory = null; // try again on the next check
      throw error;
    },
  );
  return factory;
}

/** Full-width to half-width, lower case, without spaces and separators: 'Village-A' ~ 'ｖｉｌｌａｇｅ ａ'. */
function folded(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s\-_.·・,，。]/gu, '');
}

// 平安村委会 is 平安村 in speech; 洮北区 is 洮北. The spoken form is refused like the name; the bare
// stem (平安, 洮北) is an ordinary word too, so only zxcvbn weighs it.
const COMMITTEE = /(村|居)(民委员会|委会)$/u;
const LEVEL_SUFFIX = /(社区居民委员会|社区居委会|村民委员会|居民委员会|村委会|居委会|社区|街道|办事处|市|区|县|旗|镇|乡)$/u;

function spokenNames(name: string): string[] {
  return COMMITTEE.test(name) ? [name, name.replace(COMMITTEE, '$1')] : [name];
}

function stem(name: string): string | null {
  const s = name.replace(LEVEL_SUFFIX, '');
  return s.length >= 2 && s !== name ? s : null;
}

const HINTS: Record<string, WeakHint> = {
  topTen: 'common',
  topHundred: 'common',
  common: 'common',
  similarToCommon: 'common',
  pwned: 'common',
  straightRow: 'keyboard',
  keyPattern: 'keyboard',
  simpleRepeat: 'repeat',
  extendedRepeat: 'repeat',
  sequences: 'sequence',
  recentYears: 'date',
  dates: 'date',
  wordByItself: 'word',
  namesByThemselves: 'word',
  commonNames: 'word',
  userInputs: 'personal',
};

// Without translations zxcvbn-ts returns its message keys, which we map to our own Chinese.
function hintOf(result: ZxcvbnResult): WeakHint {
  return (result.feedback.warning && HINTS[result.feedback.warning]) || 'other';
}

/** The first thing wrong with `password` for this account, or null when it may be used. */
export async function passwordProblem(password: string, context: PasswordContext): Promise<PasswordProblem | null> {
  const length = [...password].length; // characters, not UTF-16 units: 密码 is two
  if (length < MIN_PASSWORD_LENGTH) return { kind: 'short' };
  if (length > MAX_PASSWORD_LENGTH) return { kind: 'long' };
  const text = folded(password);
  const username = folded(context.username);
  if (username && text.includes(username)) return { kind: 'username' };
  // The most specific first: 220802100201 is reported as itself, not as the 220802 inside it.
  const chain = [...context.regions].sort((x, y) => y.code.length - x.code.length);
  for (const { code } of chain) if (text.includes(code)) return { kind: 'region_code', code };
  for (const { name } of chain) {
    for (const spoken of spokenNames(name)) if (text.includes(folded(spoken))) return { kind: 'region_name', name: spoken };
  }
  const inputs = [context.username, context.displayName ?? '', ...context.regions.flatMap((r) => [r.code, r.name, stem(r.name) ?? ''])];
  const result = (await zxcvbn()).check(password, inputs.filter((w) => w !== ''));
  return result.score < MIN_STRENGTH ? { kind: 'weak', hint: hintOf(result), score: result.score } : null;
}
