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
