import { describe, expect, it } from 'vitest';
import { eligibilityCriteria } from './zh-poster';

describe('eligibility criteria in plain words', () => {
  it('states all four conditions, with the threshold from the programme', () => {
    const c = eligibilityCriteria({ incomeThreshold: 2800 });
    expect(c).toHaveLength(4);
    expect(c.join('')).toMatch(/农村家庭/);
    expect(c.join('')).toMatch(/残疾人证/);
    expect(c.join('')).toMatch(/劳动能力.*愿意/);
    expect(c.find((s) => s.includes('收入'))).toMatch(/低于 2,?800 元/);
  });

  it('follows a changed threshold', () => {
    expect(eligibilityCriteria({ incomeThreshold: 4500 }).join('')).toMatch(/低于 4,?500 元/);
    expect(eligibilityCriteria({ incomeThreshold: 4500 }).join('')).not.toMatch(/2,?800/);
  });
});
