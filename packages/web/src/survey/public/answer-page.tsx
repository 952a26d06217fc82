import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Answer, Answers, PublicSurvey, Questionnaire, SurveyQuestion } from '@ipcounty/domain';
// The skip logic straight from its module, not through the domain's index: the index pulls in
// every rule of the platform (zod included), which would triple this page's download.
import { checkAnswers, visibleQuestions } from '../../../../domain/src/survey/skip-logic.js';
import { readDraft, writeDraft } from './draft-store.js';
import { text } from './public-text.js';
import { QuestionField } from './question-field.js';
import { surveyClient, SurveyRequestError } from './survey-client.js';

type Phase =
  | { kind: 'loading' }
  | { kind: 'answering' }
  | { kind: 'thanks'; already: boolean }
  | { kind: 'stopped'; message: string; retry?: boolean };

const QUESTIONS_PER_PAGE = 4;
const SAVE_DELAY_MS = 600;

/** Profile questions (who, where, which industry) form the first page; the rest go four to a page. */
function pagesOf(questions: readonly SurveyQuestion[]): SurveyQuestion[][] {
  const profile = questions.filter((q) => q.profile !== null);
  const rest = questions.filter((q) => q.profile === null);
  const pages = profile.length > 0 ? [profile] : [];
  for (let i = 0; i < rest.length; i += QUESTIONS_PER_PAGE) pages.push(rest.slice(i, i + QUESTIONS_PER_PAGE));
  return pages;
}

function messageOf(error: unknown): Phase {
  const code = error instanceof SurveyRequestError ? error.code : 'network';
  if (code === 'already_answered') return { kind: 'thanks', already: true };
  const message = { not_found: text.notFound, survey_closed: text.closed, survey_not_open: text.notOpen, invitation_required: text.invitationRequired }[code];
  return message ? { kind: 'stopped', message } : { kind: 'stopped', message: text.networkError, retry: true };
}

/**
 * 问卷作答页: one page of questions at a time, answers saved on the phone at once and on the server
 * shortly after each change, so a reload or a lost connection loses nothing.
 */
export function AnswerPage({ token }: { token: string }) {
  const [survey, setSurvey] = useState<PublicSurvey | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const [answers, setAnswers] = useState<Answers>(() => readDraft(token).answers);
  const [page, setPage] = useState(() => readDraft(token).page);
  const [deviceToken, setDeviceToken] = useState<string | undefined>(() => readDraft(token).deviceToken);
  const [invalid, setInvalid] = useState<readonly string[]>([]);
  const [saveState, setSaveState] = useState<'idle' | 'saving' | 'saved' | 'local'>('idle');
  const [submitting, setSubmitting] = useState(false);
  const honeypot = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const saveTimer = useRef<number | undefined>(undefined);

  const load = useCallback(async () => {
    setPhase({ kind: 'loading' });
    try {
      const loaded = await surveyClient.survey(token);
      setSurvey(loaded);
      if (loaded.status === 'closed') return setPhase({ kind: 'stopped', message: text.closed });
      if (loaded.status !== 'open') return setPhase({ kind: 'stopped', message: text.notOpen });
      const draft = await surveyClient.start(token, readDraft(token).deviceToken);
      if (draft.submitted) return setPhase({ kind: 'thanks', already: true });
      setDeviceToken(draft.deviceToken);
      // The phone's copy is at least as new as the server's (it is written first).
      setAnswers((local) => ({ ...draft.answers, ...local }));
      setPhase({ kind: 'answering' });
    } catch (error) {
      setPhase(messageOf(error));
    }
  }, [token]);

  useEffect(() => {
    void load();
  }, [load]);

  const questionnaire = useMemo(() => (survey ? ({ groups: [], dimensions: [], questions: survey.questions } as unknown as Questionnaire) : null), [survey]);
  // The group question decides what is asked; the groups themselves only need their keys here.
  const groupsKnown = useMemo(() => (questionnaire && survey ? { ...questionnaire, groups: survey.groups.map((g) => ({ ...g, weight: 1, targetSample: 0 })) } : null), [questionnaire, survey]);
  const visible = useMemo(() => (groupsKnown ? visibleQuestions(groupsKnown, answers) : []), [groupsKnown, answers]);
  const pages = useMemo(() => pagesOf(visible), [visible]);
  const current = Math.min(page, Math.max(pages.length - 1, 0));
  const numbers = useMemo(() => new Map(visible.map((q, i) => [q.key, i + 1])), [visible]);

  useEffect(() => {
    writeDraft(token, { ...(deviceToken ? { deviceToken } : {}), answers, page: current });
  }, [token, deviceToken, answers, current]);

  useEffect(() => {
    if (phase.kind === 'answering') heading.current?.focus();
  }, [current, phase.kind]);

  const scheduleSave = (next: Answers) => {
    if (!deviceToken) return;
    window.clearTimeout(saveTimer.current);
    setSaveState('saving');
    saveTimer.current = window.setTimeout(() => {
      surveyClient.saveDraft(token, deviceToken, next).then(
        () => setSaveState('saved'),
        () => setSaveState('local'),
      );
    }, SAVE_DELAY_MS);
  };

  const change = (key: string, answer: Answer | undefined) => {
    const next = { ...answers };
    if (answer === undefined) delete next[key];
    else next[key] = answer;
    setAnswers(next);
    setInvalid((list) => list.filter((k) => k !== key));
    scheduleSave(next);
  };

  const missingOn = (questions: readonly SurveyQuestion[]) => {
    if (!groupsKnown) return [];
    const missing = new Set(checkAnswers(groupsKnown, answers).missing);
    return questions.filter((q) => missing.has(q.key)).map((q) => q.key);
  };

  const focusFirst = (keys: readonly string[]) =>
    window.setTimeout(() => document.querySelector<HTMLElement>(`[name="q-${keys[0]}"], #q-${keys[0]}`)?.focus(), 0);

  const goTo = (next: number) => {
    setInvalid([]);
    setPage(next);
    window.scrollTo(0, 0);
  };

  const nextPage = () => {
    const missing = missingOn(pages[current] ?? []);
    if (missing.length > 0) {
      setInvalid(missing);
      focusFirst(missing);
      return;
    }
    goTo(current + 1);
  };

  const submit = async () => {
    const missing = missingOn(visible);
    if (missing.length > 0 || !deviceToken) {
      const first = pages.findIndex((p) => p.some((q) => missing.includes(q.key)));
      if (first >= 0 && first !== current) setPage(first);
      setInvalid(missing);
      focusFirst(missing);
      return;
    }
    setSubmitting(true);
    window.clearTimeout(saveTimer.current);
    try {
      await surveyClient.submit(token, deviceToken, answers, honeypot.current?.value ?? '');
      writeDraft(token, { deviceToken, answers: {}, page: 0 });
      setPhase({ kind: 'thanks', already: false });
    } catch (error) {
      if (error instanceof SurveyRequestError && error.code === 'answers_incomplete') {
        const details = error.details as { missing?: string[] } | undefined;
        setInvalid(details?.missing ?? []);
      } else setPhase(messageOf(error));
    } finally {
      setSubmitting(false);
    }
  };

  if (phase.kind === 'loading')
    return (
      <main className="survey-main" aria-busy="true">
        <p className="survey-status">{text.loading}</p>
      </main>
    );

  if (phase.kind === 'thanks')
    return (
      <main className="survey-main">
        <div className="survey-done">
          <div className="survey-done-mark" aria-hidden="true">✓</div>
          <h1 tabIndex={-1} ref={(el) => el?.focus()}>{phase.already ? text.alreadyTitle : text.thanksTitle}</h1>
          <p>{phase.already ? text.alreadyBody : text.thanksBody}</p>
        </div>
      </main>
    );

  if (phase.kind === 'stopped')
    return (
      <main className="survey-main">
        {survey && <h1 className="survey-title">{survey.title}</h1>}
        <p className="survey-notice" role="alert">{phase.message}</p>
        {phase.retry && (
          <button type="button" className="survey-button primary" onClick={() => void load()}>
            {text.retry}
          </button>
        )}
      </main>
    );

  const onPage = pages[current] ?? [];
  const last = current >= pages.length - 1;
  return (
    <main className="survey-main">
      <header className="survey-header">
        <h1 className="survey-title">{survey!.title}</h1>
        {current === 0 && survey!.intro && <p className="survey-intro">{survey!.intro}</p>}
        {current === 0 && <p className="survey-meta">{text.privacy} {text.closesOn(survey!.closesOn)}</p>}
      </header>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (last) void submit();
          else nextPage();
        }}
      >
        <h2 className="survey-page" tabIndex={-1} ref={heading}>
          {text.page(current + 1, pages.length)}
        </h2>
        <div className="survey-progress" role="progressbar" aria-label={text.page(current + 1, pages.length)} aria-valuemin={1} aria-valuemax={pages.length} aria-valuenow={current + 1}>
          <div style={{ width: `${((current + 1) / Math.max(pages.length, 1)) * 100}%` }} />
        </div>
        {invalid.length > 0 && (
          <p className="survey-notice" role="alert">
            {text.missingSummary(invalid.length)}
          </p>
        )}
        {onPage.map((q) => (
          <QuestionField key={q.key} question={q} number={numbers.get(q.key) ?? 0} answer={answers[q.key]} invalid={invalid.includes(q.key)} onChange={(a) => change(q.key, a)} />
        ))}
        {/* A field people never see or reach; automated form fillers write into it. */}
        <div className="survey-trap" aria-hidden="true">
          <label>
            {text.honeypot}
            <input ref={honeypot} type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
          </label>
        </div>
        <div className="survey-actions">
          {current > 0 && (
            <button type="button" className="survey-button" onClick={() => goTo(current - 1)}>
              {text.previous}
            </button>
          )}
          <button type="submit" className="survey-button primary" disabled={submitting}>
            {last ? (submitting ? text.submitting : text.submit) : text.next}
          </button>
        </div>
        <p className="survey-saved" aria-live="polite">
          {saveState === 'saving' ? text.saving : saveState === 'saved' ? text.saved : saveState === 'local' ? text.savedLocally : ''}
        </p>
      </form>
    </main>
  );
}
