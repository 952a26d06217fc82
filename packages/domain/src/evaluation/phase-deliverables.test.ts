import { describe, expect, it } from 'vitest';
import { deliverableSlots, deliverableStatus, phaseProgress } from './phase-deliverables.js';

describe('phase deliverables (阶段工作清单)', () => {
  it('lists each phase’s deliverables, due at the end of the phase’s last month', () => {
    const slots = deliverableSlots({ phases: [{ code: 'acceptance', name: '验收阶段', start: '2026-10', end: '2026-12', text: 't', deliverables: ['验收材料', '呈报'] }] });
    expect(slots).toEqual([
      { id: 'acceptance-1', phaseCode: 'acceptance', position: 1, title: '验收材料', defaultDue: '2026-12-31' },
      { id: 'acceptance-2', phaseCode: 'acceptance', position: 2, title: '呈报', defaultDue: '2026-12-31' },
    ]);
  });

  it('is late the day after its due date, due soon within 14 days, done once ticked', () => {
    expect(deliverableStatus({ dueOn: '2026-09-30', doneOn: null }, '2026-10-01')).toBe('late');
    expect(deliverableStatus({ dueOn: '2026-12-31', doneOn: null }, '2026-12-17')).toBe('due-soon');
    expect(deliverableStatus({ dueOn: '2026-12-31', doneOn: null }, '2026-12-16')).toBe('open');
    expect(deliverableStatus({ dueOn: '2026-09-30', doneOn: '2026-10-05' }, '2026-12-07')).toBe('done');
  });

  it('counts done, late and done-late per phase', () => {
    expect(
      phaseProgress(
        [
          { phaseCode: 'evaluation', dueOn: '2026-09-30', doneOn: '2026-09-20' },
          { phaseCode: 'evaluation', dueOn: '2026-09-30', doneOn: '2026-10-05' },
          { phaseCode: 'evaluation', dueOn: '2026-09-30', doneOn: null },
        ],
        '2026-12-07',
      ),
    ).toEqual([{ phaseCode: 'evaluation', total: 3, done: 2, late: 1, doneLate: 1 }]);
  });
});
