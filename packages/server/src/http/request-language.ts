import type { FastifyRequest } from 'fastify';
import type { MessageLanguage } from '@ipcounty/domain';

const asLanguage = (tag: string | undefined | null): MessageLanguage | undefined => {
  const primary = tag?.trim().toLowerCase().split(/[-_;]/)[0];
  if (primary === 'zh') return 'zh-CN';
  if (primary === 'en') return 'en';
  return undefined;
};

/**
 * The language a download is written in: the page's `lang` query parameter (a link the web builds
 * carries it, since a browser following a link sends its own Accept-Language, not the page's), else
 * the first language of Accept-Language the product speaks, else Chinese.
 */
export function requestLanguage(request: FastifyRequest): MessageLanguage {
  const fromQuery = asLanguage(new URL(request.url, 'http://localhost').searchParams.get('lang'));
  if (fromQuery) return fromQuery;
  const header = request.headers['accept-language'];
  for (const tag of (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',')) {
    const language = asLanguage(tag);
    if (language) return language;
  }
  return 'zh-CN';
}
