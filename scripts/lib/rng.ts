/**
 * A seeded random number generator for the sample and benchmark data: the same seed gives the
 * same data on every run and every machine, which Math.random never would.
 */

/** mulberry32: a tiny seeded PRNG; Math.random would make every run different. */
export function makeRng(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number): number => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)] as T;
  /** items[i] with probability proportional to weights[i]. */
  const weighted = <T>(items: readonly T[], weights: readonly number[]): T => {
    let r = next() * weights.reduce((total, w) => total + w, 0);
    for (const [i, w] of weights.entries()) if ((r -= w) < 0) return items[i] as T;
    return items[items.length - 1] as T;
  };
  const shuffle = <T>(items: readonly T[]): T[] => {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = int(0, i);
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  };
  return { next, int, pick, weighted, shuffle, chance: (p: number) => next() < p };
}
export type Rng = ReturnType<typeof makeRng>;
