import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** A measured phase on the monotonic clock V8's profiler also stamps its samples with (µs). */
export type Window = { fromUs: number; toUs: number };

/** Now on the monotonic clock, in µs (`process.hrtime`, CLOCK_MONOTONIC like V8's ticks). */
export const monotonicUs = () => Number(process.hrtime.bigint() / 1000n);

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
};
type CpuProfile = {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
};

/** Where a sample's own time goes, by the package its function belongs to. */
const PACKAGES: [RegExp, string][] = [
  [
    /node_modules\/(pg|pg-protocol|pg-types|pg-pool|postgres-[\w-]+)\//,
    '`pg` (driver, protocol, result parsing)',
  ],
  [/node_modules\/kysely\//, 'Kysely (query building, compilation)'],
  [/node_modules\/(@hono\/node-server)\//, '@hono/node-server (Request/Response adapters)'],
  [/node_modules\/(@hono\/zod-openapi|@hono\/zod-validator|zod)\//, 'zod (validation)'],
  [/node_modules\/hono\//, 'Hono (routing, middleware)'],
  [/node_modules\/(pino|thread-stream|sonic-boom)/, 'pino (logging)'],
  [/packages\/loyalty\//, 'loyalty rules'],
  [/packages\/server\//, 'server code (use cases, repositories, routes)'],
];

function packageOf(frame: ProfileNode['callFrame']): string {
  if (frame.functionName === '(garbage collector)') return 'garbage collection';
  if (frame.functionName === 'writev' || frame.functionName === 'writeBuffer')
    return 'socket writes (`writev`, `writeBuffer`: to PostgreSQL and to the client)';
  for (const [pattern, name] of PACKAGES) if (pattern.test(frame.url)) return name;
  return 'Node internals and native code (HTTP parser, streams, crypto, …)';
}

const label = (f: ProfileNode['callFrame']) =>
  `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*node_modules\//, '').replace(/^.*packages\//, '')}${f.url ? `:${f.lineNumber + 1}` : ''}`;

/** The main thread's profile written last in `dir` (`--cpu-prof` names it …<pid>.0.<n>). */
export function latestMainProfile(dir: string): string | null {
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => /\.0\.\d+\.cpuprofile$/.test(f));
  } catch {
    return null;
  }
  const newest = files
    .map((f) => ({ path: join(dir, f), at: statSync(join(dir, f)).mtimeMs }))
    .sort((a, b) => b.at - a.at)[0];
  return newest?.path ?? null;
}

/**
 * The server's busy samples inside `windows` (the measured purchases-only phases), by package
 * and by function (self time), as Markdown: what to paste next to the figures.
 */
export function profileSummary(path: string, windows: readonly Window[], top = 15): string {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const inWindow = (t: number) => windows.some((w) => t >= w.fromUs && t < w.toUs);
  const self = new Map<string, number>();
  const packages = new Map<string, number>();
  let busy = 0;
  let idle = 0;
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i] ?? 0;
    if (!inWindow(t)) return;
    const frame = byId.get(id)!.callFrame;
    if (frame.functionName === '(idle)' || frame.functionName === '(program)') {
      idle += 1;
      return;
    }
    busy += 1;
    self.set(label(frame), (self.get(label(frame)) ?? 0) + 1);
    const pkg = packageOf(frame);
    packages.set(pkg, (packages.get(pkg) ?? 0) + 1);
  });
  if (busy === 0) return `Profile ${path}: no busy sample in the measured windows.`;
  const pct = (n: number) => `${((100 * n) / busy).toFixed(1)} %`;
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
  return [
    `Server profile (\`--profile\`, ${path}), the purchases-only cells' measured seconds: ${busy} busy samples (${idle} idle); shares of the busy ones.`,
    '',
    '| where (self time) | share |',
    '|---|--:|',
    ...sorted(packages).map(([k, n]) => `| ${k} | ${pct(n)} |`),
    '',
    `Top ${top} functions (self time): ${sorted(self)
      .slice(0, top)
      .map(([k, n]) => `\`${k}\` ${pct(n)}`)
      .join(', ')}.`,
  ].join('\n');
}
