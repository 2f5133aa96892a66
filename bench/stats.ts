// Small statistics shared by the benchmarks and the load suite.

/** The q-quantile (0..1) of an ascending array, nearest-rank; NaN when empty. */
export function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

/** Rounds to two decimals, the precision every figure is printed with. */
export function round(n: number): number {
  return Number(n.toFixed(2));
}
