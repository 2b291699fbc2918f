import { describe, expect, it } from 'vitest';
import { MIN_PASSWORD_LENGTH, passwordProblem, type PasswordContext } from './password-policy';

// village-a of the demo: 平安村委会 in 平安镇, 洮北区, 白城市.
const villageA: PasswordContext = {
  username: 'village-a',
  displayName: '平安村党支部',
  regions: [
    { code: '220800', name: '白城市' },
    { code: '220802', name: '洮北区' },
    { code: '220802100', name: '平安镇' },
    { code: '220802100201', name: '平安村委会' },
  ],
};
const check = (password: string, context = villageA) => passwordProblem(password, context);

describe('passwordProblem', () => {
  it('accepts a pass phrase of unrelated words', async () => {
    expect(await check('purple tractor snowfall')).toBeNull();
    expect(await check('黄瓜 拖拉机 下雪 窗户')).toBeNull();
    expect(await check('gift-lamp-river-7-orbit')).toBeNull();
  });

  it('counts characters, not bytes, against the minimum of 12', async () => {
    expect(await check('tractor lamp')).toBeNull(); // exactly 12
    expect(await check('tractor lam')).toEqual({ kind: 'short' });
    expect(await check('黄瓜拖拉机下雪窗户台灯雨')).toBeNull(); // 12 characters
    expect(await check('黄瓜拖拉机下雪窗户台灯')).toEqual({ kind: 'short' });
    expect(await check('x'.repeat(129))).toEqual({ kind: 'long' });
    expect(MIN_PASSWORD_LENGTH).toBe(12);
  });

  it('refuses the username, whatever its case, width or separators, even inside a longer password', async () => {
    expect(await check('village-a village-a')).toEqual({ kind: 'username' });
    expect(await check('my VILLAGE A purple tractor')).toEqual({ kind: 'username' });
    expect(await check('ｖｉｌｌａｇｅ－ａ 下雪的冬天')).toEqual({ kind: 'username' });
    // The same words are fine for an account with another name.
    expect(await check('my VILLAGE A purple tractor', { ...villageA, username: 'city' })).toBeNull();
  });

  it('refuses a region code of the account’s chain', async () => {
    expect(await check('220802100201')).toEqual({ kind: 'region_code', code: '220802100201' });
    expect(await check('tractor 220802 snow')).toEqual({ kind: 'region_code', code: '220802' });
    expect(await check('2208 0210 0201 purple')).toEqual({ kind: 'region_code', code: '220802100201' });
  });

  it('refuses a region name of the chain, and a committee’s spoken name', async () => {
    expect(await check('白城市洮北区平安镇平安村委会')).toEqual({ kind: 'region_name', name: '平安村委会' });
    expect(await check('我家住在洮北区的冬天很冷')).toEqual({ kind: 'region_name', name: '洮北区' });
    expect(await check('平安镇 purple tractor')).toEqual({ kind: 'region_name', name: '平安镇' });
    expect(await check('平安村委会 2026 冬天')).toEqual({ kind: 'region_name', name: '平安村委会' });
    expect(await check('平安村自己的密码 2026')).toEqual({ kind: 'region_name', name: '平安村' });
  });

  it('refuses common passwords, keyboard walks and repeats, saying which', async () => {
    expect(await check('password1234')).toMatchObject({ kind: 'weak', hint: 'common' });
    expect(await check('Password2026!')).toMatchObject({ kind: 'weak', hint: 'common' });
    expect(await check('qwertyuiop12')).toMatchObject({ kind: 'weak', hint: 'common' });
    expect(await check('mnbvcxzlkjhgfds')).toMatchObject({ kind: 'weak', hint: 'keyboard' });
    expect(await check('xxxxxxxxxxxx')).toMatchObject({ kind: 'weak', hint: 'repeat' });
    expect(await check('abcdefghijkl')).toMatchObject({ kind: 'weak', hint: 'sequence' });
    for (const password of ['password1234', 'xxxxxxxxxxxx', 'abcdefghijkl']) {
      expect(((await check(password)) as { score: number }).score).toBeLessThan(3);
    }
  });

  it('weighs the account’s own words: its display name is guessed first', async () => {
    const office = { ...villageA, displayName: '前进村党支部第一书记办公室' };
    expect(await check('前进村党支部第一书记办公室', office)).toMatchObject({ kind: 'weak', hint: 'personal' });
    expect(await check('前进村党支部第一书记办公室')).toBeNull(); // for an account of another name, just long
    expect(await check('前进党支部前进党支部前进')).toMatchObject({ kind: 'weak', hint: 'repeat' });
  });

  it('loads the dictionaries once: later checks take milliseconds', async () => {
    await check('warm up the dictionaries');
    const start = performance.now();
    for (let i = 0; i < 20; i++) await check(`purple tractor snowfall ${i}`);
    // About 5–15 ms each on a busy 2-core machine; rebuilding the dictionaries would cost ~300 ms.
    expect((performance.now() - start) / 20).toBeLessThan(100);
  });
});
