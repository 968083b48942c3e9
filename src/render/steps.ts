/**
 * Work cut into steps: a generator that yields wherever it may pause, and returns what it made.
 * The same steps run all at once, or a few milliseconds at a time with the event loop answering
 * requests in between; either way the result is handed over whole, at the end.
 */
export type Steps<R> = Generator<void, R, void>;

/** Runs every step now. */
export function allAtOnce<R>(steps: Steps<R>): R {
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

/** Runs steps for at most about `sliceMs` at a time, then lets whatever waits run before going on. */
export async function inSlices<R>(steps: Steps<R>, sliceMs: number): Promise<R> {
  let sliceEnd = performance.now() + sliceMs;
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
    if (performance.now() >= sliceEnd) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      sliceEnd = performance.now() + sliceMs;
    }
  }
}

/** Pieces copied into the whole between two steps: a few megabytes at most, well under a millisecond. */
const PIECES_PER_STEP = 1000;

/**
 * `Buffer.concat(pieces)`, copied a thousand pieces a step: a body of ten thousand releases'
 * pieces is put together without holding the event loop, and without a string of the whole.
 */
export function* concatenated(pieces: readonly Uint8Array[]): Steps<Buffer> {
  let length = 0;
  for (const piece of pieces) length += piece.length;
  const whole = Buffer.allocUnsafe(length);
  let offset = 0;
  for (const [index, piece] of pieces.entries()) {
    if (index > 0 && index % PIECES_PER_STEP === 0) yield;
    whole.set(piece, offset);
    offset += piece.length;
  }
  return whole;
}

/**
 * `make(key)` as a step, kept while the key is the same object: a step only when it is made, so
 * that writing a whole list again after an edit costs a step for each changed entry alone.
 */
export function keptFor<K extends object, V extends object | null>(make: (key: K) => V): (key: K) => Steps<V> {
  const kept = new WeakMap<K, V>();
  return function* made(key) {
    const earlier = kept.get(key);
    if (earlier !== undefined) return earlier;
    const value = make(key);
    kept.set(key, value);
    yield;
    return value;
  };
}
