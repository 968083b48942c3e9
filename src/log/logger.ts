import { pino, type Logger, type LevelWithSilent } from 'pino';
import pretty from 'pino-pretty';

export interface LoggerOptions {
  level: LevelWithSilent;
  /** Readable lines for a person at a terminal, or one JSON object per line for a collector. */
  pretty: boolean;
  /** Colours only on a terminal. */
  colorize?: boolean;
  /** Where lines go; standard output unless a test collects them. */
  destination?: NodeJS.WritableStream;
}

/**
 * The process's one logger. Lines are written synchronously: workers of a cluster share
 * standard output, and a line written whole cannot be interleaved with another's; and a crash
 * loses nothing that was logged before it.
 */
export function createLogger({ level, pretty: readable, colorize = false, destination }: LoggerOptions): Logger {
  if (readable) {
    return pino(
      { level },
      pretty({
        colorize,
        sync: true,
        translateTime: 'SYS:HH:MM:ss',
        // The lines that carry the address and the content folder say them in their message.
        ignore: 'pid,hostname,component,url,content',
        ...(destination === undefined ? {} : { destination }),
      }),
    );
  }
  return pino({ level }, destination ?? pino.destination({ dest: 1, sync: true }));
}

/** `auto` reads as pretty exactly when standard output is a terminal. */
export function wantsPretty(format: 'auto' | 'json' | 'pretty', isTerminal: boolean): boolean {
  return format === 'pretty' || (format === 'auto' && isTerminal);
}
