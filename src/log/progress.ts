import { SingleBar } from 'cli-progress';

export type Progress = (done: number, total: number) => void;

export interface ProgressOptions {
  /** What is being done, e.g. "loading releases". */
  label: string;
  /** Draw a bar (a terminal) rather than write a line every few seconds. */
  interactive: boolean;
  /** Where the bar is drawn. */
  stream: NodeJS.WritableStream;
  /** Writes one line of progress when not interactive. */
  log: (message: string) => void;
  /** Work that ends sooner than this shows nothing at all. */
  delayMs?: number;
  /** Time between lines when not interactive. */
  intervalMs?: number;
  now?: () => number;
}

const DEFAULT_DELAY_MS = 1000;
const DEFAULT_INTERVAL_MS = 5000;

/**
 * Reports long work, given `(done, total)` as it goes: a bar on a terminal, a line every few
 * seconds in a log. Nothing shows for work that finishes within `delayMs`; the work is over
 * when `done` reaches `total`, and then a bar is taken down or a last line says so.
 */
export function progressReporter(options: ProgressOptions): Progress {
  const { label, interactive, stream, log } = options;
  const delayMs = options.delayMs ?? DEFAULT_DELAY_MS;
  const intervalMs = options.intervalMs ?? DEFAULT_INTERVAL_MS;
  const now = options.now ?? Date.now;
  let started: number | null = null;
  let lastLine: number | null = null;
  let bar: SingleBar | null = null;

  return (done, total) => {
    const time = now();
    started ??= time;
    const finished = done >= total;
    if (interactive) {
      if (bar === null && !finished && time - started >= delayMs) {
        bar = new SingleBar({ format: `${label} [{bar}] {value}/{total} {percentage}% {eta_formatted} left`, stream, hideCursor: true, clearOnComplete: true });
        bar.start(total, done);
      }
      bar?.setTotal(total);
      bar?.update(done);
      if (finished) bar?.stop();
    } else {
      const long = time - started >= delayMs;
      const due = lastLine === null ? long : time - lastLine >= intervalMs;
      if (finished ? lastLine !== null || long : due) {
        lastLine = time;
        log(`${label}: ${done} of ${total}${finished ? ', done' : ''}`);
      }
    }
    if (finished) {
      started = null;
      lastLine = null;
      bar = null;
    }
  };
}
