/**
 * Whether a 督办单 concerns a work item: a notice on the item itself (`work-item:<id>`) or on one of
 * its reports (`report:<round>/<id>/<unit>`). The dossier and the answer panel both find a notice's
 * task this way.
 */
export function noticeConcerns(subjectId: string, workItemId: string): boolean {
  return subjectId === `work-item:${workItemId}` || subjectId.includes(`/${workItemId}/`);
}
