import { randomInt, randomUUID } from 'node:crypto';
import { changeSurvey, type SurveyCommandProps } from './survey-change.js';
import type { ChannelInput } from './survey-input.schema.js';
import { surveyRepository } from './survey.repository.js';

// No 0/O, 1/I/L: a code is typed from paper as often as scanned.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** An invitation code: 8 characters from 31, about 8.5e11 codes, so guessing one is hopeless. */
export function invitationCode(): string {
  let code = '';
  for (let i = 0; i < 8; i += 1) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

/** 新增调查渠道: an enterprise, association or town, with as many one-time invitation codes as asked. */
export function addSurveyChannel(props: SurveyCommandProps & { input: ChannelInput }): Promise<{ channelId: string; codes: string[] }> {
  const { input } = props;
  return changeSurvey(props, async (tx, survey, at) => {
    const channelId = randomUUID();
    const codes = new Set<string>();
    while (codes.size < input.codes) codes.add(invitationCode());
    await surveyRepository.insertChannel(tx, { county_id: props.countyId, channel_id: channelId, survey_id: survey.survey_id, kind: input.kind, name: input.name, created_at: at }, [...codes]);
    return { result: { channelId, codes: [...codes] }, before: null, after: { channelId, kind: input.kind, name: input.name, codes: input.codes } };
  });
}
