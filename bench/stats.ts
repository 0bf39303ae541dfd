/** Summaries of repeated measurements, shared by the benches that take them. */

export const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

/** The value below which a share `p` (0–1) of the measurements fall. */
export const percentile = (values: readonly number[], p: number): number =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] as number;

/** A duration for a table: one decimal below 10, whole above. */
export const fmt = (n: number): string => (n < 10 ? n.toFixed(1) : Math.round(n).toString());
