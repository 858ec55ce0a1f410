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

/** The longest busy run's length and its `most` functions of most inclusive time. */
export function longestBusyRun(profile: CpuProfile, most: number) {
  const dt = sampleMs(profile);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const samples = profile.samples ?? [];
  let best = [0, 0];
  for (let i = 0, start = 0; i <= samples.length; i++) {
    const idle = i === samples.length || byId.get(samples[i]!)!.callFrame.functionName === '(idle)';
    if (!idle) continue;
    if (i - start > best[1]! - best[0]!) best = [start, i];
    start = i + 1;
  }
  const inclusive = new Map<string, number>();
  for (let i = best[0]!; i < best[1]!; i++) {
    const seen = new Set<string>();
    for (let id: number | undefined = samples[i]; id !== undefined; id = parent.get(id)) {
      const f = byId.get(id)!.callFrame;
      const key = `${where(f)}:${f.lineNumber}:${f.columnNumber}`;
      if (!seen.has(key)) inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
      seen.add(key);
    }
  }
  return { ms: (best[1]! - best[0]!) * dt, functions: lines(inclusive, most, '  ') };
}
