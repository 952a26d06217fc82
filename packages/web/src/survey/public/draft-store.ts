import type { Answers } from '@ipcounty/domain';

/**
 * The answers kept on the phone as well as on the server, so a reload (or a dropped connection
 * while saving) loses nothing: the page restores from here at once and from the server after.
 */
export interface StoredDraft {
  deviceToken?: string;
  answers: Answers;
  page: number;
}

const keyOf = (token: string) => `ipcounty-survey:${token}`;

export function readDraft(token: string): StoredDraft {
  try {
    const text = window.localStorage.getItem(keyOf(token));
    const parsed = text ? (JSON.parse(text) as Partial<StoredDraft>) : {};
    return { ...(parsed.deviceToken ? { deviceToken: parsed.deviceToken } : {}), answers: parsed.answers ?? {}, page: parsed.page ?? 0 };
  } catch {
    // Private browsing or a full store: the server copy still holds the answers.
    return { answers: {}, page: 0 };
  }
}

export function writeDraft(token: string, draft: StoredDraft): void {
  try {
    window.localStorage.setItem(keyOf(token), JSON.stringify(draft));
  } catch {
    // As above: nothing to do, the server copy is saved separately.
  }
}
