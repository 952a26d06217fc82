import { z } from 'zod';

/**
 * A satisfaction questionnaire (知识产权保护社会满意度调查问卷) as data: the respondent groups with
 * their weights and target samples, the weighted tree of dimensions, and the questions with their
 * skip logic. One structure serves the builder, the public answer page, the scoring and the export.
 */

const key = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, 'letters, digits, dots, hyphens and underscores');
const label = z.string().trim().min(1).max(200);
const weight = z.number().finite().min(0).max(1000);

/** 调查对象: 权利人, 专业人士, 社会公众 in the national method. */
export const respondentGroupSchema = z.object({
  key,
  name: label,
  /** Relative weight in the overall score; the weights are normalised, so 4:3:3 and 0.4:0.3:0.3 agree. */
  weight,
  /** 目标样本量 */
  targetSample: z.number().int().min(0).max(1_000_000),
});

/** A node of the index tree (一级/二级/三级指标); `parent` null for a first-level dimension. */
export const dimensionSchema = z.object({
  key,
  name: label,
  parent: key.nullable(),
  /** Relative weight among its siblings (normalised like the group weights). */
  weight,
});

export const questionKinds = ['likert', 'single', 'multiple', 'text'] as const;
export type QuestionKind = (typeof questionKinds)[number];

/** What a question tells about the respondent rather than their satisfaction. */
export const profileFields = ['group', 'town', 'industry'] as const;
export type ProfileField = (typeof profileFields)[number];

export const choiceSchema = z.object({ key, label });

/** Shown only when an earlier question was answered with one of these choices. */
export const showIfSchema = z.object({ question: key, anyOf: z.array(key).min(1).max(50) });

export const questionSchema = z.object({
  key,
  text: z.string().trim().min(1).max(500),
  kind: z.enum(questionKinds),
  /** A Likert question scores the dimension (a leaf of the tree) it measures. */
  dimension: key.nullable().default(null),
  choices: z.array(choiceSchema).max(60).default([]),
  /** Asked only of these groups; empty asks everyone. */
  groups: z.array(key).max(20).default([]),
  showIf: showIfSchema.nullable().default(null),
  required: z.boolean().default(true),
  /** The respondent's group, town or industry: the answer files the response, it scores nothing. */
  profile: z.enum(profileFields).nullable().default(null),
});

export const questionnaireSchema = z.object({
  groups: z.array(respondentGroupSchema).min(1).max(20),
  dimensions: z.array(dimensionSchema).min(1).max(200),
  questions: z.array(questionSchema).min(1).max(200),
});

export type RespondentGroup = z.infer<typeof respondentGroupSchema>;
export type SurveyDimension = z.infer<typeof dimensionSchema>;
export type SurveyQuestion = z.infer<typeof questionSchema>;
export type Questionnaire = z.infer<typeof questionnaireSchema>;
export type QuestionnaireInput = z.input<typeof questionnaireSchema>;

/** One respondent's answers: a choice key, several, a Likert point 1–5, or text. */
export type Answer = string | number | readonly string[];
export type Answers = Readonly<Record<string, Answer>>;

/** What makes a questionnaire unusable; the builder words it from `code` and `params` in the reader's language. */
export type QuestionnaireProblemCode =
  | 'group-twice'
  | 'dimension-twice'
  | 'question-twice'
  | 'group-weights-zero'
  | 'unknown-parent'
  | 'own-ancestor'
  | 'sibling-weights-zero'
  | 'likert-needs-leaf'
  | 'too-few-choices'
  | 'choice-twice'
  | 'unknown-group'
  | 'group-question-kind'
  | 'choice-not-group'
  | 'group-question-for-everyone'
  | 'show-if-not-earlier'
  | 'show-if-no-choice'
  | 'one-group-question';

export interface QuestionnaireProblem {
  path: string;
  code: QuestionnaireProblemCode;
  params: Record<string, string>;
  /** In English, for logs and the API's readers. */
  message: string;
}

const duplicates = (keys: readonly string[]) => keys.filter((k, i) => keys.indexOf(k) !== i);

/** The leaves of the dimension tree: the dimensions questions are scored against. */
export function leafDimensions(questionnaire: Pick<Questionnaire, 'dimensions'>): SurveyDimension[] {
  const parents = new Set(questionnaire.dimensions.map((d) => d.parent));
  return questionnaire.dimensions.filter((d) => !parents.has(d.key));
}

/**
 * What makes a questionnaire unusable beyond its shape: keys used twice, a tree with a loop or an
 * unknown parent, weights that sum to nothing, a Likert question off a leaf, skip logic pointing
 * forward or at an unknown answer. Empty when the questionnaire can be answered and scored.
 */
export function questionnaireProblems(questionnaire: Questionnaire): QuestionnaireProblem[] {
  const problems: QuestionnaireProblem[] = [];
  const add = (path: string, code: QuestionnaireProblemCode, message: string, params: Record<string, string> = {}) => problems.push({ path, code, params, message });
  const { groups, dimensions, questions } = questionnaire;
  for (const k of duplicates(groups.map((g) => g.key))) add('groups', 'group-twice', `group "${k}" appears twice`, { key: k });
  for (const k of duplicates(dimensions.map((d) => d.key))) add('dimensions', 'dimension-twice', `dimension "${k}" appears twice`, { key: k });
  for (const k of duplicates(questions.map((q) => q.key))) add('questions', 'question-twice', `question "${k}" appears twice`, { key: k });
  if (groups.every((g) => g.weight === 0)) add('groups', 'group-weights-zero', 'the group weights sum to zero');

  const byKey = new Map(dimensions.map((d) => [d.key, d]));
  dimensions.forEach((d, i) => {
    if (d.parent !== null && !byKey.has(d.parent)) add(`dimensions.${i}.parent`, 'unknown-parent', `unknown parent "${d.parent}"`, { key: d.parent });
    const seen = new Set<string>();
    for (let at: SurveyDimension | undefined = d; at; at = at.parent === null ? undefined : byKey.get(at.parent)) {
      if (seen.has(at.key)) {
        add(`dimensions.${i}`, 'own-ancestor', `"${d.key}" is its own ancestor`, { key: d.name });
        break;
      }
      seen.add(at.key);
    }
  });
  const siblings = new Map<string | null, number>();
  for (const d of dimensions) siblings.set(d.parent, (siblings.get(d.parent) ?? 0) + d.weight);
  for (const [parent, total] of siblings) if (total === 0) add('dimensions', 'sibling-weights-zero', `the weights under "${parent ?? 'root'}" sum to zero`, { key: parent === null ? '' : (byKey.get(parent)?.name ?? parent) });

  const leaves = new Set(leafDimensions(questionnaire).map((d) => d.key));
  const groupKeys = new Set(groups.map((g) => g.key));
  const earlier = new Map<string, SurveyQuestion>();
  questions.forEach((q, i) => {
    const at = `questions.${i}`;
    if (q.kind === 'likert' && q.profile === null && (q.dimension === null || !leaves.has(q.dimension)))
      add(`${at}.dimension`, 'likert-needs-leaf', 'a Likert question measures one leaf dimension');
    if ((q.kind === 'single' || q.kind === 'multiple') && q.choices.length < (q.profile === null ? 2 : 1)) add(`${at}.choices`, 'too-few-choices', 'a choice question needs two choices or more');
    for (const k of duplicates(q.choices.map((c) => c.key))) add(`${at}.choices`, 'choice-twice', `choice "${k}" appears twice`, { key: k });
    for (const g of q.groups) if (!groupKeys.has(g)) add(`${at}.groups`, 'unknown-group', `unknown group "${g}"`, { key: g });
    if (q.profile === 'group') {
      if (q.kind !== 'single') add(`${at}.kind`, 'group-question-kind', 'the group question is a single choice');
      for (const c of q.choices) if (!groupKeys.has(c.key)) add(`${at}.choices`, 'choice-not-group', `choice "${c.key}" is not a group`, { key: c.label });
      if (q.groups.length > 0 || q.showIf) add(at, 'group-question-for-everyone', 'the group question is asked of everyone');
    }
    if (q.showIf) {
      const source = earlier.get(q.showIf.question);
      if (!source) add(`${at}.showIf`, 'show-if-not-earlier', `"${q.showIf.question}" is not an earlier question`, { key: q.showIf.question });
      else for (const c of q.showIf.anyOf) if (!source.choices.some((s) => s.key === c)) add(`${at}.showIf`, 'show-if-no-choice', `"${q.showIf.question}" has no choice "${c}"`, { key: c });
    }
    earlier.set(q.key, q);
  });
  if (questions.filter((q) => q.profile === 'group').length !== 1) add('questions', 'one-group-question', 'exactly one question asks the respondent group');
  return problems;
}

/** Parses and checks a questionnaire; throws with every problem listed. */
export function parseQuestionnaire(input: unknown): Questionnaire {
  const questionnaire = questionnaireSchema.parse(input);
  const problems = questionnaireProblems(questionnaire);
  if (problems.length > 0) throw new RangeError(problems.map((p) => `${p.path}: ${p.message}`).join('; '));
  return questionnaire;
}
