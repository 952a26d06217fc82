/** Where a request came from, for sessions and audit records. */
export interface RequestMeta {
  sourceIp: string | null;
  userAgent: string | null;
  requestId: string | null;
}

export const noRequest: RequestMeta = { sourceIp: null, userAgent: null, requestId: null };
