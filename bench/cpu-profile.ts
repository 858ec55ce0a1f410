/**
 * Reading a CPU profile from Chromium's DevTools protocol (Profiler.stop) for the browser benches:
 * the heaviest functions by self time, and the longest run of samples without idle (about the
 * longest main-thread task) by inclusive time, each as "ms function file:line" lines.
 */
interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
  readonly columnNumber: number;
}
export interface CpuProfile {
  readonly nodes: readonly {
    readonly id: number;
    readonly callFrame: CallFrame;
    readonly children?: readonly number[];
  }[];
  readonly startTime: number;
  readonly endTime: number;
  readonly samples?: readonly number[];
}

const where = (f: CallFrame) => `${f.functionName || '(anon)'} ${f.url.split('/').pop()}`;
const lines = (times: Map<string, number>, most: number, indent = '') =>
  [...times]
    .sort((a, b) => b[1] - a[1])
    .slice(0, most)
    .map(([k, v]) => `${indent}${v.toFixed(0)} ms ${k}`)
    .join('\n');

/** Milliseconds per sample. */
const sampleMs = (profile: CpuProfile) =>
  (profile.endTime - profile.startTime) / (profile.samples?.length || 1) / 1000;

/** The `most` functions of most self time. */
export function selfTimes(profile: CpuProfile, most: number, indent = ''): string {
  const dt = sampleMs(profile);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  for (const id of profile.samples ?? []) {
    const key = `${where(byId.get(id)!.callFrame)}:${byId.get(id)!.callFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + dt);
  }
  return lines(self, most, indent);
}

/** Runs of samples without idle, as [start, end) sample indexes, longest first. */
function busyRuns(profile: CpuProfile): [number, number][] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const samples = profile.samples ?? [];
  const runs: [number, number][] = [];
  for (let i = 0, start = 0; i <= samples.length; i++) {
    const idle = i === samples.length || byId.get(samples[i]!)!.callFrame.functionName === '(idle)';
    if (!idle) continue;
    if (i > start) runs.push([start, i]);
    start = i + 1;
  }
  return runs.sort((a, b) => b[1] - b[0] - (a[1] - a[0]));
}

/** The `most` functions of most inclusive time over samples [from, to). */
function inclusiveTimes(profile: CpuProfile, [from, to]: [number, number], most: number) {
  const dt = sampleMs(profile);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const samples = profile.samples ?? [];
  const inclusive = new Map<string, number>();
  for (let i = from; i < to; i++) {
    const seen = new Set<string>();
    for (let id: number | undefined = samples[i]; id !== undefined; id = parent.get(id)) {
      const f = byId.get(id)!.callFrame;
      const key = `${where(f)}:${f.lineNumber}:${f.columnNumber}`;
      if (!seen.has(key)) inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
      seen.add(key);
    }
  }
  return lines(inclusive, most, '  ');
}

/** The longest busy run's length and its `most` functions of most inclusive time. */
export function longestBusyRun(profile: CpuProfile, most: number) {
  const [best = [0, 0] as [number, number]] = busyRuns(profile);
  return {
    ms: (best[1] - best[0]) * sampleMs(profile),
    functions: inclusiveTimes(profile, best, most),
  };
}

/** Every busy run of at least `minMs`, in time order, each with its `most` heaviest functions. */
export function busyRunsOver(profile: CpuProfile, minMs: number, most: number) {
  const dt = sampleMs(profile);
  return busyRuns(profile)
    .filter(([a, b]) => (b - a) * dt >= minMs)
    .sort((x, y) => x[0] - y[0])
    .map((run) => ({
      atMs: run[0] * dt,
      ms: (run[1] - run[0]) * dt,
      functions: inclusiveTimes(profile, run, most),
    }));
}
