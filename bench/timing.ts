import { performance } from "perf_hooks";

export function timeMs(work: () => unknown): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export function perSecond(count: number, ms: number): number {
  return (count / ms) * 1000;
}
