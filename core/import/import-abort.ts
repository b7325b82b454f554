import type { Issue } from '../result.ts';

/** Reading or storing a file stopped with a reason the user sees; nothing of it is kept. */
export class ImportAbort extends Error {
  constructor(readonly issue: Issue) {
    super(issue.message);
  }
}
