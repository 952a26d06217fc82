import type { Answers, PublicSurvey, SurveyDraft } from '@ipcounty/domain';

/**
 * The answer page's calls: same-origin fetch, JSON, no session and no office code. An error keeps
 * the server's code so the page can say what happened in its own words.
 */
export class SurveyRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly details?: unknown,
  ) {
    super(code);
  }
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`/api/public/surveys/${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) {
    const error = (await response.json().catch(() => null)) as { error?: { code?: string; details?: unknown } } | null;
    throw new SurveyRequestError(response.status, error?.error?.code ?? 'network', error?.error?.details);
  }
  return (response.status === 204 ? undefined : await response.json()) as T;
}

const at = (token: string) => encodeURIComponent(token);

export const surveyClient = {
  survey: (token: string) => call<PublicSurvey>('GET', at(token)),
  start: (token: string, deviceToken: string | undefined) => call<SurveyDraft>('POST', `${at(token)}/start`, deviceToken ? { deviceToken } : {}),
  saveDraft: (token: string, deviceToken: string, answers: Answers) => call<void>('PUT', `${at(token)}/draft`, { deviceToken, answers }),
  submit: (token: string, deviceToken: string, answers: Answers, website: string) => call<void>('POST', `${at(token)}/submit`, { deviceToken, answers, website }),
};
