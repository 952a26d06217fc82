import { useMe } from '../session/session-context.js';

/** How the signed-in user works in supervision: the office runs it, units report, leaders read. */
export interface Perspective {
  kind: 'office' | 'leader' | 'unit';
  editPlan: boolean;
  review: boolean;
  submit: boolean;
  recordProgress: boolean;
  export: boolean;
}

export function usePerspective(): Perspective {
  const me = useMe();
  const review = me.can('reports.review');
  const submit = me.can('reports.submit');
  return {
    kind: review ? 'office' : submit ? 'unit' : 'leader',
    editPlan: me.can('workitems.write'),
    review,
    submit,
    recordProgress: me.can('workitems.progress'),
    export: me.can('exports.run') && !submit,
  };
}
