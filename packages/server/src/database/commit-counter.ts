let commits = 0;

/**
 * How many write transactions this process has committed. A reader that keeps what it read notes
 * the count first: if it has moved on when the copy is used, a commit came between and the copy
 * may predate it.
 */
export const commitCounter = {
  current: (): number => commits,
  committed: (): void => {
    commits += 1;
  },
};
