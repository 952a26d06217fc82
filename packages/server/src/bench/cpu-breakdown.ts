import { Session } from 'node:inspector/promises';

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

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}

/** What a sampled function is, by its file: the parser, the database driver, our own code… */
function categoryOf(node: ProfileNode): string {
  const { url, functionName } = node.callFrame;
  if (functionName === '(idle)') return 'idle (waiting for the workers or the disk)';
  if (functionName === '(garbage collector)') return 'garbage collection';
  if (url.includes('/csv-parse/')) return 'csv-parse (delimited parsing)';
  if (/text-decoding|iconv-lite/.test(url)) return 'decoding the bytes';
  // better-sqlite3's statement.run is native code: it shows as `run` without a file.
  if (/bulk-load|better-sqlite3|sqlite-driver|kysely/.test(url) || (url === '' && (functionName === 'run' || functionName === 'get' || functionName === 'all'))) return 'SQLite writes (prepared statement, binding)';
  if (/staging-file|write-register-records/.test(url) || functionName === 'utf8Slice' || url === 'node:buffer') return 'staged lines (JSON.parse, byte slices)';
  if (/run-import|batch-stager|stage-rows|header-row|table-reader|row-batches|delimited-rows|file-kind/.test(url) || url.startsWith('node:internal/worker')) return 'import plumbing (batches, rows, messages)';
  if (url.includes('/domain/') || /adapters|patents\/|register-record/.test(url)) return 'checking rows (domain rules)';
  if (functionName === '(program)') return 'V8 itself';
  if (url === '' && /^(postMessage|write|read|close|open|writeBuffer|writeString|openFileHandle)$/.test(functionName)) return 'import plumbing (batches, rows, messages)';
  return 'other';
}

/** Profiles this thread while `work` runs. */
export async function profiled<T>(work: () => Promise<T>): Promise<{ value: T; breakdown: CpuBreakdown }> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 1000 });
  await session.post('Profiler.start');
  let value: T | undefined;
  let failure: unknown;
  try {
    value = await work();
  } catch (error) {
    failure = error;
  }
  const { profile } = (await session.post('Profiler.stop')) as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
  session.disconnect();
  if (failure !== undefined) throw failure;
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  let all = 0;
  profile.samples.forEach((id, i) => {
    const seconds = (profile.timeDeltas[i] ?? 0) / 1e6;
    all += seconds;
    const category = categoryOf(byNode.get(id)!);
    totals.set(category, (totals.get(category) ?? 0) + seconds);
  });
  return { value: value as T, breakdown: { seconds: all, parts: [...totals].sort((a, b) => b[1] - a[1]) } };
}

export function describeBreakdown(breakdown: CpuBreakdown): string {
  return breakdown.parts
    .filter(([, seconds]) => seconds / breakdown.seconds >= 0.02)
    .map(([name, seconds]) => `${name} ${((100 * seconds) / breakdown.seconds).toFixed(0)}%`)
    .join(', ');
}
