/** What `ipcounty` returns to the shell, so scripts can tell failures apart. */
export const exitCodes = {
  ok: 0,
  /** Something unexpected: a bug or the database unreachable. */
  failure: 1,
  /** The command line itself was wrong (unknown option, missing argument). */
  usage: 2,
  /** The input was refused (invalid file, failed validation); nothing was changed. */
  refused: 3,
  /** What was asked for does not exist. */
  notFound: 4,
} as const;
