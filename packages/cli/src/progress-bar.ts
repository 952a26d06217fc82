import type { ImportProgress } from '@ipcounty/domain';
import type { CliLanguage } from './cli-language.js';
import { progressMessages } from './catalogue/progress.messages.js';

const WIDTH = 30;

/**
 * An import's progress on stderr (stdout stays for the result, or --json): a bar redrawn in place
 * on a terminal, or a line at each tenth when stderr is a file or a pipe.
 */
export function progressBar(label: string, lang: CliLanguage, stream: NodeJS.WriteStream = process.stderr): { update(progress: ImportProgress): void; done(): void } {
  const interactive = stream.isTTY === true;
  let lastPhase = '';
  let lastTenth = -1;
  let drawn = false;
  const m = progressMessages[lang];
  return {
    update(progress) {
      const reading = progress.phase === 'reading';
      const done = reading ? progress.rowsRead : progress.written;
      const total = reading ? progress.rowsExpected : progress.toWrite;
      const fraction = total ? Math.min(done / total, 1) : null;
      const phase = m.phase[progress.phase];
      const count = m.rows(done, total);
      if (interactive) {
        const filled = fraction === null ? 0 : Math.round(fraction * WIDTH);
        const bar = fraction === null ? '·'.repeat(WIDTH) : `${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}`;
        const percent = fraction === null ? '' : ` ${String(Math.round(fraction * 100)).padStart(3)}%`;
        stream.write(`\r${label} ${phase.padEnd(m.phaseWidth)} ${bar}${percent} ${count}\x1b[K`);
        drawn = true;
        return;
      }
      const tenth = fraction === null ? 0 : Math.floor(fraction * 10);
      if (progress.phase !== lastPhase) {
        lastPhase = progress.phase;
        lastTenth = -1;
      }
      if (tenth > lastTenth) {
        stream.write(`${label} ${phase}${fraction === null ? '' : ` ${tenth * 10}%`} ${count}\n`);
        lastTenth = tenth;
      }
    },
    done() {
      if (drawn) stream.write('\n');
    },
  };
}
