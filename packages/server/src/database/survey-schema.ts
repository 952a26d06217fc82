/** The satisfaction survey tables (migration 20261208T1200-create-surveys). JSON columns hold text. */

export interface SurveysTable {
  county_id: string;
  survey_id: string;
  title: string;
  intro: string;
  year: number;
  opens_on: string;
  closes_on: string;
  published_at: string | null;
  closed_at: string | null;
  /** The open link's token (/s/<token>); unique across counties. */
  public_token: string;
  /** SurveySettings as JSON. */
  settings: string;
  current_version: number;
  /** The frozen result (FrozenSurveyResult as JSON) once closed. */
  result: string | null;
  demo: number;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
}

export interface SurveyQuestionnairesTable {
  county_id: string;
  survey_id: string;
  version: number;
  /** Questionnaire as JSON. */
  structure: string;
  created_at: string;
  created_by: string;
}

export interface SurveyChannelsTable {
  county_id: string;
  channel_id: string;
  survey_id: string;
  kind: 'enterprise' | 'association' | 'town' | 'other';
  name: string;
  created_at: string;
}

export interface SurveyInvitationsTable {
  county_id: string;
  code: string;
  survey_id: string;
  channel_id: string;
  created_at: string;
}

/** draft: being answered; counted: in the score; held: waiting for review; excluded: reviewed out. */
export type SurveyResponseStatus = 'draft' | 'counted' | 'held' | 'excluded';

export interface SurveyResponsesTable {
  county_id: string;
  response_id: string;
  survey_id: string;
  version: number;
  channel_id: string | null;
  invitation_code: string | null;
  device_token: string;
  status: SurveyResponseStatus;
  /** HoldReason[] as JSON. */
  hold_reasons: string;
  group_key: string | null;
  town: string | null;
  industry: string | null;
  /** Answers as JSON. */
  answers: string;
  /** The open-text answers, for the office's search. */
  search_text: string;
  /** SHA-256 of the survey and the client address: counts answers per address without keeping it. */
  address_hash: string;
  started_at: string;
  updated_at: string;
  submitted_at: string | null;
  reviewed_at: string | null;
  reviewed_by: string | null;
  demo: number;
}

export interface SurveyDatabase {
  surveys: SurveysTable;
  survey_questionnaires: SurveyQuestionnairesTable;
  survey_channels: SurveyChannelsTable;
  survey_invitations: SurveyInvitationsTable;
  survey_responses: SurveyResponsesTable;
}
