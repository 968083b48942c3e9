/** The middle value, or the mean of the two middle ones. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * The median over the rounds of each round's `top / bottom` (a round without a `bottom` counts
 * as 1): the machine's speed drifts over minutes, and servers measured one right after another
 * in the same round share the same drift.
 */
export function medianOfRoundRatios(top: readonly number[], bottom: readonly number[]): number {
  return median(top.map((value, round) => value / (bottom[round] ?? value)));
}
