import { field, options } from '../../registers/catalog/register-field.js';
import { noteField, regionField, tasksField, workItemsField, type LedgerDefinition } from '../catalog/ledger-definition.js';

/** 六(一) 加强组织领导: the leading group meets, and the joint-meeting system (联席会议) co-ordinates. */
export const meetingKindOptions = options([
  ['leading-group', '领导小组会议', 'Leading group meeting', ['领导小组']],
  ['promotion', '推进会', 'Progress meeting', ['推进会议', '工作推进会']],
  ['joint', '联席会议', 'Joint meeting', ['联席会']],
  ['thematic', '专题会', 'Thematic meeting', ['专题会议']],
  ['other', '其他会议', 'Other meeting', ['其他']]]);

/** 会议: date, kind, convener, attending units and the minutes' reference. */
export const meetingLedger: LedgerDefinition = {
  kind: 'meetings',
  zh: '会议',
  en: 'Meetings',
  sheetName: '会议',
  fields: [
    field('heldOn', ['会议日期', '日期'], 'Held on', 'date', { required: true }),
    field('title', ['会议名称', '名称'], 'Title', 'text', { required: true }),
    field('meetingKind', ['会议类型', '类型'], 'Kind', 'enum', { required: true, options: meetingKindOptions }),
    field('convener', ['召集人', '主持人'], 'Convener', 'text', { required: true }),
    field('attendingUnits', ['参会单位'], 'Attending units', 'list'),
    field('minutesNumber', ['纪要文号', '会议纪要'], 'Minutes no.', 'text', { note: '会议纪要的文号；纪要文件可在系统中上传' }),
    tasksField,
    workItemsField,
    regionField,
    noteField,
  ],
  keyFields: ['heldOn', 'title'],
  titleField: 'title',
  categoryField: 'meetingKind',
  dateField: 'heldOn',
  // Attending units and the minutes' number are in the form and the export; the list shows the minutes file.
  listFields: ['heldOn', 'title', 'meetingKind', 'convener', 'tasks'],
  searchFields: ['title', 'convener', 'minutesNumber', 'note'],
  example: {
    heldOn: '2025-03-12',
    title: '2025年知识产权强县建设试点工作领导小组第一次会议',
    meetingKind: '领导小组会议',
    convener: '县政府分管副县长',
    attendingUnits: '县市场监管局；县科技局；县财政局',
    minutesNumber: '金政会纪〔2025〕5号',
    tasks: '1；21',
  },
};

/** 落实情况 of a decision entered by hand; a decision made a work item follows that item instead. */
export const decisionStatusOptions = options([
  ['open', '未落实', 'Open', ['未完成', '待落实']],
  ['in-progress', '落实中', 'In progress', ['推进中', '进行中']],
  ['done', '已落实', 'Carried out', ['已完成', '完成']]]);

/** 会议决定事项: one row per decision, naming its meeting by date and title. */
export const decisionLedger: LedgerDefinition = {
  kind: 'decisions',
  zh: '会议决定事项',
  en: 'Meeting decisions',
  sheetName: '决定事项',
  fields: [
    field('meetingOn', ['会议日期'], 'Meeting date', 'date', { required: true }),
    field('meetingTitle', ['会议名称'], 'Meeting', 'text', { required: true, note: '与会议表中的名称一致' }),
    field('number', ['序号', '事项序号'], 'No.', 'integer', { required: true }),
    field('content', ['决定事项', '议定事项', '内容'], 'Decision', 'text', { required: true }),
    field('ownerUnit', ['责任单位', '牵头单位'], 'Owner unit', 'text', { note: '方案中的责任单位名称或简称' }),
    field('deadline', ['完成时限', '时限'], 'Deadline', 'date'),
    field('status', ['落实情况', '状态'], 'Status', 'enum', { options: decisionStatusOptions, note: '未填写视为未落实；转为工作事项后以事项完成情况为准' }),
    tasksField,
    noteField,
  ],
  keyFields: ['meetingOn', 'meetingTitle', 'number'],
  titleField: 'content',
  dateField: 'meetingOn',
  // The manual status is not a column: the list shows the effective 落实情况 (see decisionProgress).
  listFields: ['meetingOn', 'meetingTitle', 'number', 'content', 'ownerUnit', 'deadline'],
  searchFields: ['content', 'meetingTitle', 'ownerUnit'],
  notes: ['决定事项须对应已登记的会议（会议日期和名称相同），请先导入会议表。'],
  example: {
    meetingOn: '2025-03-12',
    meetingTitle: '2025年知识产权强县建设试点工作领导小组第一次会议',
    number: '1',
    content: '县财政局落实2025年知识产权专项资金300万元',
    ownerUnit: '县财政局',
    deadline: '2025-04-30',
    status: '落实中',
    tasks: '1',
  },
};

/** A decision's reference to its meeting: the meeting's natural key (heldOn + title). */
export function meetingKeyOf(heldOn: string, title: string): string {
  return `${heldOn}|${title}`;
}
