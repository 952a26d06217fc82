import type { IsoDate } from '../../periods/iso-date.js';

/** The audiences the plan names: 管理和执法人员、企业高管、知识产权师等各类人员. */
export const trainingAudiences = ['management', 'enforcement', 'executive', 'ip-practitioner', 'other'] as const;
export type TrainingAudience = (typeof trainingAudiences)[number];

export interface TrainingSession {
  id: string;
  title: string;
  heldOn: IsoDate;
  endsOn?: IsoDate;
  /** 人次: a person attending two sessions counts twice. */
  participants: number;
  audiences: TrainingAudience[];
  organiser: string;
  region?: string;
}
