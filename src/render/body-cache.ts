/**
 * Bodies kept in memory within a byte budget, least recently used out first. A body dropped
 * here is produced again when next asked for, so the budget bounds memory, never correctness.
 */
export interface BodyCache {
  get(key: unknown): Buffer | undefined;
  /**
   * Keeps `body` unless it alone is over the budget; drops the least recently used to fit it.
   * An object key is held weakly: once nothing else holds it, its body can never be asked for
   * again and is dropped (a representation of a site replaced by an edit).
   */
  set(key: unknown, body: Buffer): void;
  /** Bytes held now. */
  bytes(): number;
}

interface Entry {
  /** Undefined once dropped: an object's entry stays in the weak map until the object goes. */
  body: Buffer | undefined;
  /** When it was last moved to the recent end, counted in moves. */
  moved: number;
  /** A key that is not an object, to drop it from the strong map. */
  strongKey?: unknown;
}

function isObject(key: unknown): key is object {
  return (typeof key === 'object' && key !== null) || typeof key === 'function';
}

export function createBodyCache(budgetBytes: number): BodyCache {
  const strong = new Map<unknown, Entry>();
  const weak = new WeakMap<object, Entry>();
  // A Set iterates in insertion order: re-inserting an entry when it is used keeps the least
  // recently used first. An entry used again soon after its last move is left in place, so a
  // page read thousands of times a second costs a lookup, not a move, per read.
  const order = new Set<Entry>();
  let held = 0;
  let moves = 0;
  const drop = (entry: Entry): void => {
    if (entry.body === undefined) return;
    order.delete(entry);
    held -= entry.body.length;
    entry.body = undefined;
    if ('strongKey' in entry) strong.delete(entry.strongKey);
    else gone.unregister(entry);
  };
  const gone = new FinalizationRegistry<Entry>(drop);
  const moveToRecent = (entry: Entry): void => {
    order.delete(entry);
    entry.moved = moves++;
    order.add(entry);
  };
  const entryOf = (key: unknown): Entry | undefined => (isObject(key) ? weak.get(key) : strong.get(key));
  return {
    get(key) {
      const entry = entryOf(key);
      if (entry?.body !== undefined && moves - entry.moved > order.size / 2) moveToRecent(entry);
      return entry?.body;
    },
    set(key, body) {
      const previous = entryOf(key);
      if (previous !== undefined) drop(previous);
      if (body.length > budgetBytes) return;
      const entry: Entry = { body, moved: 0 };
      if (isObject(key)) {
        weak.set(key, entry);
        gone.register(key, entry, entry);
      } else {
        entry.strongKey = key;
        strong.set(key, entry);
      }
      moveToRecent(entry);
      held += body.length;
      for (const old of order) {
        if (held <= budgetBytes) break;
        drop(old);
      }
    },
    bytes: () => held,
  };
}
