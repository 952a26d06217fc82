import type { Answer, SurveyQuestion } from '@ipcounty/domain';
import { text } from './public-text.js';

interface QuestionFieldProps {
  question: SurveyQuestion;
  number: number;
  answer: Answer | undefined;
  invalid: boolean;
  onChange: (answer: Answer | undefined) => void;
}

/**
 * One question with native controls, so keyboards and screen readers work as they do everywhere:
 * a fieldset whose legend is the question, radios for Likert and single choice (arrow keys move
 * within the group), checkboxes for multiple choice, a labelled text area for open text.
 */
export function QuestionField({ question, number, answer, invalid, onChange }: QuestionFieldProps) {
  const id = `q-${question.key}`;
  const errorId = `${id}-error`;
  const describedBy = invalid ? errorId : undefined;
  const marker = <span className="survey-marker">{question.required ? text.required : text.optional}</span>;
  const error = invalid ? (
    <p id={errorId} className="survey-error" role="alert">
      {text.missing}
    </p>
  ) : null;

  if (question.kind === 'text')
    return (
      <div className={`survey-question${invalid ? ' is-invalid' : ''}`}>
        <label htmlFor={id} className="survey-legend">
          <span className="survey-number">{number}.</span> {question.text} {marker}
        </label>
        <textarea
          id={id}
          rows={4}
          maxLength={2000}
          placeholder={text.textPlaceholder}
          value={typeof answer === 'string' ? answer : ''}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}
        />
        {error}
      </div>
    );

  const options =
    question.kind === 'likert'
      ? text.likert.map((label, i) => ({ key: String(i + 1), label, value: i + 1 as Answer }))
      : question.choices.map((c) => ({ key: c.key, label: c.label, value: c.key as Answer }));
  const multiple = question.kind === 'multiple';
  const chosen = (value: Answer) => (multiple ? Array.isArray(answer) && answer.includes(value as string) : answer === value);
  const toggle = (value: string, checked: boolean) => {
    const current = Array.isArray(answer) ? answer : [];
    const next = checked ? [...current, value] : current.filter((v) => v !== value);
    onChange(next.length === 0 ? undefined : next);
  };

  return (
    <fieldset className={`survey-question${invalid ? ' is-invalid' : ''}`} aria-describedby={describedBy} aria-invalid={invalid || undefined}>
      <legend className="survey-legend">
        <span className="survey-number">{number}.</span> {question.text} {marker}
        {multiple && <span className="survey-hint">（{text.multipleHint}）</span>}
      </legend>
      <div className={question.kind === 'likert' ? 'survey-likert' : 'survey-choices'}>
        {options.map((option) => (
          <label key={option.key} className="survey-option">
            <input
              type={multiple ? 'checkbox' : 'radio'}
              name={id}
              value={option.key}
              checked={chosen(option.value)}
              onChange={(e) => (multiple ? toggle(option.value as string, e.target.checked) : onChange(option.value))}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {error}
    </fieldset>
  );
}
