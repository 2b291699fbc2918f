import { describe, expect, it } from 'vitest';
import {
  APPROVAL_STEPS,
  approvalProgress,
  canDecide,
  checkDecidedOn,
  currentRoundRecords,
  decisionEffect,
  lastDecidedOn,
  type ApprovalRecord,
  type ApprovalStep,
} from './approval';
import { ROLES } from './permissions';

const agree = (step: ApprovalStep, round = 1, decidedOn = '2026-05-01'): ApprovalRecord => ({ round, step, decision: 'agree', decidedOn });
const back = (step: ApprovalStep, round = 1, decidedOn = '2026-05-02'): ApprovalRecord => ({ round, step, decision: 'return', decidedOn });
const agreedUpTo = (n: number, round = 1) => APPROVAL_STEPS.slice(0, n).map((s, i) => agree(s, round, `2026-05-0${i + 1}`));

describe('approvalProgress', () => {
  it('starts at the village step of round 1', () => {
    expect(approvalProgress([])).toEqual({ filed: false, round: 1, nextStep: 'village', waitingSinceOn: null });
  });

  it('moves to the next step after each agreement, waiting since that agreement', () => {
    for (let n = 1; n < APPROVAL_STEPS.length; n++) {
      expect(approvalProgress(agreedUpTo(n))).toEqual({
        filed: false,
        round: 1,
        nextStep: APPROVAL_STEPS[n],
        waitingSinceOn: `2026-05-0${n}`,
      });
    }
  });

  it('is filed when all five steps agreed in one round, on the county organisation department’s date', () => {
    expect(approvalProgress(agreedUpTo(5))).toEqual({ filed: true, round: 1, nextStep: null, filedOn: '2026-05-05' });
  });

  it('does not depend on the order of the rows', () => {
    expect(approvalProgress([...agreedUpTo(3)].reverse())).toMatchObject({ nextStep: 'county_dpf', round: 1 });
  });

  it('a return ends the round: the next round starts at the village, waiting since the return', () => {
    expect(approvalProgress([agree('village'), back('township_party')])).toEqual({
      filed: false,
      round: 2,
      nextStep: 'village',
      waitingSinceOn: '2026-05-02',
    });
    // a return at the very last step still sends it back to the village
    expect(approvalProgress([...agreedUpTo(4), back('county_org', 1, '2026-05-09')])).toMatchObject({ round: 2, nextStep: 'village' });
    // even the village itself may return (e.g. the household withdrew its application)
    expect(approvalProgress([back('village')])).toMatchObject({ round: 2, nextStep: 'village' });
  });

  it('only the latest round counts: agreements of a returned round do not carry over', () => {
    const records = [...agreedUpTo(3), back('county_dpf'), agree('village', 2, '2026-06-01')];
    expect(approvalProgress(records)).toEqual({ filed: false, round: 2, nextStep: 'township_party', waitingSinceOn: '2026-06-01' });
    expect(approvalProgress([...records, ...APPROVAL_STEPS.slice(1).map((s) => agree(s, 2, '2026-06-02'))])).toMatchObject({
      filed: true,
      round: 2,
    });
  });
});

describe('currentRoundRecords', () => {
  it('is the round in progress: empty right after a return', () => {
    expect(currentRoundRecords([agree('village'), back('township_party')])).toEqual([]);
    const round2 = [agree('village'), back('township_party'), agree('village', 2)];
    expect(currentRoundRecords(round2)).toEqual([agree('village', 2)]);
    expect(currentRoundRecords(agreedUpTo(5))).toHaveLength(5);
  });
});

describe('canDecide', () => {
  const passed = (records: ApprovalRecord[], filed = false) => ({ status: 'passed' as const, filed, records });

  it('lets exactly the role of the next step decide, for every step', () => {
    for (let n = 0; n < APPROVAL_STEPS.length; n++) {
      const household = passed(agreedUpTo(n));
      for (const role of ROLES) {
        const result = canDecide(household, role);
        if (role === APPROVAL_STEPS[n]) expect(result).toEqual({ ok: true, step: role, round: 1 });
        else expect(result.ok, `${role} at step ${n}`).toBe(false);
      }
    }
  });

  it('says why a role may not decide: a later step waits, an earlier one has decided, others have no step', () => {
    const household = passed(agreedUpTo(2)); // waiting for township_dpf
    expect(canDecide(household, 'county_dpf')).toEqual({ ok: false, reason: 'previous_step_pending', nextStep: 'township_dpf' });
    expect(canDecide(household, 'county_org')).toEqual({ ok: false, reason: 'previous_step_pending', nextStep: 'township_dpf' });
    expect(canDecide(household, 'village')).toEqual({ ok: false, reason: 'step_decided', nextStep: 'township_dpf' });
    expect(canDecide(household, 'city')).toEqual({ ok: false, reason: 'no_step' });
    expect(canDecide(household, 'admin')).toEqual({ ok: false, reason: 'no_step' });
  });

  it('after a return, the village decides again in the next round and the others wait', () => {
    const household = passed([...agreedUpTo(2), back('township_dpf')]);
    expect(canDecide(household, 'village')).toEqual({ ok: true, step: 'village', round: 2 });
    expect(canDecide(household, 'township_party')).toMatchObject({ ok: false, reason: 'previous_step_pending' });
  });

  it('refuses households that did not pass their notice, and filed ones', () => {
    for (const status of ['registered', 'listed', 'removed'] as const) {
      expect(canDecide({ status, filed: false, records: [] }, 'village')).toEqual({ ok: false, reason: 'not_passed' });
    }
    expect(canDecide(passed(agreedUpTo(5)), 'county_org')).toEqual({ ok: false, reason: 'filed' });
    expect(canDecide(passed([], true), 'village')).toEqual({ ok: false, reason: 'filed' });
  });
});

describe('decisionEffect', () => {
  it('files only on the county organisation department’s agreement', () => {
    expect(decisionEffect('county_org', 'agree')).toBe('filed');
    for (const step of APPROVAL_STEPS.slice(0, 4)) expect(decisionEffect(step, 'agree')).toBe('forwarded');
    for (const step of APPROVAL_STEPS) expect(decisionEffect(step, 'return')).toBe('returned');
  });
});

describe('checkDecidedOn', () => {
  const bounds = { today: '2026-11-28', noticeClosedOn: '2026-10-20', previousOn: '2026-11-02' };

  it('accepts today, the previous decision’s day and anything between', () => {
    expect(checkDecidedOn('2026-11-28', bounds)).toBeNull();
    expect(checkDecidedOn('2026-11-02', bounds)).toBeNull();
    expect(checkDecidedOn('2026-11-15', bounds)).toBeNull();
    expect(checkDecidedOn('2026-10-20', { ...bounds, previousOn: null })).toBeNull();
  });

  it('refuses a day in the future (China time), before the notice closed, or before the previous decision', () => {
    expect(checkDecidedOn('2026-11-29', bounds)).toBe('date_future');
    expect(checkDecidedOn('2027-01-01', bounds)).toBe('date_future');
    expect(checkDecidedOn('2026-10-19', bounds)).toBe('date_before_notice');
    expect(checkDecidedOn('2026-11-01', bounds)).toBe('date_before_previous');
  });

  it('refuses what is not a real date', () => {
    expect(checkDecidedOn('2026-02-30', bounds)).toBe('date_invalid');
    expect(checkDecidedOn('2026/11/28', bounds)).toBe('date_invalid');
    expect(checkDecidedOn('', bounds)).toBe('date_invalid');
  });
});

describe('lastDecidedOn', () => {
  it('is the latest date of any round, or null', () => {
    expect(lastDecidedOn([])).toBeNull();
    expect(lastDecidedOn([agree('village', 1, '2026-05-03'), back('township_party', 1, '2026-05-09'), agree('village', 2, '2026-05-07')])).toBe('2026-05-09');
  });
});
