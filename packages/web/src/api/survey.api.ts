import type { HeldResponse, InvitationCard, OpenTextAnswer, Questionnaire, SurveyDetail, SurveyResults, SurveySettings, SurveySummary } from '@ipcounty/domain';
import { apiRequest } from './client.js';

/** /api/surveys: the shapes are the domain's API contracts. */
export type { HeldResponse, InvitationCard, OpenTextAnswer, SurveyDetail, SurveyResults, SurveySummary } from '@ipcounty/domain';

export interface SurveyDetailsInput {
  title: string;
  intro: string;
  year: number;
  opensOn: string;
  closesOn: string;
  settings?: SurveySettings;
}

const at = (id: string) => `/api/surveys/${encodeURIComponent(id)}`;

export const surveyApi = {
  list: (signal?: AbortSignal) => apiRequest<SurveySummary[]>('/api/surveys', { signal }),
  create: (input: SurveyDetailsInput) => apiRequest<{ id: string }>('/api/surveys', { method: 'POST', body: input }),
  get: (id: string, signal?: AbortSignal) => apiRequest<SurveyDetail>(at(id), { signal }),
  saveDetails: (id: string, input: SurveyDetailsInput) => apiRequest<void>(at(id), { method: 'PUT', body: input }),
  /** Quiet: the builder lists the problems itself. */
  saveQuestionnaire: (id: string, questionnaire: Questionnaire) =>
    apiRequest<{ version: number; newVersion: boolean }>(`${at(id)}/questionnaire`, { method: 'PUT', body: questionnaire, quiet: true }),
  publish: (id: string) => apiRequest<void>(`${at(id)}/publish`, { method: 'POST' }),
  close: (id: string) => apiRequest<{ score: number | null; frozenAt: string }>(`${at(id)}/close`, { method: 'POST' }),
  addChannel: (id: string, input: { kind: string; name: string; codes: number }) => apiRequest<{ channelId: string; codes: string[] }>(`${at(id)}/channels`, { method: 'POST', body: input }),
  invitations: (id: string, channel: string | undefined, signal?: AbortSignal) =>
    apiRequest<InvitationCard[]>(`${at(id)}/invitations${channel ? `?channel=${encodeURIComponent(channel)}` : ''}`, { signal }),
  results: (id: string, signal?: AbortSignal) => apiRequest<SurveyResults>(`${at(id)}/results`, { signal }),
  held: (id: string, signal?: AbortSignal) => apiRequest<HeldResponse[]>(`${at(id)}/held`, { signal }),
  review: (id: string, responseId: string, decision: 'count' | 'exclude') => apiRequest<void>(`${at(id)}/responses/${responseId}/review`, { method: 'POST', body: { decision } }),
  openText: (id: string, q: string, signal?: AbortSignal) => apiRequest<OpenTextAnswer[]>(`${at(id)}/open-text?q=${encodeURIComponent(q)}`, { signal }),
  exportUrl: (id: string) => `${at(id)}/export`,
};
