import type { Clock } from '../../src/content/clock.js';

interface Timer {
  at: number;
  order: number;
  callback: () => void;
}

/** A clock that moves only when a test says so, firing the timers that fall due on the way. */
export class ManualClock implements Clock {
  #now: number;
  #timers: Timer[] = [];
  #order = 0;

  constructor(now: number) {
    this.#now = now;
  }

  now(): number {
    return this.#now;
  }

  setTimer(callback: () => void, delayMs: number): () => void {
    const timer = { at: this.#now + Math.max(0, delayMs), order: this.#order++, callback };
    this.#timers.push(timer);
    return () => {
      this.#timers = this.#timers.filter((other) => other !== timer);
    };
  }

  /** When the next timer falls due, or null when none is set. */
  get nextTimer(): number | null {
    return this.#timers.reduce<number | null>((soonest, { at }) => (soonest === null || at < soonest ? at : soonest), null);
  }

  /** Moves time forward by `ms`, firing each timer due on the way, soonest first. */
  advance(ms: number): void {
    const end = this.#now + ms;
    for (;;) {
      const [due] = this.#timers.filter((timer) => timer.at <= end).sort((a, b) => a.at - b.at || a.order - b.order);
      if (due === undefined) break;
      this.#timers = this.#timers.filter((timer) => timer !== due);
      this.#now = due.at;
      due.callback();
    }
    this.#now = end;
  }
}
