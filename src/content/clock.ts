/** Time as the content store sees it: injected, so that tests never wait for an embargo to end. */
export interface Clock {
  /** Milliseconds since 1970 UTC. */
  now(): number;
  /** Calls `callback` once after `delayMs`; returns the function that cancels it. */
  setTimer(callback: () => void, delayMs: number): () => void;
}

/** The longest delay a Node.js timer takes (about 24.8 days); longer waits are made of several. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimer(callback, delayMs) {
    const timer = setTimeout(callback, Math.min(Math.max(delayMs, 0), MAX_TIMER_MS));
    return () => {
      clearTimeout(timer);
    };
  },
};
