/** The keys of a value at every depth, in order: what a schema's parse must not change. */
export function keyOrder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(keyOrder);
  if (value !== null && typeof value === 'object')
    return Object.entries(value).map(([k, v]) => [k, keyOrder(v)]);
  return typeof value;
}
