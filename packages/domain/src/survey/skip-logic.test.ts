import { describe, expect, it } from 'vitest';
import { nationalTemplate } from './national-template.js';
import { parseQuestionnaire, questionnaireProblems, questionnaireSchema } from './questionnaire.js';
import { checkAnswers, visibleQuestions } from './skip-logic.js';

const template = parseQuestionnaire(nationalTemplate({ towns: [{ code: 'licheng', name: '黎城街道' }] }));
const shown = (answers: Record<string, string | number | string[]>) => visibleQuestions(template, answers).map((q) => q.key);

describe('skip logic (跳题) by respondent group and by answer', () => {
  it('asks only the questions everyone gets before the group is chosen', () => {
    expect(shown({})).not.toContain('q-judicial');
    expect(shown({})).toContain('q-publicity');
  });

  it('asks the public neither the court question nor the infringement follow-ups', () => {
    const asked = shown({ group: 'public' });
    expect(asked).not.toContain('q-judicial');
    expect(asked).not.toContain('infringed');
    expect(asked).not.toContain('remedies');
    expect(asked).toContain('q-assistance-public');
  });

  it('asks a rights holder how they sought redress only after they say they were infringed', () => {
    expect(shown({ group: 'rights-holders', infringed: 'no' })).not.toContain('remedies');
    expect(shown({ group: 'rights-holders', infringed: 'yes' })).toEqual(expect.arrayContaining(['remedies', 'q-assistance']));
  });

  it('hides a follow-up when the question it hangs on is hidden, even if answered earlier', () => {
    // A respondent said "infringed: yes" as a rights holder, then switched to the public.
    expect(shown({ group: 'public', infringed: 'yes' })).not.toContain('remedies');
  });

  it('drops answers to skipped questions and lists required ones still missing', () => {
    const check = checkAnswers(template, { group: 'public', 'q-judicial': 5, 'q-publicity': 9 });
    expect(check.answers).toEqual({ group: 'public' });
    expect(check.invalid).toEqual(['q-publicity']);
    expect(check.missing).toContain('q-law-awareness');
    expect(check.missing).not.toContain('q-judicial');
    expect(check.missing).not.toContain('suggestions');
  });

  it('refuses skip logic that points forward or at a choice that does not exist', () => {
    const broken = questionnaireSchema.parse({
      ...template,
      questions: [
        ...template.questions.slice(0, 1),
        { key: 'early', text: '?', kind: 'likert', dimension: 'publicity', showIf: { question: 'later', anyOf: ['yes'] } },
        { key: 'later', text: '?', kind: 'single', choices: [{ key: 'yes', label: '是' }, { key: 'no', label: '否' }] },
        { key: 'wrong', text: '?', kind: 'likert', dimension: 'publicity', showIf: { question: 'later', anyOf: ['maybe'] } },
      ],
    });
    expect(questionnaireProblems(broken).map(({ path, code, params }) => ({ path, code, params }))).toEqual([
      { path: 'questions.1.showIf', code: 'show-if-not-earlier', params: { key: 'later' } },
      { path: 'questions.3.showIf', code: 'show-if-no-choice', params: { key: 'maybe' } },
    ]);
  });

  it('keeps the national template valid: three groups, five first-level and eleven second-level dimensions', () => {
    expect(questionnaireProblems(template)).toEqual([]);
    expect(template.groups.map((g) => g.name)).toEqual(['权利人', '专业人士', '社会公众']);
    expect(template.dimensions.filter((d) => d.parent === null).map((d) => d.name)).toEqual(['法律政策', '执法保护', '机制建设', '意识培养', '保护效果']);
    expect(template.dimensions.filter((d) => d.parent !== null)).toHaveLength(11);
  });
});
