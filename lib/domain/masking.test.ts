import { describe, it, expect } from 'vitest';
import { maskName } from './masking';

describe('maskName', () => {
  it('keeps the first character of two, the first and last of three or more', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('张三明')).toBe('张*明');
    expect(maskName('欧阳娜娜')).toBe('欧**娜');
    expect(maskName('阿依古丽·买买提')).toBe('阿******提');
  });

  it('masks a one-character name entirely', () => {
    expect(maskName('张')).toBe('*');
  });

  it('trims whitespace first', () => {
    expect(maskName('  李四 ')).toBe('李*');
    expect(maskName(' 王 ')).toBe('*');
    expect(maskName('   ')).toBe('');
  });

  it('counts a character outside the BMP as one', () => {
    // 𠮷 is a surrogate pair in UTF-16; splitting by code unit would leave half of it visible.
    expect(maskName('𠮷野家')).toBe('𠮷*家');
    expect(maskName('吉野𠮷')).toBe('吉*𠮷');
    expect(maskName('吉𠮷')).toBe('吉*');
  });
});
