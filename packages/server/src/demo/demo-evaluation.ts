import { addDays, deliverableSlots, type EvidenceRef, type Expert, type IndexItem, type Plan, selfCheckSlots, shanghaiDate } from '@ipcounty/domain';
import type { AuditActor } from '../audit/audit-actor.js';
import { answerSupervisionItem } from '../evaluation/answer-supervision-item.js';
import { answerQuestion } from '../evaluation/answer-question.js';
import { askQuestion } from '../evaluation/ask-question.js';
import { assignExperts } from '../evaluation/assign-experts.js';
import { closeEvaluation } from '../evaluation/close-evaluation.js';
import { confirmSelfCheckRating } from '../evaluation/confirm-self-check-rating.js';
import { decideAnswer } from '../evaluation/decide-answer.js';
import type { EvaluationContext } from '../evaluation/evaluation-context.js';
import { evaluationDemoRepository } from '../evaluation/evaluation-demo.repository.js';
import { evaluationRepository } from '../evaluation/evaluation.repository.js';
import { inWriteTransaction } from '../database/transactions.js';
import { ledgerRepository } from '../ledgers/ledger.repository.js';
import { openSelfCheck } from '../evaluation/open-self-check.js';
import { recordFinding } from '../evaluation/record-finding.js';
import { recordRectification } from '../evaluation/record-rectification.js';
import { saveDeliverable } from '../evaluation/save-deliverable.js';
import { saveEvaluation } from '../evaluation/save-evaluation.js';
import { saveExpert } from '../evaluation/save-expert.js';
import { saveSelfCheckPart } from '../evaluation/save-self-check-part.js';
import { scoreEvaluation } from '../evaluation/score-evaluation.js';
import { selfCheckRepository } from '../evaluation/self-check.repository.js';
import { signOffEvaluation } from '../evaluation/sign-off-evaluation.js';
import { operatorUser, type ActingUser, type CommandContext } from '../common/command-context.js';
import { seededRandom } from './seeded-random.js';

/** The demo's expert pool: fictional people at the kinds of bodies provinces draw from. */
const demoExperts = [
  { name: '周文斌', field: '知识产权管理', organisation: '南京某大学知识产权学院', title: '教授' },
  { name: '陈思远', field: '专利代理与运营', organisation: '江苏某知识产权服务有限公司', title: '高级专利代理师' },
  { name: '刘慧敏', field: '知识产权保护', organisation: '淮安某律师事务所', title: '律师' },
  { name: '孙建国', field: '区域经济', organisation: '淮阴某学院经济管理学院', title: '副教授' },
  { name: '王丽华', field: '知识产权金融', organisation: '某银行淮安分行', title: '高级经济师' },
  { name: '赵明', field: '标准化', organisation: '淮安某标准化研究院', title: '研究员' },
  { name: '吴晓峰', field: '商标与品牌', organisation: '扬州某大学法学院', title: '副教授' },
  { name: '郑楠', field: '知识产权管理', organisation: '金湖县市场监督管理局', title: '科长' },
];

/** A unit's reporter as the demo acts for them; the audit log names the demo loader and the role. */
const unitUser = (actor: AuditActor, unitCode: string): ActingUser => ({ principal: { id: `${actor.name}:${unitCode}`, roles: ['unit-reporter'], unitCode }, audit: { ...actor, roles: ['unit-reporter'] } });

/**
 * 评估验收 of the demo county (示例数据), so a new user sees the area working: the phase checklist
 * ticked off up to the acceptance phase, an expert pool, a finished 模拟验收 (drawn at random, scored
 * by five experts, questioned, signed off and closed), rectification items from its findings and
 * from a leading-group meeting (one closed on the unit's answer, one answered, one overdue), and an
 * open 2026 self-check that some units have written and the office has partly rated. Everything goes
 * through the area's commands, so it is audited like real work. Nothing is loaded twice.
 */
export async function loadDemoEvaluation(base: CommandContext, actor: AuditActor, countyId: string, plan: Plan): Promise<void> {
  const ctx: EvaluationContext = { ...base, config: { ATTACHMENTS_DIR: '', ATTACHMENT_MAX_MB: 20 } };
  const db = ctx.handle.db;
  if ((await evaluationRepository.list(db, countyId)).length > 0 || (await selfCheckRepository.list(db, countyId)).length > 0) return;
  const today = shanghaiDate(ctx.clock.now());
  const office = operatorUser(actor, ['program-office']);
  const random = seededRandom(20261120);
  const unitOf = (name: string) => plan.units.find((u) => u.name === name || u.aliases.includes(name))?.code;
  // Jinhu's units and tasks where the plan has them; another county's plan gets its first unit.
  const unit = (code: string) => (plan.units.some((u) => u.code === code) ? code : plan.units[0]!.code);
  const task = (n: number) => (plan.taskGroups.some((g) => g.tasks.some((x) => x.number === n)) ? n : null);

  // 阶段工作清单: the earlier phases done, each with the document or meeting that shows it; the
  // evaluation report (评估阶段's last item) is still outstanding, so the timeline shows it late.
  const ticked: string[] = [];
  const meetings = await ledgerRepository.all(db, 'meetings', countyId);
  const events = await ledgerRepository.all(db, 'publicity', countyId);
  /** A meeting or a publicity event of the demo's ledgers that shows the deliverable done, when its title names one. */
  const ledgerEvidence = (title: string, doneOn: string): EvidenceRef | null => {
    const kind = /领导小组/.test(title) ? 'leading-group' : /推进/.test(title) ? 'promotion' : /联席/.test(title) ? 'joint' : /宣传/.test(title) ? 'ip-week' : null;
    const rows = kind === 'ip-week' ? events : meetings;
    const ofKind = rows.filter((r) => r.category === kind);
    const row = ofKind.filter((r) => (r.record_date ?? '') <= doneOn).at(-1) ?? ofKind[0];
    if (!kind || !row) return null;
    return kind === 'ip-week' ? { kind: 'publicity', id: row.record_id, label: `宣传活动：${row.title}（${row.record_date}）` } : { kind: 'meeting', id: row.record_id, label: `会议：${row.title}（${row.record_date}）` };
  };
  for (const slot of deliverableSlots(plan)) {
    const late = slot.phaseCode === 'evaluation' && slot.position === plan.phases.find((p) => p.code === 'evaluation')?.deliverables.length;
    const finished = slot.defaultDue < today ? addDays(slot.defaultDue, -10 - slot.position * 7) : slot.phaseCode === 'acceptance' && slot.position === 1 ? addDays(today, -12) : null;
    if (late || !finished || finished > today) continue;
    ticked.push(slot.id);
    await saveDeliverable({
      ctx,
      countyId,
      user: office,
      deliverableId: slot.id,
      input: { ownerUnit: 'program-office', dueOn: slot.defaultDue, doneOn: finished, evidence: [ledgerEvidence(slot.title, finished) ?? { kind: 'link', id: `https://www.jinhu.gov.cn/demo/${slot.id}`, label: slot.title.slice(0, 40) }], note: '' },
    });
  }

  // 专家库
  const experts: Expert[] = [];
  for (const e of demoExperts) {
    const own = unitOf(e.organisation);
    experts.push(await saveExpert({ ctx, countyId, user: office, input: { ...e, phone: null, email: null, avoidUnits: own ? [own] : [], avoidEnterprises: [], active: true } }));
  }

  // 模拟验收, held two weeks ago: drawn, scored, questioned, signed off and closed.
  const evaluation = await saveEvaluation({
    ctx,
    countyId,
    user: office,
    input: { kind: 'mock-acceptance', title: `${plan.county.name}国家知识产权强县建设试点模拟验收`, heldOn: addDays(today, -14), scope: '对照工作方案，全面检查2024—2026年目标任务完成情况', scopeUnits: [], scopeEnterprises: [], panelSize: 5, reserveSize: 1 },
  });
  const drawn = await assignExperts({ ctx, countyId, user: office, evaluationId: evaluation.id });
  const seats = (await evaluationRepository.panel(db, countyId, evaluation.id)).filter((s) => s.role === 'member');
  const expertUser = (i: number): ActingUser => ({ principal: { id: seats[i]!.userId!, roles: ['expert'] }, audit: { id: seats[i]!.userId!, name: drawn.accounts[i]!.login, roles: ['expert'] } });
  const items: IndexItem[] = evaluation.indexItems;
  for (const [i] of seats.entries()) {
    const scores = items.map((item) => {
      const off = item.category === 'targets' ? random.int(0, 2) : item.category === 'highlights' ? random.int(1, 3) : random.int(0, 1);
      // One expert is markedly harsher on the targets, as panels have.
      const harsh = i === 4 && item.category === 'targets' ? 3 : 0;
      const score = Math.max(0, item.weight - off - harsh);
      return { itemCode: item.code, score, comment: score < item.weight ? '个别指标完成值低于目标或佐证材料不够完整' : '' };
    });
    await scoreEvaluation({ ctx, countyId, user: expertUser(i), evaluationId: evaluation.id, input: { scores, submit: true } });
  }
  const question = await askQuestion({ ctx, countyId, user: expertUser(1), evaluationId: evaluation.id, input: { itemCode: items[0]!.code, question: '万人高价值发明专利拥有量的计算口径和数据来源是什么？' } });
  await answerQuestion({ ctx, countyId, user: office, evaluationId: evaluation.id, questionId: question.id, input: { answer: '按国家知识产权局统计口径，以年末有效的高价值发明专利数除以常住人口（万人），数据来自专利登记簿导出和统计年鉴。' } });
  const findings = [
    await recordFinding({ ctx, countyId, user: expertUser(2), evaluationId: evaluation.id, input: { itemCode: null, text: '部分镇街培训佐证材料缺少签到表和照片' } }),
    await recordFinding({ ctx, countyId, user: expertUser(3), evaluationId: evaluation.id, input: { itemCode: null, text: '知识产权质押融资典型案例总结不够' } }),
  ];
  await signOffEvaluation({ ctx, countyId, user: expertUser(0), evaluationId: evaluation.id, input: { conclusion: 'pass-after-rectification', opinion: '专家组听取了汇报，审阅了材料并进行了质询。专家组认为，金湖县国家知识产权强县建设试点工作组织有力、措施扎实，主要目标基本完成。建议对佐证材料进一步规范，总结质押融资典型案例，限期整改后通过。' } });
  await closeEvaluation({ ctx, countyId, user: office, evaluationId: evaluation.id });

  // 整改台账: the findings, and one from the leading-group meeting.
  const training = await recordRectification({ ctx, countyId, user: office, input: { source: 'expert-finding', sourceId: findings[0]!.id, sourceLabel: '', taskNumber: task(20), problem: findings[0]!.text, ownerUnit: unit('human-resources'), requiredMeasures: '补齐各期培训的通知、签到表和照片', deadline: addDays(today, -3) } });
  const cases = await recordRectification({ ctx, countyId, user: office, input: { source: 'expert-finding', sourceId: findings[1]!.id, sourceLabel: '', taskNumber: task(13), problem: findings[1]!.text, ownerUnit: unit('finance'), requiredMeasures: '总结2—3个质押融资典型案例', deadline: addDays(today, 10) } });
  const meeting = await recordRectification({ ctx, countyId, user: office, input: { source: 'meeting', sourceId: null, sourceLabel: `${today.slice(0, 4)}年第二次县知识产权战略实施工作领导小组会议`, taskNumber: task(16), problem: '知识产权公共服务网点覆盖不足', ownerUnit: unit('market-supervision'), requiredMeasures: '在开发区增设服务网点', deadline: addDays(today, -20) } });
  await answerSupervisionItem({ ctx, countyId, user: unitUser(actor, unit('market-supervision')), subject: { kind: 'rectification', id: meeting.id }, input: { measures: '已在开发区企业服务中心设立知识产权服务工作站，配备2名工作人员。', evidence: [{ kind: 'link', id: 'https://www.jinhu.gov.cn/demo/service-point', label: '工作站挂牌通知' }] } });
  await decideAnswer({ ctx, countyId, user: office, subject: { kind: 'rectification', id: meeting.id }, input: { decision: 'accept', note: '现场核实，已整改到位' } });
  await answerSupervisionItem({ ctx, countyId, user: unitUser(actor, unit('finance')), subject: { kind: 'rectification', id: cases.id }, input: { measures: '已收集3家企业质押融资案例，正在撰写。', evidence: [] } });

  // An open 2026 self-check: some lead units have written, the office has rated a few.
  const selfCheck = await openSelfCheck({ ctx, countyId, user: office, input: { title: `${plan.county.name}国家知识产权强县建设试点2026年度自查自纠`, year: 2026, dueOn: addDays(today, 14) } });
  const leads = selfCheckSlots(plan).filter((s) => s.role === 'lead');
  const written = leads.filter((_, i) => i % 3 !== 2).slice(0, 10);
  for (const [i, slot] of written.entries()) {
    const rating = i % 4 === 3 ? 'basically-complete' : 'complete';
    await saveSelfCheckPart({
      ctx,
      countyId,
      user: unitUser(actor, slot.unitCode),
      selfCheckId: selfCheck.id,
      taskNumber: slot.taskNumber,
      unitCode: slot.unitCode,
      input: { summary: `对照工作方案任务${slot.taskNumber}，本单位年度工作事项均已按期推进，相关数据已通过季度报送审核。`, problems: rating === 'complete' ? [] : ['部分工作事项完成时间晚于计划'], proposedRating: rating, evidence: [], submit: true },
    });
    if (i < 5) await confirmSelfCheckRating({ ctx, countyId, user: office, selfCheckId: selfCheck.id, taskNumber: slot.taskNumber, input: { rating, comment: '' } });
  }

  // Flagged as 示例数据, so `demo remove` takes them away and leaves the office's own.
  await inWriteTransaction(ctx.handle, (tx) =>
    evaluationDemoRepository.mark(tx, countyId, { deliverables: ticked, experts: experts.map((e) => e.id), evaluations: [evaluation.id], rectifications: [training.id, cases.id, meeting.id], selfChecks: [selfCheck.id] }),
  );
}
