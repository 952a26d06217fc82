import { variantParam, type Report, type ReportAction } from '@ipcounty/domain';
import { AppError } from '../common/app-error.js';

/** 草稿, 已报送… and 修改, 报送…: what a refusal of the report workflow names, in both languages. */
const stateNames: Record<Report['state'], { zh: string; en: string }> = {
  draft: { zh: '草稿', en: 'a draft' },
  submitted: { zh: '已报送', en: 'submitted' },
  returned: { zh: '已退回', en: 'returned' },
  approved: { zh: '已通过', en: 'approved' },
};
const actionNames: Record<ReportAction['type'], { zh: string; en: string }> = {
  edit: { zh: '修改', en: 'edited' },
  submit: { zh: '报送', en: 'submitted' },
  withdraw: { zh: '撤回', en: 'withdrawn' },
  approve: { zh: '通过', en: 'approved' },
  return: { zh: '退回', en: 'returned' },
  reopen: { zh: '重新打开', en: 'reopened' },
};

/**
 * The workflow's refusal as a coded error. The domain says why in English ("say why the report is
 * returned"); people read the state and the action from the catalogue instead, and a missing reason
 * and an empty report have their own wordings.
 */
export function reportRefusal(report: Report, action: ReportAction, reason: string): AppError {
  if (reason.startsWith('say why')) return new AppError(409, 'illegal_transition', reason, undefined, { [variantParam]: 'reason-required' });
  if (reason.startsWith('the report is empty')) return new AppError(409, 'illegal_transition', reason, undefined, { [variantParam]: 'empty-report' });
  return new AppError(409, 'illegal_transition', reason, undefined, {
    [variantParam]: 'report',
    state: stateNames[report.state],
    action: actionNames[action.type],
  });
}
