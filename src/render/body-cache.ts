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

interface Entry {
  body: Buffer;
  /** When it was last moved to the recent end, counted in moves. */
  moved: number;
}

export function createBodyCache(budgetBytes: number): BodyCache {
  // A Map iterates in insertion order: re-inserting a body when it is used keeps the least
  // recently used first. A body used again soon after its last move is left in place, so a
  // page read thousands of times a second costs a lookup, not a move, per read.
  const entries = new Map<unknown, Entry>();
  let held = 0;
  let moves = 0;
  const moveToRecent = (key: unknown, entry: Entry): void => {
    entries.delete(key);
    entry.moved = moves++;
    entries.set(key, entry);
  };
  return {
    get(key) {
      const entry = entries.get(key);
      if (entry !== undefined && moves - entry.moved > entries.size / 2) moveToRecent(key, entry);
      return entry?.body;
    },
    set(key, body) {
      const previous = entries.get(key);
      if (previous !== undefined) {
        entries.delete(key);
        held -= previous.body.length;
      }
      if (body.length > budgetBytes) return;
      moveToRecent(key, { body, moved: 0 });
      held += body.length;
      for (const [oldKey, old] of entries) {
        if (held <= budgetBytes) break;
        entries.delete(oldKey);
        held -= old.body.length;
      }
    },
    bytes: () => held,
  };
}
