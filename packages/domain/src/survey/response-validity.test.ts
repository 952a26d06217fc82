import { describe, expect, it } from 'vitest';
import { holdReasons } from './response-validity.js';
import { surveyStatus } from './survey-status.js';

const guards = { minimumSeconds: 60, perAddressPerHour: 20 };
const honest = { honeypot: '', startedAt: '2026-12-07T02:00:00Z', submittedAt: '2026-12-07T02:04:00Z', recentFromAddress: 3 };

describe('bot-like answers are held for review', () => {
  it('counts an honest answer at once', () => expect(holdReasons(honest, guards)).toEqual([]));
  it('holds an answer that filled the hidden field', () => expect(holdReasons({ ...honest, honeypot: 'x' }, guards)).toEqual(['honeypot']));
  it('holds an answer sent 59 s after opening, not one sent after 60 s', () => {
    expect(holdReasons({ ...honest, submittedAt: '2026-12-07T02:00:59Z' }, guards)).toEqual(['too-fast']);
    expect(holdReasons({ ...honest, submittedAt: '2026-12-07T02:01:00Z' }, guards)).toEqual([]);
  });
  it('holds the 21st answer from one address within the hour', () => {
    expect(holdReasons({ ...honest, recentFromAddress: 19 }, guards)).toEqual([]);
    expect(holdReasons({ ...honest, recentFromAddress: 20 }, guards)).toEqual(['address-rate']);
  });
});

describe('the survey lifecycle', () => {
  const survey = { publishedAt: '2026-11-01T00:00:00Z', closedAt: null, opensOn: '2026-11-10', closesOn: '2026-12-31' };
  it('is open from its opening to its closing day, both included, in China', () => {
    expect(surveyStatus(survey, '2026-11-09')).toBe('scheduled');
    expect(surveyStatus(survey, '2026-11-10')).toBe('open');
    expect(surveyStatus(survey, '2026-12-31')).toBe('open');
    expect(surveyStatus(survey, '2027-01-01')).toBe('closed');
  });
  it('takes no answers before it is published, and none after the office closed it', () => {
    expect(surveyStatus({ ...survey, publishedAt: null }, '2026-11-20')).toBe('draft');
    expect(surveyStatus({ ...survey, closedAt: '2026-11-20T08:00:00Z' }, '2026-11-20')).toBe('closed');
  });
});
