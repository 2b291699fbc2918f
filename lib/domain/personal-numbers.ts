// Personal numbers in text that officials publish (notice body, withdrawal reason, resolution reason):
// a resident ID number, a disability certificate number or a mobile number must never reach a public
// page (docs/DOMAIN.md "Retention", PIPL art. 28: ID numbers and disability data are sensitive). Pure: the
// actions refuse the text with a Chinese message next to the field (lib/i18n/zh-personal-numbers.ts).
//
// Deliberately broader than the validators in identity.ts: an ID with a wrong check digit or typed with
// spaces is still somebody's ID, so the shape alone is enough to refuse.

export type PersonalNumberKind = 'id' | 'certificate' | 'mobile';

/** Full-width digits and letters (１２３, Ｘ) as ASCII, so they cannot slip past. */
function normalise(text: string): string {
  return text.normalize('NFKC');
}

// Separators people type inside long numbers: spaces, hyphens, dots (also the full-width ones NFKC keeps).
const SEP = String.raw`[\s\-.－—]?`;
const digits = (n: number) => Array.from({ length: n }, () => String.raw`\d`).join(SEP);

// 18-character ID (17 digits and a digit or X), optionally followed by the certificate's category and
// grade digits (and a reissue suffix B1…B9); a 15-digit first-generation ID. Not inside a longer run.
const ID_OR_CERTIFICATE = new RegExp(
  String.raw`(?<![\dA-Za-z])(${digits(17)}${SEP}[\dXx])(${SEP}[1-7]${SEP}[1-4](?:${SEP}[Bb]${SEP}[1-9])?)?(?!\d)`,
  'g',
);
const OLD_ID = new RegExp(String.raw`(?<![\dA-Za-z])${digits(15)}(?![\dA-Za-z])`, 'g');
// Mainland mobile: 1[3-9] and nine more digits, optionally after +86 / 86, not inside a longer run.
const MOBILE = new RegExp(String.raw`(?<!\d)(?:\+?86${SEP})?1${SEP}[3-9]${SEP}${digits(9)}(?!\d)`, 'g');

/** The kinds of personal number the text contains, each once, in the order id, certificate, mobile. */
export function findPersonalNumbers(text: string): PersonalNumberKind[] {
  const s = normalise(text);
  const found = new Set<PersonalNumberKind>();
  for (const m of s.matchAll(ID_OR_CERTIFICATE)) found.add(m[2] ? 'certificate' : 'id');
  if (OLD_ID.test(s)) found.add('id');
  OLD_ID.lastIndex = 0;
  if (MOBILE.test(s)) found.add('mobile');
  MOBILE.lastIndex = 0;
  return (['id', 'certificate', 'mobile'] as const).filter((k) => found.has(k));
}
