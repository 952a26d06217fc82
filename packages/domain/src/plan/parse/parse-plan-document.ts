import type { PlanInput } from '../plan.schema.js';
import { DraftContext } from './draft-context.js';
import type { CountyDirectory, PlanDraft } from './plan-draft.js';
import { headerDoubts, readHeader } from './read-header.js';
import { readPhases } from './read-phases.js';
import { readPassage, readPrinciples, readSafeguards } from './read-prose-sections.js';
import { readResponsibilityTables } from './read-tables.js';
import { readTargets } from './read-targets.js';
import { readTasks, type TaskGroupInput } from './read-tasks.js';
import { blocksOfText, layOut, type SourceBlock } from './source-document.js';
import { splitSections } from './split-sections.js';
import { UnitRegistry } from './unit-registry.js';

/**
 * Read a work plan (工作方案) from its document into a draft plan: the header, the targets with
 * their figures, the tasks with their units, the phases. Every item points at the text it came
 * from; what the parser doubts is marked; every line it could not place is listed, none dropped.
 * The draft is not validated: a person corrects it and the plan's own validation runs on confirm.
 */
export function parsePlanDocument(source: string | readonly SourceBlock[], directory: CountyDirectory): PlanDraft {
  const document = layOut(typeof source === 'string' ? blocksOfText(source) : source);
  const registry = new UnitRegistry(directory);
  const ctx = new DraftContext(document, registry);
  const inForce = directory.planInForce;
  const { front, sections } = splitSections(document);
  const header = readHeader(front, ctx);
  const doubts = headerDoubts(header);
  if (doubts.length) ctx.item('(header)', 'header', header.title ?? '', { start: 0, end: 0 }, doubts);
  const period = header.period ?? inForce?.period;

  // A document of the same period revises the plan in force and keeps its code; one of another
  // period (the next three years' plan) is a new plan, named by its own years.
  const samePeriod = inForce && (!period || (period.startYear === inForce.period.startYear && period.endYear === inForce.period.endYear));
  const plan: PlanInput = {
    code: samePeriod ? inForce.code : period ? `${directory.county.code}-${period.startYear}-${period.endYear}` : `${directory.county.code}-plan`,
    county: directory.county,
    title: header.title ?? '',
    documentNumber: header.documentNumber ?? '',
    ...(header.noticeTitle ? { noticeTitle: header.noticeTitle } : {}),
    issuer: header.issuer ?? '',
    issueDate: header.issueDate ?? '',
    period: period ?? { startYear: 0, endYear: 0 },
    guidingIdeology: '',
    principles: [],
    overallGoal: '',
    regions: directory.regions.length ? directory.regions : [{ code: directory.county.code, name: directory.county.name, kind: 'county', aliases: [] }],
    units: registry.units,
    unitGroups: registry.groups,
    targetGroups: [],
    taskGroups: [],
    phases: [],
    safeguards: [],
  };
  let tasksTitle = '工作任务';
  for (const section of sections) {
    switch (section.kind) {
      case 'guiding-ideology':
        plan.guidingIdeology = readPassage(section.lines, ctx, 'guidingIdeology', section.title);
        break;
      case 'principles':
        plan.principles = readPrinciples(section.lines, ctx);
        break;
      case 'targets': {
        const read = readTargets(section.lines, ctx, period, inForce?.targetGroups as never);
        plan.overallGoal = read.overallGoal;
        plan.targetGroups = read.targetGroups;
        break;
      }
      case 'tasks':
        tasksTitle = section.title;
        plan.taskGroups = readTasks(section.lines, section.title, ctx, inForce?.taskGroups as never);
        break;
      case 'phases':
        plan.phases = readPhases(section.lines, ctx, inForce?.phases as never);
        break;
      case 'safeguards':
        plan.safeguards = readSafeguards(section.lines, ctx);
        break;
      default:
        continue; // an unrecognised section: its lines stay unread and are listed
    }
    ctx.markRead(section.heading);
  }
  readResponsibilityTables(document.lines.filter((line) => line.table), plan.taskGroups as TaskGroupInput[], tasksTitle, ctx);
  return { plan, sourceText: document.text, items: ctx.items, unread: ctx.unread() };
}
