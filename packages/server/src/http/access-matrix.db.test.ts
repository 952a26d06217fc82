import type { RoleId } from '@ipcounty/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedAccount, seedPassword } from '../accounts/__tests__/seed-accounts.js';
import { createTestApp, type TestApp } from './__tests__/test-app.js';
import { TestBrowser } from './__tests__/test-browser.js';

/**
 * The role × endpoint matrix (DJ-AC-01, AS-AC-02, F-5). Every route the server has must appear
 * here with the roles that may use it, decided by a person and written down; the test walks every
 * route × every role with real sessions (signed in as seeded users) and anonymously, and fails for
 * a route the table does not know, so no endpoint can be added without deciding who may call it.
 *
 * `allow`: these roles get a 2xx or a 4xx other than 401/403 (a 400 for an empty body, a 404 for
 * an id that does not exist: they got past the access check); every other role gets 403 with no
 * data. `anonymous`: 'allowed' for public routes, 401 otherwise.
 */

const sys = 'system-admin';
const sec = 'security-admin';
const aud = 'audit-admin';
const office = 'program-office';
const unitReporter = 'unit-reporter';
const townReporter = 'town-reporter';
const leader = 'leader';
const expert = 'expert';

const everyone: readonly RoleId[] = [sys, sec, aud, office, unitReporter, townReporter, leader, expert];
/** Every business role reads the plan: it is a published county document. */
const planReaders: readonly RoleId[] = [office, unitReporter, townReporter, leader, expert];
/** evaluation.read: the office and leaders over all, units over their own, experts over their evaluation. */
const evaluationReaders: readonly RoleId[] = [office, unitReporter, townReporter, leader, expert];

interface Entry {
  anonymous: 'allowed' | 401;
  allow: readonly RoleId[];
}

const matrix: Record<string, Entry> = {
  'GET /api/health': { anonymous: 'allowed', allow: everyone },

  // 县（市） and 全省对比: the header's switch for anyone signed in; adding a county for the
  // installation administrator (the system administrator of the installation's county); the
  // comparison for the provincial office alone, a role none of these accounts holds.
  'GET /api/counties': { anonymous: 401, allow: everyone },
  'POST /api/counties': { anonymous: 401, allow: [sys] },
  'GET /api/province/comparison': { anonymous: 401, allow: [] },
  'GET /api/province/comparison.xlsx': { anonymous: 401, allow: [] },

  // 工作方案
  'GET /api/plan': { anonymous: 401, allow: planReaders },
  'GET /api/plan/export': { anonymous: 401, allow: planReaders },
  'PUT /api/plan': { anonymous: 401, allow: [office] },
  'GET /api/plan/revisions': { anonymous: 401, allow: planReaders },
  'GET /api/plan/revisions/:revision': { anonymous: 401, allow: planReaders },
  'GET /api/plan/responsibility-matrix.xlsx': { anonymous: 401, allow: planReaders },
  'POST /api/plan/document': { anonymous: 401, allow: [office] },
  'POST /api/plan/dependents': { anonymous: 401, allow: [office] },
  'POST /api/plan/revisions': { anonymous: 401, allow: [office] },

  // One's own session, password and authenticator: anyone signed in.
  'POST /api/session': { anonymous: 'allowed', allow: everyone },
  'GET /api/session': { anonymous: 401, allow: everyone },
  'DELETE /api/session': { anonymous: 401, allow: everyone },
  'POST /api/session/password': { anonymous: 401, allow: everyone },
  'GET /api/session/all': { anonymous: 401, allow: everyone },
  'DELETE /api/session/all': { anonymous: 401, allow: everyone },
  'DELETE /api/session/all/:sessionId': { anonymous: 401, allow: everyone },
  'POST /api/session/mfa': { anonymous: 401, allow: everyone },
  'POST /api/session/mfa/confirm': { anonymous: 401, allow: everyone },
  'POST /api/session/mfa/remove': { anonymous: 401, allow: everyone },

  // 系统管理员: accounts.
  'GET /api/users': { anonymous: 401, allow: [sys] },
  'POST /api/users': { anonymous: 401, allow: [sys] },
  'PATCH /api/users/:id': { anonymous: 401, allow: [sys] },
  'POST /api/users/:id/disable': { anonymous: 401, allow: [sys] },
  'POST /api/users/:id/enable': { anonymous: 401, allow: [sys] },
  'POST /api/users/:id/reset-password': { anonymous: 401, allow: [sys] },

  // 安全管理员: grants, unlocking, policy, sessions.
  'GET /api/security/users': { anonymous: 401, allow: [sec] },
  'GET /api/security/scopes': { anonymous: 401, allow: [sec] },
  'PUT /api/security/users/:id/roles': { anonymous: 401, allow: [sec] },
  'POST /api/security/users/:id/unlock': { anonymous: 401, allow: [sec] },
  'POST /api/security/users/:id/mfa-reset': { anonymous: 401, allow: [sec] },
  'GET /api/security/policy': { anonymous: 401, allow: [sec] },
  'PUT /api/security/policy': { anonymous: 401, allow: [sec] },
  'GET /api/security/permissions': { anonymous: 401, allow: [sec] },
  'PUT /api/security/permissions': { anonymous: 401, allow: [sec] },
  'GET /api/security/sessions': { anonymous: 401, allow: [sec] },
  'DELETE /api/security/sessions/:sessionId': { anonymous: 401, allow: [sec] },

  // 审计管理员: the audit log.
  'GET /api/audit': { anonymous: 401, allow: [aud] },
  'GET /api/audit/export': { anonymous: 401, allow: [aud] },
  'GET /api/audit/verify': { anonymous: 401, allow: [aud] },

  // 督查考核 (supervision). Added from each route's declared permission and the role table when
  // this test met them; the // comment names that permission.
  'GET /api/supervision/work-plan': { anonymous: 401, allow: planReaders }, // workitems.read
  'POST /api/supervision/work-items': { anonymous: 401, allow: [office] }, // workitems.write
  'PUT /api/supervision/work-items/:itemId': { anonymous: 401, allow: [office] }, // workitems.write
  'DELETE /api/supervision/work-items/:itemId': { anonymous: 401, allow: [office] }, // workitems.write
  'PUT /api/supervision/work-items/:itemId/progress': { anonymous: 401, allow: [office, unitReporter, townReporter] }, // workitems.progress
  'POST /api/supervision/work-plan/copy': { anonymous: 401, allow: [office] }, // workitems.write
  'POST /api/supervision/work-plan/generate': { anonymous: 401, allow: [office] }, // workitems.write
  'PUT /api/supervision/targets/:year/:indicatorCode': { anonymous: 401, allow: [office] }, // workitems.write
  'DELETE /api/supervision/targets/:year/:indicatorCode': { anonymous: 401, allow: [office] }, // workitems.write
  'GET /api/supervision/years/:year/settings': { anonymous: 401, allow: planReaders }, // workitems.read
  'PUT /api/supervision/years/:year/settings': { anonymous: 401, allow: [office] }, // workitems.write
  'GET /api/supervision/rounds': { anonymous: 401, allow: planReaders }, // reports.read
  'POST /api/supervision/rounds': { anonymous: 401, allow: [office] }, // reports.review
  'GET /api/supervision/reports/:reportId': { anonymous: 401, allow: planReaders }, // reports.read
  'PUT /api/supervision/reports/:reportId': { anonymous: 401, allow: [unitReporter, townReporter] }, // reports.submit
  'POST /api/supervision/reports/:reportId/submit': { anonymous: 401, allow: [unitReporter, townReporter] }, // reports.submit
  'POST /api/supervision/reports/:reportId/withdraw': { anonymous: 401, allow: [unitReporter, townReporter] }, // reports.submit
  'POST /api/supervision/reports/:reportId/approve': { anonymous: 401, allow: [office] }, // reports.review
  'POST /api/supervision/reports/:reportId/return': { anonymous: 401, allow: [office] }, // reports.review
  'POST /api/supervision/reports/:reportId/reopen': { anonymous: 401, allow: [office] }, // reports.review
  'POST /api/supervision/reports/:reportId/attachments': { anonymous: 401, allow: [unitReporter, townReporter] }, // reports.submit
  'GET /api/supervision/attachments/:attachmentId': { anonymous: 401, allow: planReaders }, // reports.read
  'GET /api/supervision/reported-values': { anonymous: 401, allow: planReaders }, // reports.read
  'POST /api/supervision/run': { anonymous: 401, allow: [office] }, // reports.review
  'GET /api/supervision/run/preview': { anonymous: 401, allow: [office] }, // reports.review
  'GET /api/supervision/notice-drafts': { anonymous: 401, allow: [office] }, // reports.review
  'PUT /api/supervision/notice-drafts/:draftId': { anonymous: 401, allow: [office] }, // reports.review
  'POST /api/supervision/notice-drafts/:draftId/submit': { anonymous: 401, allow: [office] }, // reports.review
  'POST /api/supervision/notice-drafts/:draftId/return': { anonymous: 401, allow: [office] }, // reports.review
  'POST /api/supervision/notice-drafts/:draftId/withdraw': { anonymous: 401, allow: [office] }, // reports.review
  'POST /api/supervision/notice-drafts/:draftId/approve': { anonymous: 401, allow: [office] }, // reports.review
  'GET /api/supervision/unreachable': { anonymous: 401, allow: [office] }, // reports.review
  'GET /api/supervision/notifications': { anonymous: 401, allow: planReaders }, // reports.read
  'POST /api/supervision/notifications/:notificationId/read': { anonymous: 401, allow: everyone }, // signed in
  'GET /api/supervision/reminders': { anonymous: 401, allow: planReaders }, // reports.read
  'GET /api/supervision/notices': { anonymous: 401, allow: planReaders }, // reports.read
  'GET /api/supervision/notices/:noticeId': { anonymous: 401, allow: planReaders }, // reports.read
  'GET /api/supervision/notices/:noticeId/document.docx': { anonymous: 401, allow: planReaders }, // reports.read
  'GET /api/supervision/contacts': { anonymous: 401, allow: planReaders }, // reports.read
  'PUT /api/supervision/contacts/:unitCode': { anonymous: 401, allow: [office] }, // reports.review
  'GET /api/supervision/dashboard': { anonymous: 401, allow: planReaders }, // workitems.read
  'GET /api/supervision/assessment': { anonymous: 401, allow: planReaders }, // reports.read
  // exports.run, narrowed by the service: reporters hold exports.run for their own data, but the
  // county-wide ranking is exported by the office and leaders only.
  'GET /api/supervision/assessment.xlsx': { anonymous: 401, allow: [office, leader] },
  'POST /api/supervision/adjustments': { anonymous: 401, allow: [office] }, // reports.review
  'DELETE /api/supervision/adjustments/:id': { anonymous: 401, allow: [office] }, // reports.review

  // 文档: the office writes the 自评报告 and generates documents; every reader of reports reads the
  // archive within their data scope (a town its own statistical reports) and the StratML export.
  'GET /api/documents/narratives': { anonymous: 401, allow: [office] }, // reports.review
  'PUT /api/documents/narratives/:section': { anonymous: 401, allow: [office] }, // reports.review
  'POST /api/documents/acceptance-packages': { anonymous: 401, allow: [office] }, // reports.review
  'POST /api/documents/statistical-reports': { anonymous: 401, allow: [office] }, // reports.review
  'POST /api/documents/evaluation-reports': { anonymous: 401, allow: [office] }, // reports.review
  'GET /api/documents/archive': { anonymous: 401, allow: planReaders }, // reports.read
  'GET /api/documents/archive/:documentId': { anonymous: 401, allow: planReaders }, // reports.read
  'GET /api/documents/archive/:documentId/files/:name': { anonymous: 401, allow: planReaders }, // reports.read
  'GET /api/documents/stratml.xml': { anonymous: 401, allow: planReaders }, // reports.read

  // 统计监测 (indicators): dashboard.read to read; registers.write to change what the office enters;
  // the downloads also need exports.run (the office and leaders hold both).
  'GET /api/indicators': { anonymous: 401, allow: [office, leader] },
  'GET /api/presumed-lapses': { anonymous: 401, allow: [office, leader] },
  'GET /api/indicators/export.xlsx': { anonymous: 401, allow: [office, leader] },
  'GET /api/indicators/official-values': { anonymous: 401, allow: [office, leader] },
  'GET /api/indicators/:code': { anonymous: 401, allow: [office, leader] },
  'GET /api/indicators/:code/records': { anonymous: 401, allow: [office, leader] },
  'GET /api/indicators/:code/records.xlsx': { anonymous: 401, allow: [office, leader] },
  'GET /api/indicators/:code/export.xlsx': { anonymous: 401, allow: [office, leader] },
  'GET /api/indicators/:code/settings': { anonymous: 401, allow: [office, leader] },
  'PUT /api/indicators/:code/settings': { anonymous: 401, allow: [office] },
  'GET /api/indicators/:code/official-values': { anonymous: 401, allow: [office, leader] },
  'POST /api/indicators/:code/official-values': { anonymous: 401, allow: [office] },
  'PUT /api/indicators/:code/official-values/:id': { anonymous: 401, allow: [office] },
  'DELETE /api/indicators/:code/official-values/:id': { anonymous: 401, allow: [office] },
  'GET /api/indicators/:code/manual-values': { anonymous: 401, allow: [office, leader] },
  'POST /api/indicators/:code/manual-values': { anonymous: 401, allow: [office] },
  'PUT /api/indicators/:code/manual-values/:id': { anonymous: 401, allow: [office] },
  'DELETE /api/indicators/:code/manual-values/:id': { anonymous: 401, allow: [office] },

  // 评估验收 (evaluation). evaluation.read reaches the office and leaders over everything, units
  // over their own parts and items, experts over the evaluation they sit on (checked per object);
  // evaluation.assign is the office's; evaluation.score the experts'; evaluation.respond the units'.
  'GET /api/evaluation/overview': { anonymous: 401, allow: evaluationReaders },
  'GET /api/evaluation/phases': { anonymous: 401, allow: evaluationReaders },
  'PUT /api/evaluation/phases/deliverables/:deliverableId': { anonymous: 401, allow: [office] },
  'POST /api/evaluation/files': { anonymous: 401, allow: evaluationReaders },
  'GET /api/evaluation/files/:fileId': { anonymous: 401, allow: evaluationReaders },
  'GET /api/evaluation/evidence-candidates': { anonymous: 401, allow: evaluationReaders },
  'POST /api/evaluation/evaluations/:evaluationId/reserve-call-in': { anonymous: 401, allow: [office] },
  'GET /api/evaluation/self-checks': { anonymous: 401, allow: evaluationReaders },
  'POST /api/evaluation/self-checks': { anonymous: 401, allow: [office] },
  'GET /api/evaluation/self-checks/:selfCheckId': { anonymous: 401, allow: evaluationReaders },
  'PUT /api/evaluation/self-checks/:selfCheckId/tasks/:taskNumber/parts/:unitCode': { anonymous: 401, allow: [unitReporter, townReporter] },
  'PUT /api/evaluation/self-checks/:selfCheckId/tasks/:taskNumber/rating': { anonymous: 401, allow: [office] },
  'POST /api/evaluation/self-checks/:selfCheckId/close': { anonymous: 401, allow: [office] },
  'GET /api/evaluation/rectifications': { anonymous: 401, allow: evaluationReaders },
  'POST /api/evaluation/rectifications': { anonymous: 401, allow: [office] },
  'GET /api/evaluation/rectifications/:itemId': { anonymous: 401, allow: evaluationReaders },
  'POST /api/evaluation/rectifications/:itemId/answer': { anonymous: 401, allow: [unitReporter, townReporter] },
  'POST /api/evaluation/rectifications/:itemId/decision': { anonymous: 401, allow: [office] },
  'POST /api/evaluation/rectifications/:itemId/close': { anonymous: 401, allow: [office] },
  'GET /api/supervision/notices/:noticeId/answers': { anonymous: 401, allow: planReaders }, // reports.read
  'POST /api/supervision/notices/:noticeId/answer': { anonymous: 401, allow: [unitReporter, townReporter] },
  'POST /api/supervision/notices/:noticeId/decision': { anonymous: 401, allow: [office] }, // reports.review
  'GET /api/evaluation/experts': { anonymous: 401, allow: [office] },
  'POST /api/evaluation/experts': { anonymous: 401, allow: [office] },
  'PUT /api/evaluation/experts/:expertId': { anonymous: 401, allow: [office] },
  'GET /api/evaluation/experts/template.xlsx': { anonymous: 401, allow: [office] },
  'POST /api/evaluation/experts/import': { anonymous: 401, allow: [office] },
  'GET /api/evaluation/index-templates': { anonymous: 401, allow: [office] },
  'POST /api/evaluation/index-templates': { anonymous: 401, allow: [office] },
  'GET /api/evaluation/evaluations': { anonymous: 401, allow: evaluationReaders },
  'POST /api/evaluation/evaluations': { anonymous: 401, allow: [office] },
  'GET /api/evaluation/evaluations/:evaluationId': { anonymous: 401, allow: evaluationReaders },
  'PUT /api/evaluation/evaluations/:evaluationId': { anonymous: 401, allow: [office] },
  'POST /api/evaluation/evaluations/:evaluationId/draw': { anonymous: 401, allow: [office] },
  'PUT /api/evaluation/evaluations/:evaluationId/scores': { anonymous: 401, allow: [expert] },
  'POST /api/evaluation/evaluations/:evaluationId/questions': { anonymous: 401, allow: [expert] },
  'PUT /api/evaluation/evaluations/:evaluationId/questions/:questionId/answer': { anonymous: 401, allow: [office] },
  'POST /api/evaluation/evaluations/:evaluationId/findings': { anonymous: 401, allow: [expert] },
  'POST /api/evaluation/evaluations/:evaluationId/sign-off': { anonymous: 401, allow: [expert] },
  'POST /api/evaluation/evaluations/:evaluationId/close': { anonymous: 401, allow: [office] },
  'GET /api/evaluation/dossiers/:taskNumber': { anonymous: 401, allow: evaluationReaders },
  'GET /api/evaluation/dossiers/:taskNumber/export': { anonymous: 401, allow: evaluationReaders },

  // 统计监测台账 (registers): registers.read to read (the office, town reporters for their town,
  // leaders); registers.write to edit (the office); exports.run to export; imports.run to import —
  // narrowed by the service to users whose data scope has regions (the office, town reporters).
  'GET /api/registers': { anonymous: 401, allow: [office, townReporter, leader] },
  'GET /api/registers/settings/key-industries': { anonymous: 401, allow: [office, townReporter, leader] },
  'PUT /api/registers/settings/key-industries': { anonymous: 401, allow: [office] },
  'GET /api/registers/:kind': { anonymous: 401, allow: [office, townReporter, leader] },
  'GET /api/registers/:kind/export.xlsx': { anonymous: 401, allow: [office, unitReporter, townReporter, leader] },
  'POST /api/registers/:kind': { anonymous: 401, allow: [office] },
  'GET /api/registers/:kind/:key': { anonymous: 401, allow: [office, townReporter, leader] },
  'PUT /api/registers/:kind/:key': { anonymous: 401, allow: [office] },
  'DELETE /api/registers/:kind/:key': { anonymous: 401, allow: [office] },
  'GET /api/imports/templates/:kind': { anonymous: 401, allow: [office, unitReporter, townReporter] },
  'POST /api/imports': { anonymous: 401, allow: [office, townReporter] },
  'POST /api/imports/preview': { anonymous: 401, allow: [office, townReporter] },
  'GET /api/imports': { anonymous: 401, allow: [office, unitReporter, townReporter] },
  'GET /api/imports/:importId': { anonymous: 401, allow: [office, unitReporter, townReporter] },
  'GET /api/imports/:importId/problems.xlsx': { anonymous: 401, allow: [office, unitReporter, townReporter] },
  'GET /api/addresses/unresolved': { anonymous: 401, allow: [office, townReporter, leader] },
  'GET /api/addresses/assignments': { anonymous: 401, allow: [office, townReporter, leader] },
  'PUT /api/addresses/assignments': { anonymous: 401, allow: [office] },
  'DELETE /api/addresses/assignments': { anonymous: 401, allow: [office] },
  'GET /api/demo': { anonymous: 401, allow: everyone },

  // 专项工作台账 (ledgers): registers.read to read (the office, town reporters for their town's rows,
  // leaders); registers.write to edit (the office); exports.run to export; imports.run to import —
  // narrowed to users whose data scope has towns (the office, town reporters); workitems.write to
  // turn a decision into a work item.
  'GET /api/ledgers/overview': { anonymous: 401, allow: [office, townReporter, leader] },
  'GET /api/ledgers/funds/execution': { anonymous: 401, allow: [office, townReporter, leader] },
  'GET /api/ledgers/by-task/:taskNumber': { anonymous: 401, allow: [office, townReporter, leader] },
  'GET /api/ledgers/templates/:kind': { anonymous: 401, allow: [office, unitReporter, townReporter] },
  'POST /api/ledgers/:kind/import': { anonymous: 401, allow: [office, townReporter] },
  'GET /api/ledgers/:kind': { anonymous: 401, allow: [office, townReporter, leader] },
  'GET /api/ledgers/:kind/export.xlsx': { anonymous: 401, allow: [office, unitReporter, townReporter, leader] },
  'GET /api/ledgers/:kind/:id': { anonymous: 401, allow: [office, townReporter, leader] },
  'POST /api/ledgers/:kind': { anonymous: 401, allow: [office] },
  'PUT /api/ledgers/:kind/:id': { anonymous: 401, allow: [office] },
  'DELETE /api/ledgers/:kind/:id': { anonymous: 401, allow: [office] },
  'POST /api/ledgers/decisions/:id/work-item': { anonymous: 401, allow: [office] },
  'POST /api/ledgers/decisions/:id/rectification': { anonymous: 401, allow: [office] }, // evaluation.assign
  'POST /api/ledgers/meetings/:id/minutes': { anonymous: 401, allow: [office] },
  'GET /api/ledgers/files/:fileId': { anonymous: 401, allow: [office, townReporter, leader] },
  'DELETE /api/demo': { anonymous: 401, allow: [office] },

  // 满意度调查 (survey): dashboard.read to read results (the office, leaders); registers.write to
  // build, publish, invite, review and close (the office); the export needs exports.run and
  // dashboard.read. The answer page's API is public: its link or invitation code names the survey.
  'GET /api/surveys': { anonymous: 401, allow: [office, leader] },
  'POST /api/surveys': { anonymous: 401, allow: [office] },
  'GET /api/surveys/:id': { anonymous: 401, allow: [office, leader] },
  'PUT /api/surveys/:id': { anonymous: 401, allow: [office] },
  'PUT /api/surveys/:id/questionnaire': { anonymous: 401, allow: [office] },
  'POST /api/surveys/:id/publish': { anonymous: 401, allow: [office] },
  'POST /api/surveys/:id/close': { anonymous: 401, allow: [office] },
  'POST /api/surveys/:id/channels': { anonymous: 401, allow: [office] },
  'GET /api/surveys/:id/invitations': { anonymous: 401, allow: [office, leader] },
  'GET /api/surveys/:id/results': { anonymous: 401, allow: [office, leader] },
  'GET /api/surveys/:id/held': { anonymous: 401, allow: [office, leader] },
  'POST /api/surveys/:id/responses/:responseId/review': { anonymous: 401, allow: [office] },
  'GET /api/surveys/:id/open-text': { anonymous: 401, allow: [office, leader] },
  'GET /api/surveys/:id/export': { anonymous: 401, allow: [office, leader] },
  'GET /api/public/surveys/:token': { anonymous: 'allowed', allow: everyone },
  'POST /api/public/surveys/:token/start': { anonymous: 'allowed', allow: everyone },
  'PUT /api/public/surveys/:token/draft': { anonymous: 'allowed', allow: everyone },
  'POST /api/public/surveys/:token/submit': { anonymous: 'allowed', allow: everyone },
};

/** Routes that end the caller's own session: sign in again after calling them. */
const signsOut = new Set(['DELETE /api/session', 'DELETE /api/session/all']);

/** A value for each path parameter: a plan year, a number, or an id nobody has. */
const fillParams = (url: string) =>
  url.replace(/:(\w+)/g, (_, name: string) => (/year/i.test(name) ? '2025' : /revision|number|seq|page/i.test(name) ? '1' : 'zz-no-such-id'));

/** A 403 says no more than that: `{ error: { code: 'forbidden', message } }`, nothing of the data asked for. */
function isBareForbidden(body: unknown): boolean {
  if (typeof body !== 'object' || body === null || Object.keys(body).join() !== 'error') return false;
  const error = (body as { error: Record<string, unknown> }).error;
  if (error.code !== 'forbidden' || typeof error.message !== 'string') return false;
  const keys = Object.keys(error).sort().join();
  if (keys === 'code,message') return true;
  // Which rule refused (the wording's variant) is the only parameter a refusal may carry: no data.
  const params = error.params as Record<string, unknown> | undefined;
  return keys === 'code,message,params' && Object.keys(params ?? {}).join() === 'variant' && typeof params?.variant === 'string';
}

describe('the role × endpoint matrix', () => {
  let t: TestApp;
  const browsers = new Map<RoleId, TestBrowser>();
  const signInAs = async (role: RoleId) => {
    const browser = new TestBrowser(t.app);
    await browser.signIn(`user.${role}`, seedPassword);
    browsers.set(role, browser);
  };

  beforeAll(async () => {
    t = await createTestApp({ principal: null });
    for (const role of everyone)
      await seedAccount(t.ctx, {
        login: `user.${role}`,
        roles: [role],
        unitCode: role === unitReporter ? 'finance' : null,
        regionCode: role === townReporter ? 'licheng' : null,
      });
    for (const role of everyone) await signInAs(role);
  });
  afterAll(async () => t.close());

  it('AS-AC-02 has an entry for every route the server registers, and no entry for a route it does not', () => {
    const routes = t.app.accessRules.map((r) => `${r.method} ${r.url}`);
    expect(routes.filter((r) => !(r in matrix)), 'routes nobody has decided access for: add them to the matrix').toEqual([]);
    expect(Object.keys(matrix).filter((r) => !routes.includes(r)), 'entries for routes that no longer exist').toEqual([]);
  });

  it('DJ-AC-01 gives each role exactly what the matrix says, with 403 bodies that carry no data, and 401 to anonymous callers', async () => {
    const mismatches: string[] = [];
    for (const rule of t.app.accessRules) {
      const key = `${rule.method} ${rule.url}`;
      const entry = matrix[key];
      if (!entry) continue; // reported by the test above
      const method = rule.method as 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
      const url = fillParams(rule.url);
      const body = method === 'GET' || method === 'DELETE' ? undefined : {};

      const anonymous = await new TestBrowser(t.app).request(method, url, body);
      if (entry.anonymous === 401) {
        if (anonymous.statusCode !== 401 || anonymous.json().error?.code !== 'not_signed_in')
          mismatches.push(`${key} anonymous: expected 401, got ${anonymous.statusCode}`);
      } else if ([401, 403].includes(anonymous.statusCode) || anonymous.statusCode >= 500)
        mismatches.push(`${key} anonymous: expected access, got ${anonymous.statusCode}`);

      for (const role of everyone) {
        const response = await browsers.get(role)!.request(method, url, body);
        const allowed = entry.allow.includes(role);
        if (allowed && ([401, 403].includes(response.statusCode) || response.statusCode >= 500))
          mismatches.push(`${key} ${role}: expected access, got ${response.statusCode} ${response.body.slice(0, 120)}`);
        if (!allowed && (response.statusCode !== 403 || !isBareForbidden(response.json())))
          mismatches.push(`${key} ${role}: expected a bare 403, got ${response.statusCode} ${response.body.slice(0, 120)}`);
        if (signsOut.has(key) && response.statusCode < 300) await signInAs(role);
      }
    }
    expect(mismatches).toEqual([]);
  }, 180_000); // ~200 routes × 9 callers: a minute or more when the suite shares a loaded machine
});
