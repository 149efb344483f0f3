import { describe, expect, it } from 'vitest';
import { statusFromSteps, stepsInOrder } from './machines';
import type { MachineStep } from './schema';

const step = (kind: MachineStep['kind'], status: MachineStep['status']): MachineStep => ({ kind, status, date: '2026', sources: ['s1'] });

describe('statusFromSteps', () => {
  it('is planned until a step is reported', () => {
    expect(statusFromSteps([])).toBe('planned');
    expect(statusFromSteps([step('operation', 'planned')])).toBe('planned');
  });

  it('takes the furthest reported step in the life order, whatever the file order', () => {
    expect(statusFromSteps([step('contract', 'reported'), step('procurement', 'reported')])).toBe('contracted');
    expect(statusFromSteps([step('operation', 'reported'), step('installed', 'planned')])).toBe('operating');
    expect(statusFromSteps([step('installed', 'reported'), step('operation', 'planned')])).toBe('installed');
    expect(statusFromSteps([step('procurement', 'reported')])).toBe('procurement');
  });
});

describe('stepsInOrder', () => {
  it('sorts the steps procurement first', () => {
    const steps = [step('operation', 'planned'), step('procurement', 'reported'), step('contract', 'reported')];
    expect(stepsInOrder({ steps }).map((s) => s.kind)).toEqual(['procurement', 'contract', 'operation']);
  });
});
