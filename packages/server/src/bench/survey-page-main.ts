import { printSurveyPageTransfer } from './survey-page.bench.js';

/** `node packages/server/dist/bench/survey-page-main.js [webRoot]`: the survey answer page's transfer alone. */
printSurveyPageTransfer(undefined, process.argv[2]).catch((error: unknown) => {
  process.stderr.write(`survey page bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
