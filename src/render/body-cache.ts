/**
 * Bodies kept in memory within a byte budget, least recently used out first. A body dropped
 * here is produced again when next asked for, so the budget bounds memory, never correctness.
 */
export interface BodyCache {
  get(key: unknown): Buffer | undefined;
  /** Keeps `body` unless it alone is over the budget; drops the least recently used to fit it. */
  set(key: unknown, body: Buffer): void;
  /** Bytes held now. */
  bytes(): number;
}

export function createBodyCache(budgetBytes: number): BodyCache {
  // A Map iterates in insertion order: re-inserting on every hit keeps the oldest first.
  const bodies = new Map<unknown, Buffer>();
  let held = 0;
  return {
    get(key) {
      const body = bodies.get(key);
      if (body !== undefined) {
        bodies.delete(key);
        bodies.set(key, body);
      }
      return body;
    },
    set(key, body) {
      const previous = bodies.get(key);
      if (previous !== undefined) {
        bodies.delete(key);
        held -= previous.length;
      }
      if (body.length > budgetBytes) return;
      bodies.set(key, body);
      held += body.length;
      for (const [oldKey, oldBody] of bodies) {
        if (held <= budgetBytes) break;
        bodies.delete(oldKey);
        held -= oldBody.length;
      }
    },
    bytes: () => held,
  };
}
