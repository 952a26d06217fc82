import type { MessageKey } from '../i18n/zh-CN.js';

/** The server records what it did by itself (demo data, the first plan, scheduled reports) as `system`. */
export const systemActor = 'system';

/** Who did something, as the interface names them: the platform itself in words, a person by name. */
export function actorName(by: string | null | undefined, t: (key: MessageKey) => string): string {
  if (by === systemActor) return t('app.system');
  return by ?? '';
}
