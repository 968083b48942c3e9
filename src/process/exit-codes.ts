/** How the process ends, for a supervisor to act on. */
export const EXIT = {
  /** Stopped on request, every response finished. */
  stopped: 0,
  /** A fault (an uncaught exception, an unhandled rejection), a second signal, or a shutdown that hung: restart it. */
  crashed: 1,
  /** Could not start: a setting, the port, the content folder or the certificate needs fixing first (sysexits' EX_CONFIG). */
  cannotStart: 78,
} as const;
