import type { Principal } from '@ipcounty/domain';
import type { TestApp } from '../../http/__tests__/test-app.js';

/** The people of the supervision tests, one per role and data scope. */
export const people = {
  office: { id: 'office-1', roles: ['program-office'] },
  /** The head of the office: a second office account, so the one who signs is never the one who sent it for signature. */
  head: { id: 'office-head-1', roles: ['program-office'] },
  leader: { id: 'leader-1', roles: ['leader'] },
  /** 黎城街道's reporter: own town. */
  licheng: { id: 'licheng-1', roles: ['town-reporter'], regionCode: 'licheng' },
  /** 金北街道's reporter. */
  jinbei: { id: 'jinbei-1', roles: ['town-reporter'], regionCode: 'jinbei' },
  /** 县人社局's reporter: own unit. */
  hr: { id: 'hr-1', roles: ['unit-reporter'], unitCode: 'human-resources' },
  /** 县市场监管局's reporter. */
  amr: { id: 'amr-1', roles: ['unit-reporter'], unitCode: 'market-supervision' },
} satisfies Record<string, Principal>;

export type Person = keyof typeof people;

/** A request to the test app as one of the people. */
export async function as(t: TestApp, who: Person | null, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown) {
  t.actAs(who ? people[who] : null);
  return t.app.inject({ method, url, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
}

export const reportUrl = (id: string, action = '') => `/api/supervision/reports/${encodeURIComponent(id)}${action ? `/${action}` : ''}`;

/** 2026 task 20 (强化知识产权人才培训): 黎城街道 leads, 县人社局 co-operates; both report training figures. */
export const trainingItem = {
  year: 2026,
  taskNumber: 20,
  title: '举办知识产权培训班',
  leadUnit: 'licheng',
  cooperatingUnits: ['human-resources'],
  deadline: '2026-06-30',
  expectedOutput: '培训通知、签到表、照片',
  milestones: [{ title: '印发培训通知', due: '2026-04-15' }],
  figures: ['training-participants', 'training-sessions'],
};

export const content = (progress: string, figures: Record<string, number> = {}, extra: Record<string, unknown> = {}) => ({
  content: { progress, indicatorValues: figures, problems: '', nextSteps: '', evidence: [], ...extra },
});

/** Create the training item and open 2026-Q1 as the office; returns the item id and the two report ids. */
export async function trainingRound(t: TestApp, roundId = '2026-Q1') {
  const created = await as(t, 'office', 'POST', '/api/supervision/work-items', trainingItem);
  if (created.statusCode !== 201) throw new Error(`could not create the work item: ${created.body}`);
  const itemId = created.json().item.id as string;
  const opened = await as(t, 'office', 'POST', '/api/supervision/rounds', { year: 2026, roundId });
  if (opened.statusCode !== 200) throw new Error(`could not open ${roundId}: ${opened.body}`);
  return { itemId, lead: `${roundId}/${itemId}/licheng`, cooperating: `${roundId}/${itemId}/human-resources` };
}

/**
 * Sign every 督办单 the ladder drafted, as it happens in the office: the office sends each draft for
 * signature and the head of the office signs it. Returns the 文号 issued, in the order signed.
 */
export async function issueDrafts(t: TestApp): Promise<string[]> {
  const drafts = (await as(t, 'office', 'GET', '/api/supervision/notice-drafts')).json().drafts as { id: string; state: string; createdAt: string }[];
  const numbers: string[] = [];
  for (const draft of drafts.filter((d) => d.state === 'draft').reverse()) {
    const submitted = await as(t, 'office', 'POST', `/api/supervision/notice-drafts/${draft.id}/submit`);
    if (submitted.statusCode !== 200) throw new Error(`could not send ${draft.id} for signature: ${submitted.body}`);
    const signed = await as(t, 'head', 'POST', `/api/supervision/notice-drafts/${draft.id}/approve`);
    if (signed.statusCode !== 200) throw new Error(`could not sign ${draft.id}: ${signed.body}`);
    numbers.push(signed.json().documentNumber as string);
  }
  return numbers;
}
