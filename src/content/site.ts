import type { Release } from '../release/model.js';

/** One release as loaded: the bytes as filed and what was read from them. */
export interface LoadedRelease {
  slug: string;
  /** File name relative to the content folder, e.g. "american-locker-2004-05.txt". */
  file: string;
  source: Uint8Array;
  release: Release;
  /** When the file was last modified: the release's Last-Modified. */
  modified: Date;
}

export interface Problem {
  severity: 'error' | 'warning';
  file: string;
  line: number;
  reason: string;
}

/** Everything the content folder holds at one moment; replaced as a whole when content changes. */
export interface Site {
  /** Newest first; releases without a date last. */
  releases: readonly LoadedRelease[];
  problems: readonly Problem[];
}
