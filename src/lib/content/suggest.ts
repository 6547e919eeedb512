/** The nearest known name for a misspelt one, as a hint in a message: `（是否应为 <Measure>？）`. */

/** `（是否应为 <Measure>？）` for the nearest name, when one is close enough. */
export function suggest(
  value: string,
  names: readonly string[],
  show: (s: string) => string,
): string {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const name of names) {
    const d = distance(value.toLowerCase(), name.toLowerCase());
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  const limit = Math.max(1, Math.floor(Math.max(value.length, best?.length ?? 0) / 3));
  if (best !== undefined && bestDistance <= limit) return `（是否应为 ${show(best)}？）`;
  // A name written short or long: 满意率 for 群众满意率.
  const containing = names.filter(
    (n) => value.length > 1 && (n.includes(value) || value.includes(n)),
  );
  return containing.length === 1 ? `（是否应为 ${show(containing[0] as string)}？）` : '';
}

/** Edit distance by code point, a swap of two neighbours counting as one edit (nmae → name). */
function distance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  const d: number[][] = Array.from({ length: x.length + 1 }, (_, i) =>
    Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => (d[i] as number[])[j] as number;
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      let best = Math.min(
        at(i - 1, j) + 1,
        at(i, j - 1) + 1,
        at(i - 1, j - 1) + (x[i - 1] === y[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      (d[i] as number[])[j] = best;
    }
  }
  return at(x.length, y.length);
}
