/**
 * Row spans for merged cells: for each row, how many rows its cell covers (0 when an earlier
 * row's cell already covers it).
 */
export function mergeSpans(keys: readonly string[]): number[] {
  const spans = new Array<number>(keys.length).fill(0);
  let start = 0;
  for (let i = 1; i <= keys.length; i++) {
    if (i === keys.length || keys[i] !== keys[start]) {
      spans[start] = i - start;
      start = i;
    }
  }
  return spans;
}
