import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { ROLES, type Role } from './roles';
import { ITEM_STATES, REPLY_STATES, TASK_STATES } from './states';
import { CHECKLIST_STATES, REPORT_STATUSES } from '../checklists/checklists';
import { ASSESSMENT_STATES } from '../checklists/scoring';
import { WORK_ORDER_STATES } from '../hotline/orders';
import { canTransition, checkTransition, TRANSITIONS, type Action } from './transitions';
import { validatePlan } from './assignment-plan';

const STATES: Record<string, readonly string[]> = {
  item: ITEM_STATES,
  task: TASK_STATES,
  reply: REPLY_STATES,
  commitment: ['registered', 'strikeOffRequested', 'struckOff', 'convertedToC'],
  request: ['pending', 'approved', 'rejected'],
  checklist: CHECKLIST_STATES,
  checklistReport: REPORT_STATUSES,
  assessment: ASSESSMENT_STATES,
  workOrder: WORK_ORDER_STATES,
};
const actions = Object.keys(TRANSITIONS) as Action[];

function errorOf(fn: () => void): DomainError {
  try {
    fn();
  } catch (e) {
    return e as DomainError;
  }
  throw new Error('expected an error');
}

describe('the transitions table', () => {
  it('names only real states and roles', () => {
    for (const a of actions) {
      const def = TRANSITIONS[a];
      for (const s of [...def.from, ...def.to]) expect(STATES[def.entity], `${a}: ${s}`).toContain(s);
      for (const r of def.roles) expect(ROLES).toContain(r);
      expect(def.label).toMatch(/[\u4e00-\u9fa5]/);
    }
  });

  it('allows every listed (action, from-state, role)', () => {
    let n = 0;
    for (const a of actions) {
      const def = TRANSITIONS[a];
      for (const s of def.from) {
        for (const r of def.roles) {
          expect(() => checkTransition(a, s, r as Role)).not.toThrow();
          for (const to of def.to) expect(() => checkTransition(a, s, r as Role, to)).not.toThrow();
          n++;
        }
      }
    }
    expect(n).toBeGreaterThan(50);
  });

  it('refuses every unlisted from-state with ILLEGAL_TRANSITION (409) and a Chinese message', () => {
    let n = 0;
    for (const a of actions) {
      const def = TRANSITIONS[a];
      for (const s of STATES[def.entity].filter((x) => !(def.from as readonly string[]).includes(x))) {
        const err = errorOf(() => checkTransition(a, s, def.roles[0] as Role));
        expect(err.code).toBe('ILLEGAL_TRANSITION');
        expect(err.kind).toBe('conflict');
        expect(err.message).toMatch(/当前状态为“.+”，不能“.+”/);
        expect(canTransition(a, s)).toBe(false);
        n++;
      }
    }
    expect(n).toBeGreaterThan(100);
  });

  it('refuses a target state the table does not list with ILLEGAL_TRANSITION, a 4xx (not a bare Error)', () => {
    const err = errorOf(() => checkTransition('acceptSuggestion', 'submitted', 'liaisonOffice', 'closed'));
    expect(err).toBeInstanceOf(DomainError);
    expect(err.code).toBe('ILLEGAL_TRANSITION');
    expect(err.kind).toBe('conflict');
    expect(err.details).toEqual({ action: 'acceptSuggestion', state: 'submitted', to: 'closed' });
  });

  it('refuses roles not listed, with FORBIDDEN', () => {
    for (const a of actions) {
      const def = TRANSITIONS[a];
      for (const r of ROLES.filter((x) => !(def.roles as readonly string[]).includes(x))) {
        expect(errorOf(() => checkTransition(a, def.from[0], r)).code).toBe('FORBIDDEN');
      }
    }
  });

  it('samples of the lifecycle rules', () => {
    // R-REVIEW-1: only a submitted suggestion is reviewed.
    expect(canTransition('acceptSuggestion', 'submitted')).toBe(true);
    expect(canTransition('acceptSuggestion', 'awaitingCosigners')).toBe(false);
    expect(canTransition('acceptSuggestion', 'handling')).toBe(false);
    // R-ASSIGN-2: a draft assignment can be made formal; a closed item cannot be assigned.
    expect(canTransition('assignSuggestion', 'draftAssigned')).toBe(true);
    expect(canTransition('assignSuggestion', 'closed')).toBe(false);
    // R-REPLY-1: a draft cannot be signed or sent before review.
    expect(canTransition('signOffReply', 'draft')).toBe(false);
    expect(canTransition('sendReply', 'awaitingSignOff')).toBe(false);
    expect(canTransition('sendReply', 'signed')).toBe(true);
    // R-EVAL-2: only a dissatisfied item is forwarded for re-handling.
    expect(canTransition('forwardForRehandling', 'replied')).toBe(false);
    expect(canTransition('forwardForRehandling', 'dissatisfied')).toBe(true);
    // R-TRACK-1: a struck-off commitment stays struck off.
    expect(canTransition('strikeOffCommitment', 'struckOff')).toBe(false);
    // Terminal states allow nothing.
    for (const s of ['notAccepted', 'merged', 'closed']) {
      expect(actions.filter((a) => TRANSITIONS[a].entity === 'item' && canTransition(a, s))).toEqual([]);
    }
  });

  it('a role that may not act is refused before the state is looked at', () => {
    expect(errorOf(() => checkTransition('signOffReply', 'draft', 'unitHandler')).code).toBe('FORBIDDEN');
  });
});

describe('assignment plans (R-ASSIGN-1)', () => {
  const code = (fn: () => void) => errorOf(fn).code;
  it('accepts a plan that fits each mode', () => {
    expect(() => validatePlan('single', [{ unitId: 1, role: 'lead' }])).not.toThrow();
    expect(() =>
      validatePlan('leadCo', [
        { unitId: 1, role: 'lead' },
        { unitId: 2, role: 'co' },
      ]),
    ).not.toThrow();
    expect(() =>
      validatePlan('split', [
        { unitId: 1, role: 'split' },
        { unitId: 2, role: 'split' },
      ]),
    ).not.toThrow();
    expect(() => validatePlan('leaderLed', [{ unitId: 1, role: 'lead' }], '副省长 王某某')).not.toThrow();
  });
  it('refuses plans that do not fit', () => {
    expect(
      code(() =>
        validatePlan('single', [
          { unitId: 1, role: 'lead' },
          { unitId: 2, role: 'lead' },
        ]),
      ),
    ).toBe('PLAN_MODE_MISMATCH');
    expect(code(() => validatePlan('leadCo', [{ unitId: 1, role: 'lead' }]))).toBe('PLAN_MODE_MISMATCH');
    expect(code(() => validatePlan('split', [{ unitId: 1, role: 'split' }]))).toBe('PLAN_MODE_MISMATCH');
    expect(code(() => validatePlan('leaderLed', [{ unitId: 1, role: 'lead' }], '  '))).toBe('LEADER_REQUIRED');
    expect(
      code(() =>
        validatePlan('single', [
          { unitId: 1, role: 'lead' },
          { unitId: 1, role: 'co' },
        ]),
      ),
    ).toBe('DUPLICATE_UNIT');
  });
});
