/**
 * `memo(key, inputs, make)`: what the previous render made under `key` when it was made from the
 * same inputs (compared with `===`), else `make()`.
 */
export type Memo = <T>(key: string, inputs: readonly unknown[], make: () => T) => T;

interface Made {
  inputs: readonly unknown[];
  value: unknown;
}

/** One render's memo, and how it becomes the memory of the next render once it has completed. */
export interface MemoRender {
  memo: Memo;
  /** What this render made is what the next ones find. */
  keep: () => void;
}

/**
 * Starts renders that reuse what the previous one made from unchanged inputs, so an edit to one
 * release re-renders that release and the pages that list it, not every page. Only the latest
 * kept render is remembered: a render that throws, and so is never kept, leaves the memory as it was.
 */
export function memoAcrossRenders(): () => MemoRender {
  let previous = new Map<string, Made>();
  return () => {
    const current = new Map<string, Made>();
    const memo: Memo = <T>(key: string, inputs: readonly unknown[], make: () => T): T => {
      const earlier = current.get(key) ?? previous.get(key);
      const value = earlier !== undefined && sameInputs(earlier.inputs, inputs) ? (earlier.value as T) : make();
      current.set(key, { inputs, value });
      return value;
    };
    return {
      memo,
      keep: () => {
        previous = current;
      },
    };
  };
}

function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/** `make()`, called the first time the result is asked for and kept: for values a render may never need. */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}
