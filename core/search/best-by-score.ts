/**
 * The best `count` of many scored items, in the order a stable sort by score (highest first) would
 * give them, without sorting them all: a prefix being typed can match thousands of documents of
 * which a list shows twenty, and sorting them all is most of a keystroke's time.
 */
export function bestByScore<T extends { score: number }>(items: readonly T[], count: number): T[] {
  if (count <= 0) return [];
  const byScore = (a: T, b: T) => {
    const [x, y] = [rank(a.score), rank(b.score)];
    return x === y ? 0 : x > y ? -1 : 1;
  };
  if (items.length <= count) return [...items].sort(byScore);
  const scores = new Float64Array(items.length);
  for (let i = 0; i < items.length; i++) scores[i] = rank(items[i]?.score ?? Number.NaN);
  const threshold = kthLargest(scores.slice(), count);
  let above = 0;
  for (const score of scores) if (score > threshold) above++;
  // Those above the threshold, and of those at it the first ones (a stable sort keeps them first).
  let atThreshold = count - above;
  const best: T[] = [];
  for (let i = 0; i < items.length; i++) {
    const score = scores[i] ?? Number.NEGATIVE_INFINITY;
    if (score > threshold) best.push(items[i] as T);
    else if (score === threshold && atThreshold > 0) {
      best.push(items[i] as T);
      atThreshold--;
    }
  }
  return best.sort(byScore);
}

/** A score that compares: NaN (never from MiniSearch, but not trusted) ranks last. */
function rank(score: number): number {
  return Number.isNaN(score) ? Number.NEGATIVE_INFINITY : score;
}

/** The `k`-th largest value (1-based), by quickselect; reorders `values`. */
function kthLargest(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  const target = k - 1;
  while (lo < hi) {
    // Median of three as the pivot: sorted or repeated scores stay linear on average.
    const mid = (lo + hi) >>> 1;
    const pivot = median3(values[lo] ?? 0, values[mid] ?? 0, values[hi] ?? 0);
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] ?? 0) > pivot) i++;
      while ((values[j] ?? 0) < pivot) j--;
      if (i <= j) {
        const swap = values[i] ?? 0;
        values[i] = values[j] ?? 0;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return values[target] ?? Number.NEGATIVE_INFINITY;
}

function median3(a: number, b: number, c: number): number {
  return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
}
