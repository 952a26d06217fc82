/**
 * Where a thread's time goes, from a V8 CPU profile of it (the same sampling `node --cpu-prof`
 * does): self time grouped by what the code is, so the benchmark can say what its gap is made of.
 */
export interface CpuBreakdown {
  /** Seconds profiled. */
  seconds: number;
  /** Category → seconds of self time, largest first. */
  parts: [string, number][];
}

export const IDLE = 'idle (waiting for the workers or the disk)';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}

/** What a sampled function is, by its file: the parser, the database driver, our own code… */
function categoryOf(node: ProfileNode): string {
  const { url, functionName } = node.callFrame;
  if (functionName === '(idle)') return IDLE;
  if (functionName === '(garbage collector)') return 'garbage collection';
  if (url.includes('/csv-parse/')) return 'csv-parse (delimited parsing)';
  if (/text-decoding|iconv-lite/.test(url)) return 'decoding the bytes';
  // better-sqlite3's statement.run is native code: it shows as `run` without a file.
  if (/bulk-load|better-sqlite3|sqlite-driver|kysely/.test(url) || (url === '' && (functionName === 'run' || functionName === 'get' || functionName === 'all'))) return 'SQLite writes (prepared statement, binding)';
  if (/staging-file|write-register-records/.test(url)) return 'staged lines (JSON.parse)';
  // Reading a field or a staged line out of a buffer, in csv-parse or the importing thread.
  if (functionName === 'utf8Slice' || url === 'node:buffer' || url === 'node:internal/buffer') return 'byte slices (Buffer to text)';
  // A worker thread's start: reading and compiling its modules, once per import.
  if (url.startsWith('node:internal/modules') || url.startsWith('node:internal/deps/cjs-module-lexer') || /^(compileSourceTextModule|compileForInternalLoader|wrapSafe|ModuleWrap|internalModuleStat|readFileUtf8|realpathSync|lstat|fstat)$/.test(functionName))
    return 'loading code (a thread starting)';
  // A staging worker writes each checked record as a line of JSON text, sent on as UTF-8.
  if (url.includes('/stage-rows') || functionName === 'stagedValues' || functionName === 'encodeUtf8String' || functionName === 'encodeInto' || (functionName === 'encode' && url === 'node:internal/encoding'))
    return 'staged lines (JSON text, UTF-8)';
  if (/run-import|batch-stager|stage-rows|header-row|header-matching|table-reader|row-batches|delimited-rows|file-kind|read-worker|stage-worker|file-pipeline/.test(url) || /^node:internal\/(worker|per_context\/messageport|event_target|streams)/.test(url))
    return 'import plumbing (batches, rows, messages)';
  if (url.includes('/domain/') || /adapters|patents\/|register-record/.test(url)) return 'checking rows (domain rules)';
  if (functionName === '(program)') return 'V8 itself';
  if (url === '' && /^(postMessage|write|read|close|open|writeBuffer|writeString|openFileHandle)$/.test(functionName)) return 'import plumbing (batches, rows, messages)';
  return 'other';
}

/** A V8 CPU profile, as the inspector or `node --cpu-prof` writes it (times in microseconds). */
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/**
 * Self time by category. By default each sample counts the wall time since the one before; with
 * `perSample` (seconds) each counts that much: a thread waiting for a core is sampled once when it
 * runs again, so on a busy machine counting samples comes nearer its CPU time. `window` keeps the
 * samples taken between two instants (microseconds of the profile's clock, process.hrtime's).
 */
export function breakdownOf(profile: CpuProfile, options: { perSample?: number; window?: { from: number; to: number } } = {}): CpuBreakdown {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  let all = 0;
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (options.window && (at < options.window.from || at > options.window.to)) return;
    const seconds = options.perSample ?? delta / 1e6;
    all += seconds;
    const category = categoryOf(byNode.get(id)!);
    totals.set(category, (totals.get(category) ?? 0) + seconds);
  });
  return { seconds: all, parts: [...totals].sort((a, b) => b[1] - a[1]) };
}

/** Seconds of a breakdown in the categories whose name passes `test`. */
export function secondsIn(breakdown: CpuBreakdown, test: (category: string) => boolean): number {
  return breakdown.parts.filter(([name]) => test(name)).reduce((sum, [, seconds]) => sum + seconds, 0);
}

export function describeBreakdown(breakdown: CpuBreakdown): string {
  return breakdown.parts
    .filter(([, seconds]) => seconds / breakdown.seconds >= 0.02)
    .map(([name, seconds]) => `${name} ${((100 * seconds) / breakdown.seconds).toFixed(0)}%`)
    .join(', ');
}
