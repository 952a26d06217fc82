import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { can, indexSystemFromPlan, type EvaluationOverview, type EvidenceCandidate } from '@ipcounty/domain';
import type { ServerContext } from '../http/context.js';
import { sendDownload, xlsxType } from '../http/send-download.js';
import { AppError, notFound } from '../common/app-error.js';
import { actingUser } from '../accounts/request-identity.js';
import { attachmentStore } from '../attachments/attachment-store.js';
import { answerQuestion, questionAnswerSchema } from './answer-question.js';
import { answerInputSchema, answerSupervisionItem } from './answer-supervision-item.js';
import { askQuestion, questionInputSchema } from './ask-question.js';
import { assignExperts } from './assign-experts.js';
import { callInInputSchema, callInReserve } from './call-in-reserve.js';
import { closeEvaluation } from './close-evaluation.js';
import { closeInputSchema, closeRectification } from './close-rectification.js';
import { closeSelfCheck } from './close-self-check.js';
import { confirmSelfCheckRating, ratingInputSchema } from './confirm-self-check-rating.js';
import { decideAnswer, decisionInputSchema } from './decide-answer.js';
import { reachableEvaluations, reachEvaluation } from './evaluation-access.js';
import { planOf, todayOf } from './evaluation-context.js';
import { evaluationFileRepository } from './evaluation-file.repository.js';
import { phaseTimeline } from './evaluation-records.js';
import { evaluationRepository } from './evaluation.repository.js';
import { expertRepository } from './expert.repository.js';
import { expertTemplate } from './expert-workbook.js';
import { importExperts } from './import-experts.js';
import { findingInputSchema, recordFinding } from './record-finding.js';
import { recordRectification, rectificationInputSchema } from './record-rectification.js';
import { deliverableInputSchema, saveDeliverable } from './save-deliverable.js';
import { evaluationInputSchema, saveEvaluation } from './save-evaluation.js';
import { saveEvaluationTemplate, templateInputSchema } from './save-evaluation-template.js';
import { expertInputSchema, saveExpert } from './save-expert.js';
import { saveSelfCheckPart, selfCheckPartInputSchema } from './save-self-check-part.js';
import { scoreEvaluation, scoresInputSchema } from './score-evaluation.js';
import { selfCheckRepository } from './self-check.repository.js';
import { openSelfCheck, selfCheckInputSchema } from './open-self-check.js';
import { signOffEvaluation, signOffInputSchema } from './sign-off-evaluation.js';
import { dossierArchive } from './views/dossier-export.js';
import { taskDossier } from './views/dossier.view.js';
import { evidenceCandidates } from './views/evidence-candidates.view.js';
import { evaluationDetail, evaluationSummary } from './views/evaluation.view.js';
import { rectificationDetail, rectificationRows } from './views/rectification.view.js';
import { selfCheckDetail, selfCheckSummaries } from './views/self-check.view.js';
import { uploadEvaluationFile } from './upload-evaluation-file.js';
import { fileAccess } from './file-access.js';
import { noticeAnswers } from './views/notice-answers.view.js';

const tags = ['evaluation'];
const countyQuery = z.object({ county: z.string().optional() });
const id = z.string().min(1).max(200);
const access = (permission: 'evaluation.read' | 'evaluation.assign' | 'evaluation.score' | 'evaluation.respond' | 'reports.read' | 'reports.review') => ({ config: { access: { permission } } });

/** The bytes of a multipart upload (field "file"), refused with a reason when missing or too large. */
async function uploadedFile(request: FastifyRequest, maxMb: number): Promise<{ fileName: string; bytes: Buffer }> {
  if (!request.isMultipart()) throw new AppError(415, 'multipart_required', `Upload the file as multipart/form-data`);
  const file = await request.file();
  if (!file) throw new AppError(422, 'no_file', `No file was sent`);
  const bytes = await file.toBuffer().catch((error: unknown) => {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError(413, 'file_too_large', `The file is larger than ${maxMb} MB`, undefined, { maxMb });
    throw error;
  });
  return { fileName: file.filename, bytes };
}

/** 评估验收: phases, self-checks, rectification, the expert pool, evaluations and task dossiers. */
export function evaluationRoutes(ctx: ServerContext): FastifyPluginAsyncZod {
  const db = () => ctx.handle.db;
  const now = () => ctx.clock.now().toISOString();

  return async (app) => {
    await app.register(multipart, { limits: { files: 1, fields: 5, fileSize: ctx.config.ATTACHMENT_MAX_MB * 1024 * 1024 + 1 } });

    app.get('/evaluation/overview', { ...access('evaluation.read'), schema: { tags, summary: 'The phase timeline, self-checks, rectification counts and evaluations the user may see', querystring: countyQuery } }, async (request): Promise<EvaluationOverview> => {
      const { countyId } = request;
      const principal = actingUser(request).principal;
      const plan = await planOf(db(), countyId);
      const rows = await rectificationRows(db(), countyId, principal, now());
      const evaluations = await reachableEvaluations(db(), countyId, principal);
      return {
        timeline: await phaseTimeline(db(), countyId, plan, todayOf(ctx)),
        selfChecks: await selfCheckSummaries(db(), countyId, await selfCheckRepository.list(db(), countyId)),
        rectifications: {
          open: rows.filter((r) => r.state === 'open' || r.state === 'returned').length,
          answered: rows.filter((r) => r.state === 'answered').length,
          overdue: rows.filter((r) => r.state !== 'closed' && r.light === 'red').length,
          closed: rows.filter((r) => r.state === 'closed').length,
        },
        evaluations: await Promise.all(evaluations.map((e) => evaluationSummary(db(), countyId, e))),
      };
    });

    // 阶段工作清单
    app.get('/evaluation/phases', { ...access('evaluation.read'), schema: { tags, summary: 'Each phase with its deliverables: done, late, due soon', querystring: countyQuery } }, async (request) =>
      phaseTimeline(db(), request.countyId, await planOf(db(), request.countyId), todayOf(ctx)),
    );
    app.put(
      '/evaluation/phases/deliverables/:deliverableId',
      { ...access('evaluation.assign'), schema: { tags, summary: 'Set a deliverable’s owner and due date, tick it off with evidence', params: z.object({ deliverableId: id }), querystring: countyQuery, body: deliverableInputSchema } },
      async (request) => saveDeliverable({ ctx, countyId: request.countyId, user: actingUser(request), deliverableId: request.params.deliverableId, input: request.body }),
    );

    // Evidence files
    app.post(
      '/evaluation/files',
      {
        ...access('evaluation.read'),
        schema: { tags, summary: '上传佐证材料 (multipart, field "file") for a self-check part, an answer, a deliverable or a rectification item', querystring: countyQuery.extend({ ownerKind: z.enum(['self-check-part', 'answer', 'deliverable', 'rectification']), ownerId: id }) },
      },
      async (request, reply) => {
        const file = await uploadedFile(request, ctx.config.ATTACHMENT_MAX_MB);
        const saved = await uploadEvaluationFile({ ctx, countyId: request.countyId, user: actingUser(request), owner: { kind: request.query.ownerKind, id: request.query.ownerId }, ...file });
        return reply.status(201).send(saved);
      },
    );
    app.get(
      '/evaluation/evidence-candidates',
      { ...access('evaluation.read'), schema: { tags, summary: 'What you may cite as evidence from the app: a task’s approved reports and 督办单, meetings, generated documents', querystring: countyQuery.extend({ task: z.coerce.number().int().positive().optional() }) } },
      async (request): Promise<{ candidates: EvidenceCandidate[] }> => {
        const plan = await planOf(db(), request.countyId);
        return { candidates: await evidenceCandidates(db(), request.countyId, plan, actingUser(request).principal, request.query.task ?? null) };
      },
    );
    app.get('/evaluation/files/:fileId', { ...access('evaluation.read'), schema: { tags, summary: 'Download an evidence file you may read', params: z.object({ fileId: id }), querystring: countyQuery } }, async (request, reply) => {
      const { countyId } = request;
      const file = await evaluationFileRepository.get(db(), countyId, request.params.fileId);
      if (!file) throw notFound('file', request.params.fileId);
      await fileAccess(db(), countyId, actingUser(request).principal, file);
      const bytes = await attachmentStore(ctx.config.ATTACHMENTS_DIR).read(countyId, file.storedName);
      reply.header('cache-control', 'private, no-store');
      return sendDownload(ctx, request, reply, { fileName: file.fileName, type: file.mediaType, body: bytes, audit: { action: 'attachments.downloaded', entity: file.ownerKind, entityId: file.ownerId, details: { fileId: file.id, fileName: file.fileName } } });
    });

    // 自查自纠
    app.get('/evaluation/self-checks', { ...access('evaluation.read'), schema: { tags, summary: 'Self-checks with their progress', querystring: countyQuery } }, async (request) => ({
      selfChecks: await selfCheckSummaries(db(), request.countyId, await selfCheckRepository.list(db(), request.countyId)),
    }));
    app.post('/evaluation/self-checks', { ...access('evaluation.assign'), schema: { tags, summary: '发起自查自纠 for the plan or a year', querystring: countyQuery, body: selfCheckInputSchema } }, async (request, reply) => {
      const opened = await openSelfCheck({ ctx, countyId: request.countyId, user: actingUser(request), input: request.body });
      return reply.status(201).send(opened);
    });
    const selfCheckParams = z.object({ selfCheckId: id });
    const taskParams = selfCheckParams.extend({ taskNumber: z.coerce.number().int().positive() });
    app.get('/evaluation/self-checks/:selfCheckId', { ...access('evaluation.read'), schema: { tags, summary: 'A self-check’s tasks and parts within your scope', params: selfCheckParams, querystring: countyQuery } }, async (request) =>
      selfCheckDetail(db(), request.countyId, await planOf(db(), request.countyId), actingUser(request).principal, request.params.selfCheckId),
    );
    app.put(
      '/evaluation/self-checks/:selfCheckId/tasks/:taskNumber/parts/:unitCode',
      { ...access('evaluation.respond'), schema: { tags, summary: 'A unit writes (or submits) its part of a task’s self-check', params: taskParams.extend({ unitCode: id }), querystring: countyQuery, body: selfCheckPartInputSchema } },
      async (request) => saveSelfCheckPart({ ctx, countyId: request.countyId, user: actingUser(request), selfCheckId: request.params.selfCheckId, taskNumber: request.params.taskNumber, unitCode: request.params.unitCode, input: request.body }),
    );
    app.put(
      '/evaluation/self-checks/:selfCheckId/tasks/:taskNumber/rating',
      { ...access('evaluation.assign'), schema: { tags, summary: 'The office confirms or changes a task’s rating', params: taskParams, querystring: countyQuery, body: ratingInputSchema } },
      async (request) => confirmSelfCheckRating({ ctx, countyId: request.countyId, user: actingUser(request), selfCheckId: request.params.selfCheckId, taskNumber: request.params.taskNumber, input: request.body }),
    );
    app.post('/evaluation/self-checks/:selfCheckId/close', { ...access('evaluation.assign'), schema: { tags, summary: '结束自查自纠', params: selfCheckParams, querystring: countyQuery } }, async (request) => {
      await closeSelfCheck({ ctx, countyId: request.countyId, user: actingUser(request), selfCheckId: request.params.selfCheckId });
      return { closed: true };
    });

    // 整改台账
    const itemParams = z.object({ itemId: id });
    app.get('/evaluation/rectifications', { ...access('evaluation.read'), schema: { tags, summary: '整改台账 within your scope', querystring: countyQuery } }, async (request) => ({
      items: await rectificationRows(db(), request.countyId, actingUser(request).principal, now()),
    }));
    app.post('/evaluation/rectifications', { ...access('evaluation.assign'), schema: { tags, summary: '登记整改事项', querystring: countyQuery, body: rectificationInputSchema } }, async (request, reply) => {
      const item = await recordRectification({ ctx, countyId: request.countyId, user: actingUser(request), input: request.body });
      return reply.status(201).send({ id: item.id, number: item.number });
    });
    app.get('/evaluation/rectifications/:itemId', { ...access('evaluation.read'), schema: { tags, summary: 'A rectification item with its answers', params: itemParams, querystring: countyQuery } }, async (request) =>
      rectificationDetail(db(), request.countyId, await planOf(db(), request.countyId), actingUser(request).principal, request.params.itemId, now()),
    );
    app.post('/evaluation/rectifications/:itemId/answer', { ...access('evaluation.respond'), schema: { tags, summary: 'The owner unit answers with measures and evidence', params: itemParams, querystring: countyQuery, body: answerInputSchema } }, async (request) =>
      answerSupervisionItem({ ctx, countyId: request.countyId, user: actingUser(request), subject: { kind: 'rectification', id: request.params.itemId }, input: request.body }),
    );
    app.post('/evaluation/rectifications/:itemId/decision', { ...access('evaluation.assign'), schema: { tags, summary: 'The office accepts the answer (closing the item) or returns it', params: itemParams, querystring: countyQuery, body: decisionInputSchema } }, async (request) =>
      decideAnswer({ ctx, countyId: request.countyId, user: actingUser(request), subject: { kind: 'rectification', id: request.params.itemId }, input: request.body }),
    );
    app.post('/evaluation/rectifications/:itemId/close', { ...access('evaluation.assign'), schema: { tags, summary: 'The office closes an item it verified itself', params: itemParams, querystring: countyQuery, body: closeInputSchema } }, async (request) =>
      closeRectification({ ctx, countyId: request.countyId, user: actingUser(request), itemId: request.params.itemId, input: request.body }),
    );

    // 督办单答复: the same answers, on a notice.
    const noticeParams = z.object({ noticeId: id });
    app.get('/supervision/notices/:noticeId/answers', { ...access('reports.read'), schema: { tags, summary: 'A 督办单’s answers and where it stands', params: noticeParams, querystring: countyQuery } }, async (request) => {
      return noticeAnswers(db(), request.countyId, await planOf(db(), request.countyId), actingUser(request).principal, request.params.noticeId);
    });
    app.post('/supervision/notices/:noticeId/answer', { ...access('evaluation.respond'), schema: { tags, summary: 'The unit answers a 督办单 with measures and evidence', params: noticeParams, querystring: countyQuery, body: answerInputSchema } }, async (request) =>
      answerSupervisionItem({ ctx, countyId: request.countyId, user: actingUser(request), subject: { kind: 'notice', id: request.params.noticeId }, input: request.body }),
    );
    app.post('/supervision/notices/:noticeId/decision', { ...access('reports.review'), schema: { tags, summary: 'The office accepts the answer (closing the notice) or returns it', params: noticeParams, querystring: countyQuery, body: decisionInputSchema } }, async (request) =>
      decideAnswer({ ctx, countyId: request.countyId, user: actingUser(request), subject: { kind: 'notice', id: request.params.noticeId }, input: request.body }),
    );

    // 专家库
    app.get('/evaluation/experts', { ...access('evaluation.assign'), schema: { tags, summary: '专家库', querystring: countyQuery } }, async (request) => ({ experts: await expertRepository.list(db(), request.countyId) }));
    app.post('/evaluation/experts', { ...access('evaluation.assign'), schema: { tags, summary: 'Add an expert', querystring: countyQuery, body: expertInputSchema } }, async (request, reply) =>
      reply.status(201).send(await saveExpert({ ctx, countyId: request.countyId, user: actingUser(request), input: request.body })),
    );
    app.put('/evaluation/experts/:expertId', { ...access('evaluation.assign'), schema: { tags, summary: 'Change an expert', params: z.object({ expertId: id }), querystring: countyQuery, body: expertInputSchema } }, async (request) =>
      saveExpert({ ctx, countyId: request.countyId, user: actingUser(request), expertId: request.params.expertId, input: request.body }),
    );
    app.get('/evaluation/experts/template.xlsx', { ...access('evaluation.assign'), schema: { tags, summary: 'The Excel template of the expert pool', querystring: countyQuery } }, async (request, reply) =>
      sendDownload(ctx, request, reply, { fileName: '专家库导入模板.xlsx', type: xlsxType, body: await expertTemplate(await planOf(db(), request.countyId)), audit: null }),
    );
    app.post('/evaluation/experts/import', { ...access('evaluation.assign'), schema: { tags, summary: 'Import experts from the Excel template (multipart, field "file")', querystring: countyQuery } }, async (request) => {
      const file = await uploadedFile(request, ctx.config.ATTACHMENT_MAX_MB);
      return importExperts({ ctx, countyId: request.countyId, user: actingUser(request), bytes: file.bytes });
    });

    // 专家评审
    const evaluationParams = z.object({ evaluationId: id });
    app.get('/evaluation/index-templates', { ...access('evaluation.assign'), schema: { tags, summary: 'The index system built from the plan, and the office’s saved templates', querystring: countyQuery } }, async (request) => ({
      fromPlan: indexSystemFromPlan(await planOf(db(), request.countyId)),
      templates: await evaluationRepository.templates(db(), request.countyId),
    }));
    app.post('/evaluation/index-templates', { ...access('evaluation.assign'), schema: { tags, summary: 'Save an index system as a template', querystring: countyQuery, body: templateInputSchema } }, async (request) =>
      saveEvaluationTemplate({ ctx, countyId: request.countyId, user: actingUser(request), input: request.body }),
    );
    app.get('/evaluation/evaluations', { ...access('evaluation.read'), schema: { tags, summary: 'The evaluations you may see (an expert: the ones you sit on)', querystring: countyQuery } }, async (request) => {
      const list = await reachableEvaluations(db(), request.countyId, actingUser(request).principal);
      return { evaluations: await Promise.all(list.map((e) => evaluationSummary(db(), request.countyId, e))) };
    });
    app.post('/evaluation/evaluations', { ...access('evaluation.assign'), schema: { tags, summary: 'Create an evaluation (mock, provincial, mid-term)', querystring: countyQuery, body: evaluationInputSchema } }, async (request, reply) => {
      const saved = await saveEvaluation({ ctx, countyId: request.countyId, user: actingUser(request), input: request.body });
      return reply.status(201).send(await evaluationDetail(db(), request.countyId, actingUser(request).principal, saved.id));
    });
    app.get('/evaluation/evaluations/:evaluationId', { ...access('evaluation.read'), schema: { tags, summary: 'An evaluation: panel, scores you may see, result, 质询, findings', params: evaluationParams, querystring: countyQuery } }, async (request) =>
      evaluationDetail(db(), request.countyId, actingUser(request).principal, request.params.evaluationId),
    );
    app.put('/evaluation/evaluations/:evaluationId', { ...access('evaluation.assign'), schema: { tags, summary: 'Change an evaluation', params: evaluationParams, querystring: countyQuery, body: evaluationInputSchema } }, async (request) => {
      await saveEvaluation({ ctx, countyId: request.countyId, user: actingUser(request), evaluationId: request.params.evaluationId, input: request.body });
      return evaluationDetail(db(), request.countyId, actingUser(request).principal, request.params.evaluationId);
    });
    app.post('/evaluation/evaluations/:evaluationId/draw', { ...access('evaluation.assign'), schema: { tags, summary: '随机抽取: draw the panel and make the experts’ accounts', params: evaluationParams, querystring: countyQuery } }, async (request) => {
      const drawn = await assignExperts({ ctx, countyId: request.countyId, user: actingUser(request), evaluationId: request.params.evaluationId });
      return { evaluation: await evaluationDetail(db(), request.countyId, actingUser(request).principal, drawn.evaluation.id), accounts: drawn.accounts };
    });
    app.post(
      '/evaluation/evaluations/:evaluationId/reserve-call-in',
      { ...access('evaluation.assign'), schema: { tags, summary: '递补: a drawn expert withdraws and the next reserve takes the seat with an account of their own', params: evaluationParams, querystring: countyQuery, body: callInInputSchema } },
      async (request) => {
        const called = await callInReserve({ ctx, countyId: request.countyId, user: actingUser(request), evaluationId: request.params.evaluationId, input: request.body });
        return { evaluation: await evaluationDetail(db(), request.countyId, actingUser(request).principal, called.evaluation.id), accounts: called.accounts };
      },
    );
    app.put('/evaluation/evaluations/:evaluationId/scores', { ...access('evaluation.score'), schema: { tags, summary: 'An expert saves or submits scores with comments', params: evaluationParams, querystring: countyQuery, body: scoresInputSchema } }, async (request) => {
      await scoreEvaluation({ ctx, countyId: request.countyId, user: actingUser(request), evaluationId: request.params.evaluationId, input: request.body });
      return evaluationDetail(db(), request.countyId, actingUser(request).principal, request.params.evaluationId);
    });
    app.post('/evaluation/evaluations/:evaluationId/questions', { ...access('evaluation.score'), schema: { tags, summary: '质询: an expert asks the county', params: evaluationParams, querystring: countyQuery, body: questionInputSchema } }, async (request, reply) =>
      reply.status(201).send(await askQuestion({ ctx, countyId: request.countyId, user: actingUser(request), evaluationId: request.params.evaluationId, input: request.body })),
    );
    app.put(
      '/evaluation/evaluations/:evaluationId/questions/:questionId/answer',
      { ...access('evaluation.assign'), schema: { tags, summary: 'The office answers a question', params: evaluationParams.extend({ questionId: id }), querystring: countyQuery, body: questionAnswerSchema } },
      async (request) => answerQuestion({ ctx, countyId: request.countyId, user: actingUser(request), evaluationId: request.params.evaluationId, questionId: request.params.questionId, input: request.body }),
    );
    app.post('/evaluation/evaluations/:evaluationId/findings', { ...access('evaluation.score'), schema: { tags, summary: 'An expert records a problem found', params: evaluationParams, querystring: countyQuery, body: findingInputSchema } }, async (request, reply) =>
      reply.status(201).send(await recordFinding({ ctx, countyId: request.countyId, user: actingUser(request), evaluationId: request.params.evaluationId, input: request.body })),
    );
    app.post('/evaluation/evaluations/:evaluationId/sign-off', { ...access('evaluation.score'), schema: { tags, summary: 'The panel lead signs the conclusion and the 专家组意见 off', params: evaluationParams, querystring: countyQuery, body: signOffInputSchema } }, async (request) =>
      signOffEvaluation({ ctx, countyId: request.countyId, user: actingUser(request), evaluationId: request.params.evaluationId, input: request.body }),
    );
    app.post('/evaluation/evaluations/:evaluationId/close', { ...access('evaluation.assign'), schema: { tags, summary: 'Close the evaluation; the experts’ accounts expire', params: evaluationParams, querystring: countyQuery } }, async (request) =>
      closeEvaluation({ ctx, countyId: request.countyId, user: actingUser(request), evaluationId: request.params.evaluationId }),
    );

    // 任务档案
    const dossierQuery = countyQuery.extend({ evaluation: id.optional() });
    const dossierOf = async (request: FastifyRequest, params: { taskNumber: number }, query: { evaluation?: string | undefined }) => {
      const principal = actingUser(request).principal;
      const plan = await planOf(db(), request.countyId);
      // An expert reads the dossiers as the material of the evaluation they sit on.
      if (query.evaluation) {
        await reachEvaluation(db(), request.countyId, principal, query.evaluation);
        return { plan, dossier: await taskDossier(db(), request.countyId, plan, principal, params.taskNumber, { unscoped: true }) };
      }
      if (!can(principal, 'evaluation.read', { unitCode: null, regionCode: null, assignees: [] }) && !can(principal, 'reports.read')) throw notFound('task', params.taskNumber);
      return { plan, dossier: await taskDossier(db(), request.countyId, plan, principal, params.taskNumber) };
    };
    const taskNumberParams = z.object({ taskNumber: z.coerce.number().int().positive() });
    app.get('/evaluation/dossiers/:taskNumber', { ...access('evaluation.read'), schema: { tags, summary: '任务档案: a task over the whole plan period', params: taskNumberParams, querystring: dossierQuery } }, async (request) => {
      const { dossier } = await dossierOf(request, request.params, request.query);
      const { files: _files, ...view } = dossier;
      return view;
    });
    app.get('/evaluation/dossiers/:taskNumber/export', { ...access('evaluation.read'), schema: { tags, summary: 'The dossier as a folder (ZIP): evidence index and files', params: taskNumberParams, querystring: dossierQuery } }, async (request, reply) => {
      const { plan, dossier } = await dossierOf(request, request.params, request.query);
      const archive = await dossierArchive(dossier, plan, ctx.config.ATTACHMENTS_DIR, request.countyId);
      return sendDownload(ctx, request, reply, { fileName: archive.fileName, type: 'application/zip', body: archive.bytes, audit: { entity: 'task-dossier', entityId: String(request.params.taskNumber), details: { files: dossier.files.length } } });
    });
  };
}

