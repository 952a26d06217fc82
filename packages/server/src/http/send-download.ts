/**
 * Every file the API hands out goes through here, so each download is named the same way and each
 * download of data is in the audit log (DJ-AUD-01 导出) before a byte leaves.
 *
 * API:
 * - `sendDownload(ctx, request, reply, { fileName, type, body, audit })`: records the audit entry
 *   (`exports.downloaded` unless `audit.action` says otherwise) in the request's county
 *   (`request.countyId`) as the request's user, then sends `body` (bytes, text, a stream, or a
 *   function that starts the stream once the entry is stored) as an attachment. `audit: null` is for files that carry no county data (a blank import
 *   template) or that the user reads back after sending it themselves (their own upload).
 * - `contentDisposition(fileName)`: the header alone (RFC 6266): `filename` with a plain ASCII
 *   stand-in for older clients, and `filename*` (RFC 5987, UTF-8) with the real name, so
 *   "责任清单.xlsx" arrives as such and no name can break out of the header.
 */
import type { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuditDetails, AuditEventType } from '@ipcounty/domain';
import { actorOfRequest } from '../accounts/request-identity.js';
import { recordAudit } from '../audit/record-audit.js';
import { inWriteTransaction } from '../database/transactions.js';
import type { CommandContext } from '../common/command-context.js';

export interface AuditedDownload {
  /** 'exports.downloaded' unless given ('audit.exported' for the audit log itself). */
  action?: AuditEventType;
  /** The kind of thing downloaded: 'plan', 'indicators', a register kind… */
  entity: string;
  /** Its id in the log; the file name when not given, none when null. */
  entityId?: string | null;
  details?: AuditDetails;
}

export interface Download {
  fileName: string;
  /** The media type ('application/json; charset=utf-8', the xlsx type…). */
  type: string;
  /** The bytes, or a function that starts writing them once the audit entry is stored (a large export). */
  body: Buffer | string | Readable | (() => Readable);
  audit: AuditedDownload | null;
}

export const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Content-Disposition for a download named `fileName` (RFC 6266 with RFC 5987's filename*). */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** Audit the download (unless it carries no data), then send it as an attachment. */
export async function sendDownload(ctx: CommandContext, request: FastifyRequest, reply: FastifyReply, download: Download): Promise<FastifyReply> {
  const { audit } = download;
  if (audit) {
    await inWriteTransaction(ctx.handle, (tx) =>
      recordAudit(tx, ctx.audit, {
        countyId: request.countyId,
        actor: actorOfRequest(request),
        action: audit.action ?? 'exports.downloaded',
        entity: audit.entity,
        entityId: audit.entityId === undefined ? download.fileName : audit.entityId,
        ...(audit.details ? { details: audit.details } : {}),
      }),
    );
  }
  reply.header('content-disposition', contentDisposition(download.fileName));
  return reply.type(download.type).send(typeof download.body === 'function' ? download.body() : download.body);
}
