import { pino, type Logger } from 'pino';

export interface LogEntry {
  level: number;
  msg: string;
  [field: string]: unknown;
}

/** A real pino logger whose lines are kept, parsed, for a test to look at. */
export function captureLogger(): { logger: Logger; entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const logger = pino({ level: 'trace' }, {
    write(line: string) {
      entries.push(JSON.parse(line) as LogEntry);
    },
  });
  return { logger, entries };
}

export const LEVEL = { info: 30, warn: 40, error: 50 } as const;
