// Name masking (姓名脱敏) for public pages: enough for neighbours to recognise a household, not
// enough to identify a stranger (PIPL art. 5–6: the minimum necessary).

/**
 * Replaces the second character with '*': 张三→张*, 张三明→张*明, 欧阳娜娜→欧*娜娜; one character → '*'.
 * Works on code points (Array.from) so a rare character outside the BMP (e.g. 𠮷) counts as one.
 */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length === 0) return '';
  if (chars.length === 1) return '*';
  chars[1] = '*';
  return chars.join('');
}
