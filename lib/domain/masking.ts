// Name masking (姓名脱敏) for public pages: enough for neighbours to recognise a household, not
// enough to identify a stranger (PIPL art. 5–6: the minimum necessary).

/**
 * docs/DOMAIN.md "Masking": two characters keep the first (张三→张*); three or more keep the first and the
 * last (张三明→张*明, 欧阳娜娜→欧**娜, 阿依古丽·买买提→阿******提, the middle dot counting as one); one
 * character → '*'. Works on code points (Array.from) so a rare character outside the BMP (e.g. 𠮷)
 * counts as one.
 */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length === 0) return '';
  if (chars.length === 1) return '*';
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}
