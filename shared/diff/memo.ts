/** Per-text results the diff asks for again with every candidate pair a text is in: remembered, in a bounded cache. */
const MEMO_SIZE = 20_000;

/**
 * `compute`, remembered per text; past `size` texts (by default MEMO_SIZE: a document's claims and their candidates,
 * with room to spare) it starts over.
 */
export function memo<T>(compute: (text: string) => T, size = MEMO_SIZE): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let hit = cache.get(text);
    if (hit === undefined && !cache.has(text)) {
      if (cache.size > size) cache.clear();
      hit = compute(text);
      cache.set(text, hit);
    }
    return hit as T;
  };
}
