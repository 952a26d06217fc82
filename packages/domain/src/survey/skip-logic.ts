import type { Answer, Answers, Questionnaire, SurveyQuestion } from './questionnaire.js';

/** The group a respondent chose in the group question, or null before they chose. */
export function respondentGroupOf(questionnaire: Questionnaire, answers: Answers): string | null {
  const question = questionnaire.questions.find((q) => q.profile === 'group');
  const answer = question ? answers[question.key] : undefined;
  return typeof answer === 'string' && questionnaire.groups.some((g) => g.key === answer) ? answer : null;
}

const chosen = (answer: Answer | undefined): readonly string[] =>
  answer === undefined ? [] : typeof answer === 'string' ? [answer] : typeof answer === 'number' ? [String(answer)] : answer;

/**
 * 跳题逻辑: the questions a respondent is asked, in order. A question restricted to groups is asked
 * only once the respondent's group is one of them; a question with `showIf` only when the earlier
 * answer is one of the listed choices, and only if that earlier question was itself asked (so
 * hiding a question hides what hangs on it).
 */
export function visibleQuestions(questionnaire: Questionnaire, answers: Answers): SurveyQuestion[] {
  const group = respondentGroupOf(questionnaire, answers);
  const shown = new Set<string>();
  const result: SurveyQuestion[] = [];
  for (const q of questionnaire.questions) {
    if (q.groups.length > 0 && (group === null || !q.groups.includes(group))) continue;
    if (q.showIf) {
      if (!shown.has(q.showIf.question)) continue;
      const given = chosen(answers[q.showIf.question]);
      if (!q.showIf.anyOf.some((c) => given.includes(c))) continue;
    }
    shown.add(q.key);
    result.push(q);
  }
  return result;
}

/** Whether an answer is a valid one for the question (a Likert point, a listed choice, bounded text). */
export function isValidAnswer(question: SurveyQuestion, answer: Answer): boolean {
  switch (question.kind) {
    case 'likert':
      return typeof answer === 'number' && Number.isInteger(answer) && answer >= 1 && answer <= 5;
    case 'single':
      return typeof answer === 'string' && question.choices.some((c) => c.key === answer);
    case 'multiple':
      return Array.isArray(answer) && answer.length > 0 && new Set(answer).size === answer.length && answer.every((a) => question.choices.some((c) => c.key === a));
    case 'text':
      return typeof answer === 'string' && answer.trim().length > 0 && answer.length <= 2000;
  }
}

export interface AnswerCheck {
  /** The answers of questions asked, valid ones only (answers to skipped questions are dropped). */
  answers: Record<string, Answer>;
  /** Required questions asked but not answered. */
  missing: string[];
  /** Questions answered with something not allowed. */
  invalid: string[];
}

/** Keeps what a respondent was asked and answered validly, and lists what is still missing. */
export function checkAnswers(questionnaire: Questionnaire, answers: Answers): AnswerCheck {
  const kept: Record<string, Answer> = {};
  const missing: string[] = [];
  const invalid: string[] = [];
  for (const q of visibleQuestions(questionnaire, answers)) {
    const answer = answers[q.key];
    if (answer === undefined || (typeof answer === 'string' && answer.trim() === '') || (Array.isArray(answer) && answer.length === 0)) {
      if (q.required) missing.push(q.key);
    } else if (isValidAnswer(q, answer)) kept[q.key] = answer;
    else invalid.push(q.key);
  }
  return { answers: kept, missing, invalid };
}
