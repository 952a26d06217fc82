import { defaultResponseGuards, type SurveySettings } from '@ipcounty/domain';
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

export const surveySettingsSchema = z.object({
  minimumSeconds: z.number().int().min(0).max(3600),
  perAddressPerHour: z.number().int().min(1).max(10_000),
  requireInvitation: z.boolean(),
}) satisfies z.ZodType<SurveySettings>;

export const defaultSurveySettings: SurveySettings = { ...defaultResponseGuards, requireInvitation: false };

/** What the office gives to create a survey (from the national template) or change its details. */
export const surveyDetailsSchema = z
  .object({
    title: z.string().trim().min(1).max(200),
    intro: z.string().trim().max(2000).default(''),
    year: z.number().int().min(2000).max(2100),
    opensOn: isoDate,
    closesOn: isoDate,
    settings: surveySettingsSchema.default(defaultSurveySettings),
  })
  .refine((d) => d.opensOn <= d.closesOn, { message: '结束日期不能早于开始日期 / The closing day is before the opening day', path: ['closesOn'] });
export type SurveyDetailsInput = z.infer<typeof surveyDetailsSchema>;

export const channelKinds = ['enterprise', 'association', 'town', 'other'] as const;
export const channelSchema = z.object({
  kind: z.enum(channelKinds),
  name: z.string().trim().min(1).max(100),
  codes: z.number().int().min(1).max(500),
});
export type ChannelInput = z.infer<typeof channelSchema>;

const answer = z.union([z.string().max(2000), z.number().int().min(1).max(5), z.array(z.string().max(64)).max(60)]);
/** A respondent's answers: at most 200 questions, each bounded. */
export const answersSchema = z.record(z.string().max(64), answer).refine((a) => Object.keys(a).length <= 200, 'too many answers');

/** A device token or a code: URL-safe text the server made. */
export const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{4,64}$/);
