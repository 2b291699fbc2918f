import { describe, expect, it } from 'vitest';
import { maySeeHouseholdReads, maySeeObjector, type ObjectionBodies } from './private-reads';

const village = '220802100201';
const townshipParty = { role: 'township_party' as const, regionCode: '220802100' };
const townshipDpf = { role: 'township_dpf' as const, regionCode: '220802100' };
const ownVillage = { role: 'village' as const, regionCode: village };
const byTownship: ObjectionBodies = { villageCode: village, recorder: townshipDpf, investigators: [] };

describe('maySeeObjector', () => {
  it('shows the objector to the recording body', () => {
    expect(maySeeObjector(townshipDpf, byTownship)).toBe(true);
  });
  it('hides the objector from the challenged village when another body took the objection', () => {
    expect(maySeeObjector(ownVillage, byTownship)).toBe(false);
  });
  it('treats another role of the same township as another body', () => {
    expect(maySeeObjector(townshipParty, byTownship)).toBe(false);
  });
  it('shows the objector to an investigating body, the village included', () => {
    expect(maySeeObjector(townshipParty, { ...byTownship, investigators: [townshipParty] })).toBe(true);
    expect(maySeeObjector(ownVillage, { ...byTownship, investigators: [ownVillage] })).toBe(true);
  });
  it('shows the objector to the county above, not to another county, the city or the administrator', () => {
    expect(maySeeObjector({ role: 'county_dpf', regionCode: '220802' }, byTownship)).toBe(true);
    expect(maySeeObjector({ role: 'county_org', regionCode: '220802' }, byTownship)).toBe(true);
    expect(maySeeObjector({ role: 'county_dpf', regionCode: '220821' }, byTownship)).toBe(false);
    expect(maySeeObjector({ role: 'city', regionCode: '220800' }, byTownship)).toBe(false);
    expect(maySeeObjector({ role: 'admin', regionCode: '220800' }, byTownship)).toBe(false);
  });
  it('shows the village its own objection', () => {
    expect(maySeeObjector(ownVillage, { villageCode: village, recorder: ownVillage, investigators: [] })).toBe(true);
  });
  it('does not match the same role of a neighbouring village', () => {
    const neighbour = { role: 'village' as const, regionCode: '220802100202' };
    expect(maySeeObjector(neighbour, { villageCode: village, recorder: ownVillage, investigators: [] })).toBe(false);
  });
});

describe('maySeeHouseholdReads', () => {
  it('lets county and city officials of the region see who read a household', () => {
    expect(maySeeHouseholdReads({ role: 'county_dpf', regionCode: '220802' }, village)).toBe(true);
    expect(maySeeHouseholdReads({ role: 'county_org', regionCode: '220802' }, village)).toBe(true);
    expect(maySeeHouseholdReads({ role: 'city', regionCode: '220800' }, village)).toBe(true);
  });
  it('refuses villages, townships, the administrator and other counties', () => {
    expect(maySeeHouseholdReads(ownVillage, village)).toBe(false);
    expect(maySeeHouseholdReads(townshipDpf, village)).toBe(false);
    expect(maySeeHouseholdReads({ role: 'admin', regionCode: '220800' }, village)).toBe(false);
    expect(maySeeHouseholdReads({ role: 'county_dpf', regionCode: '220821' }, village)).toBe(false);
  });
});
