/**
 * Checks against automated answers. A response that fails one is held for the office to review
 * (待审核), never dropped: a shared office address or a fast, honest respondent must not lose an
 * answer, and the office sees why each one was held.
 */
export interface ResponseGuards {
  /** Seconds from opening the questionnaire to submitting it below which an answer is held. */
  minimumSeconds: number;
  /** Answers from one address within an hour above which further ones are held. */
  perAddressPerHour: number;
}

/** Defaults the office can change per survey; neither comes from an official method. */
export const defaultResponseGuards: ResponseGuards = { minimumSeconds: 60, perAddressPerHour: 20 };

export type HoldReason = 'honeypot' | 'too-fast' | 'address-rate';

export interface SubmissionFacts {
  /** The hidden field people never see; a form filler writes into it. */
  honeypot: string;
  startedAt: string;
  submittedAt: string;
  /** Answers already submitted from the same address within the hour before this one. */
  recentFromAddress: number;
}

/** Why a submission is held; empty when it counts at once. */
export function holdReasons(facts: SubmissionFacts, guards: ResponseGuards): HoldReason[] {
  const reasons: HoldReason[] = [];
  if (facts.honeypot.trim() !== '') reasons.push('honeypot');
  const seconds = (Date.parse(facts.submittedAt) - Date.parse(facts.startedAt)) / 1000;
  if (!(seconds >= guards.minimumSeconds)) reasons.push('too-fast');
  if (facts.recentFromAddress >= guards.perAddressPerHour) reasons.push('address-rate');
  return reasons;
}
