// Remembered vectors: comparing one article against many embeds its claims once.

type Embed = (texts: string[]) => Promise<Float32Array[]>;

/** How many texts an embedder remembers; the least recently used go first (about 30 MB at 384 dimensions). */
export const REMEMBERED = 20_000;

/**
 * Wraps an embedding function so that a text embedded before is not embedded again. Vectors are shared between
 * calls: treat them as read-only.
 */
export function remembering(embed: Embed, limit = REMEMBERED): Embed {
  const memo = new Map<string, Float32Array>();
  return async (texts) => {
    const keys = texts.map((t) => String(t ?? ''));
    const missing = [...new Set(keys.filter((k) => !memo.has(k)))];
    const fresh = new Map<string, Float32Array>();
    if (missing.length > 0) {
      const vectors = await embed(missing);
      missing.forEach((k, i) => fresh.set(k, vectors[i]));
    }
    const out = keys.map((k) => fresh.get(k) ?? memo.get(k)!);
    // Used texts move to the back of the map (most recent); the front is dropped beyond the limit.
    keys.forEach((k, i) => {
      memo.delete(k);
      memo.set(k, out[i]);
    });
    for (const oldest of memo.keys()) {
      if (memo.size <= limit) break;
      memo.delete(oldest);
    }
    return out;
  };
}
