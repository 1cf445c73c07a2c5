import { describe, expect, it } from 'vitest';
import { ROLES } from '../items/roles';
import { DomainError } from '../errors';
import { CHECKLIST_STATE_LABELS, ENTRY_TYPE_LABELS, monthsBetweenQuarters, quarterLabel, REPORT_STATUS_LABELS, shiftDue } from './checklists';
import { CHECKLIST_EVENT_LABELS, CHECKLIST_EVENT_TYPES } from './events';
import { canChecklistTransition, checkChecklistTransition, CHECKLIST_TRANSITIONS, type ChecklistAction } from './transitions';

const CHINESE = /[\u4e00-\u9fa5]/;
const errorOf = (fn: () => void): DomainError => {
  try {
    fn();
  } catch (e) {
    return e as DomainError;
  }
  throw new Error('expected an error');
};

describe('checklist states and labels', () => {
  it('names every state, type, status and event in Chinese', () => {
    for (const l of [
      ...Object.values(CHECKLIST_STATE_LABELS),
      ...Object.values(ENTRY_TYPE_LABELS),
      ...Object.values(REPORT_STATUS_LABELS),
      ...CHECKLIST_EVENT_TYPES.map((t) => CHECKLIST_EVENT_LABELS[t]),
    ])
      expect(l).toMatch(CHINESE);
    expect(ENTRY_TYPE_LABELS).toEqual({ statutory: '法定事项', deputyWork: '代表工作', centralWork: '中心工作' });
    expect(REPORT_STATUS_LABELS.done).toBe('完成');
    expect(REPORT_STATUS_LABELS.inProgress).toBe('推进中');
    expect(REPORT_STATUS_LABELS.notDone).toBe('未完成');
    expect(quarterLabel(2025, 1)).toBe('2025年第一季度');
  });
});

describe('copying a checklist into another quarter', () => {
  it('moves due dates by a year for last year’s same quarter, by three months a quarter', () => {
    expect(monthsBetweenQuarters({ year: 2025, quarter: 1 }, { year: 2026, quarter: 1 })).toBe(12);
    expect(shiftDue('2025-03-31', { year: 2025, quarter: 1 }, { year: 2026, quarter: 1 })).toBe('2026-03-31');
    expect(shiftDue('2025-06-30', { year: 2025, quarter: 2 }, { year: 2025, quarter: 3 })).toBe('2025-09-30');
    expect(shiftDue('2025-12-31', { year: 2025, quarter: 4 }, { year: 2026, quarter: 4 })).toBe('2026-12-31');
  });

  it('a day the target month lacks becomes its last day; moving back works too', () => {
    expect(shiftDue('2024-02-29', { year: 2024, quarter: 1 }, { year: 2025, quarter: 1 })).toBe('2025-02-28');
    expect(shiftDue('2026-05-31', { year: 2026, quarter: 2 }, { year: 2026, quarter: 1 })).toBe('2026-02-28');
  });
});

describe('the checklists’ transitions table', () => {
  const actions = Object.keys(CHECKLIST_TRANSITIONS) as ChecklistAction[];
  const STATES: Record<string, string[]> = {
    checklist: ['draft', 'issued'],
    checklistReport: ['pending', 'done', 'inProgress', 'notDone'],
    assessment: ['draft', 'finalized'],
  };

  it('allows each listed action from its states to its targets for its roles, and names it in Chinese', () => {
    for (const a of actions) {
      const def = CHECKLIST_TRANSITIONS[a];
      expect(def.label).toMatch(CHINESE);
      for (const s of def.from) for (const r of def.roles) for (const to of def.to) expect(() => checkChecklistTransition(a, s, r, to)).not.toThrow();
    }
  });

  it('refuses other states with ILLEGAL_TRANSITION (a conflict) and other roles with FORBIDDEN', () => {
    for (const a of actions) {
      const def = CHECKLIST_TRANSITIONS[a];
      for (const s of STATES[def.entity].filter((x) => !(def.from as readonly string[]).includes(x))) {
        const err = errorOf(() => checkChecklistTransition(a, s, def.roles[0]));
        expect(err.code).toBe('ILLEGAL_TRANSITION');
        expect(err.kind).toBe('conflict');
        expect(err.message).toMatch(/当前状态为“.+”，不能“.+”/);
      }
      for (const r of ROLES.filter((x) => !(def.roles as readonly string[]).includes(x)))
        expect(errorOf(() => checkChecklistTransition(a, def.from[0], r)).code).toBe('FORBIDDEN');
    }
  });

  it('an issued checklist is no longer edited, deleted or issued again; a finalized assessment takes no more scores', () => {
    expect(canChecklistTransition('editChecklist', 'issued')).toBe(false);
    expect(canChecklistTransition('deleteChecklist', 'issued')).toBe(false);
    expect(canChecklistTransition('issueChecklist', 'issued')).toBe(false);
    expect(canChecklistTransition('scoreAssessment', 'finalized')).toBe(false);
    expect(errorOf(() => checkChecklistTransition('reportChecklistEntry', 'pending', 'townshipPresidium', 'pending')).code).toBe('ILLEGAL_TRANSITION');
    expect(errorOf(() => checkChecklistTransition('issueChecklist', 'issued', 'liaisonOffice')).message).toBe('当前状态为“已下发”，不能“下发清单”');
  });
});
