import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { SourceMapLookup } from './source-map-lookup.js';

/**
 * What a start spends its time on, from the CPU profile `node --cpu-prof` writes when the process
 * ends: each sample goes to the package whose code was running or being loaded (the outermost
 * package on the stack, so a dependency that fastify loads counts as fastify), else to our own
 * code, else to what V8 names it (garbage collection, compiling modules). Code of the one-file
 * server build (dist/bundle) is traced to its package through the build's source map.
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function whereOf(stack: ProfileNode[], sourceOf: (node: ProfileNode) => string): string {
  let outer: string | undefined;
  let own: string | undefined;
  for (const node of stack) {
    const url = sourceOf(node);
    const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
    if (dependency) outer = dependency;
    else if (/\/packages\/(domain|server)\/dist\//.test(url)) own ??= 'our own code';
  }
  if (outer) return outer;
  if (own) return own;
  const name = stack[0]?.callFrame.functionName ?? '';
  if (name === '(garbage collector)') return 'garbage collection';
  if (name === '(idle)') return 'idle (waiting for files)';
  return 'Node itself (compiling and linking modules)';
}

/** The shares of the largest parts of the profile in `dir`, as one line: "fastify 14%, zod 9%, …". */
export async function startProfileSummary(dir: string, parts = 8): Promise<string> {
  const file = (await readdir(dir)).find((name) => name.endsWith('.cpuprofile'));
  if (!file) return 'no profile written';
  const profile = JSON.parse(await readFile(path.join(dir, file), 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const sourceMaps = new SourceMapLookup();
  const sources = new Map<number, string>();
  const sourceOf = (node: ProfileNode) => {
    let source = sources.get(node.id);
    if (source === undefined) {
      const { url, lineNumber, columnNumber } = node.callFrame;
      source = /\/dist\/bundle\//.test(url) ? sourceMaps.sourceOf(url, lineNumber, columnNumber) : url;
      sources.set(node.id, source);
    }
    return source;
  };
  const totals = new Map<string, number>();
  let all = 0;
  profile.samples.forEach((id, i) => {
    const micros = profile.timeDeltas[i] ?? 0;
    all += micros;
    const stack: ProfileNode[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) stack.push(byId.get(at)!);
    const where = whereOf(stack, sourceOf);
    totals.set(where, (totals.get(where) ?? 0) + micros);
  });
  const largest = [...totals].sort((a, b) => b[1] - a[1]).slice(0, parts);
  return `${(all / 1e6).toFixed(2)} s of CPU profiled: ${largest.map(([where, micros]) => `${where} ${((100 * micros) / all).toFixed(0)}%`).join(', ')}`;
}
