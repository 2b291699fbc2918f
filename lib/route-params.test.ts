import { describe, expect, it } from 'vitest';
import { flashMessage, MAX_ROW_ID, parseRowId, rowId, single } from './route-params';

describe('parseRowId', () => {
  it('reads plain positive digits', () => {
    expect(parseRowId('1')).toBe(1);
    expect(parseRowId('42')).toBe(42);
    expect(parseRowId('2147483647')).toBe(MAX_ROW_ID);
  });

  it('refuses what is not a row id, also past PostgreSQL integer', () => {
    for (const raw of ['', '0', '01', '-1', '+1', '1.0', '1e3', ' 1', '1 ', '1\n', '0x10', 'abc', '١٢', '2147483648', '9999999999', '12345678901']) {
      expect(parseRowId(raw), raw).toBeNull();
    }
  });

  it('refuses a missing or repeated parameter', () => {
    expect(parseRowId(undefined)).toBeNull();
    expect(parseRowId(['1', '2'])).toBeNull();
  });
});

describe('rowId', () => {
  it('keeps positive integers within integer only', () => {
    expect(rowId(7)).toBe(7);
    expect(rowId(0)).toBeNull();
    expect(rowId(-3)).toBeNull();
    expect(rowId(1.5)).toBeNull();
    expect(rowId(Number.NaN)).toBeNull();
    expect(rowId(MAX_ROW_ID + 1)).toBeNull();
  });
});

describe('flashMessage', () => {
  const messages = { saved: '已保存', removed: '已删除' };

  it('names one of the fixed messages', () => {
    expect(flashMessage('saved', messages)).toBe('已保存');
    expect(flashMessage(['removed', 'saved'], messages)).toBe('已删除');
  });

  it('shows nothing for an unknown key, an inherited name or no key', () => {
    expect(flashMessage('other', messages)).toBeNull();
    expect(flashMessage('toString', messages)).toBeNull();
    expect(flashMessage('__proto__', messages)).toBeNull();
    expect(flashMessage('constructor', messages)).toBeNull();
    expect(flashMessage(undefined, messages)).toBeNull();
    expect(flashMessage([], messages)).toBeNull();
  });
});

describe('single', () => {
  it('takes the first of a repeated parameter', () => {
    expect(single(['a', 'b'])).toBe('a');
    expect(single('a')).toBe('a');
    expect(single(undefined)).toBeUndefined();
  });
});
