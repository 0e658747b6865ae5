/**
 * The checksum of a festival set's days and names: the 32-bit FNV-1a hash of the JSON of
 * `[fixed, weekdays, other, names]` (UTF-16 code units), in base 36; `''` for a value JSON cannot
 * write. It guards against a set changed by accident after {@link festivalSet} checked it, not
 * against forgery. @internal
 */
export function getChecksum(set: { readonly fixed?: unknown; readonly weekdays?: unknown; readonly other?: unknown; readonly names?: unknown }): string {
  let text: string;
  try {
    text = JSON.stringify([set.fixed, set.weekdays, set.other, set.names]);
  } catch {
    return '';
  }
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x1000193);
  return (h >>> 0).toString(36);
}
