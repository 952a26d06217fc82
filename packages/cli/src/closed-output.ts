/** What a closed-output guard needs of an output stream: its error events. */
export interface OutputStream {
  on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown;
}

/**
 * `ipcounty … | head -1`: once the reader has gone, a write fails with EPIPE. Standard Unix tools
 * then stop quietly (SIGPIPE), so `ipcounty` ends at once with exit 0 instead of a stack trace.
 * Any other error on the stream is left to Node, which reports it as before.
 */
export function endQuietlyWhenReaderLeaves(stream: OutputStream, exit: (code: number) => void = (code) => process.exit(code)): void {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') exit(0);
    else throw error;
  });
}
