import { describe, expect, it } from 'vitest';
import { ACTIONS, ROLES, approvalStepOf, can, refusal, roleMay } from './permissions';

const village = { role: 'village' as const, regionCode: '220802100201' };
const county = { role: 'county_dpf' as const, regionCode: '220802' };

describe('can', () => {
  it('lets a village official act in the own village only', () => {
    expect(can(village, 'notice.publish', '220802100201')).toBe(true);
    expect(can(village, 'notice.publish', '220802100202')).toBe(false); // neighbouring village
    expect(can(village, 'notice.publish', '220802100')).toBe(false); // its township is above it
  });
  it('covers everything below the bound region', () => {
    expect(can(county, 'household.register', '220802100201')).toBe(true);
    expect(can(county, 'household.register', '220821100201')).toBe(false); // another county
  });
  it('refuses by role whatever the region', () => {
    expect(can(county, 'notice.publish', '220802100201')).toBe(false);
    expect(refusal(county, 'notice.publish', '220802100201')).toBe('role');
    expect(refusal(county, 'household.register', '220821100201')).toBe('region');
    expect(refusal(county, 'household.register', '220802100201')).toBeNull();
  });
  it('gives the administrator accounts only, and no official accounts', () => {
    for (const action of ACTIONS) expect(roleMay('admin', action), action).toBe(action === 'account.manage' || action === 'audit.view');
    for (const role of ROLES) if (role !== 'admin') expect(roleMay(role, 'account.manage')).toBe(false);
  });
  it('refuses malformed region codes', () => {
    expect(can(village, 'notice.publish', 'x')).toBe(false);
  });
});

describe('approvalStepOf', () => {
  it('maps each approving role to its own step and no other role to any', () => {
    expect(approvalStepOf('township_dpf')).toBe('township_dpf');
    expect(approvalStepOf('city')).toBeNull();
    expect(approvalStepOf('admin')).toBeNull();
  });
});
