/**
 * `memo(key, inputs, make)`: what the previous render made under `key` when it was made from the
 * same inputs (compared with `===`), else `make()`.
 */
export type Memo = <T>(key: string, inputs: readonly unknown[], make: () => T) => T;

interface Made {
  inputs: readonly unknown[];
  value: unknown;
}

/**
 * Runs renders that reuse what the previous one made from unchanged inputs, so an edit to one
 * release re-renders that release and the pages that list it, not every page. Only the latest
 * completed render is remembered: a render that throws leaves the memory as it was.
 */
export function memoAcrossRenders(): <R>(render: (memo: Memo) => R) => R {
  let previous = new Map<string, Made>();
  return (render) => {
    const current = new Map<string, Made>();
    const result = render(<T>(key: string, inputs: readonly unknown[], make: () => T): T => {
      const earlier = current.get(key) ?? previous.get(key);
      const value = earlier !== undefined && sameInputs(earlier.inputs, inputs) ? (earlier.value as T) : make();
      current.set(key, { inputs, value });
      return value;
    });
    previous = current;
    return result;
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
